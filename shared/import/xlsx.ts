import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { bi, type BilingualText } from '../i18n/text';
import { pickSheet, type Cell } from './sheet';

/**
 * An .xlsx is a zip of XML files, and a 1.5 MB zip can hold 1.5 GB of XML. read-excel-file (which reads the XML
 * well) inflates every entry with no limit, so Rapi opens the zip itself first, with fflate:
 * - the central directory's sizes are summed before anything is inflated, and a workbook over the limit is refused;
 * - each entry is inflated into a buffer of its declared size, so an entry that lies about its size cannot grow
 *   past it (the rest is cut off and the sheet reads as broken);
 * - the sheets' rows are counted in the inflated XML before read-excel-file turns them into cells (where the
 *   memory goes), and a workbook over the row limit is refused;
 * - read-excel-file then gets exactly the checked XML, stored uncompressed in a new zip (its only input).
 */
export interface XlsxLimits {
  /** All XML in the workbook, unzipped. */
  unzippedBytes: number;
  /** Rows in all sheets together. */
  rows: number;
}

export type SheetReader = (zip: Uint8Array) => Promise<Array<{ sheet: string; data: Cell[][] }>>;

export type XlsxRead = { ok: true; sheet: string; rows: Cell[][] } | { ok: false; problem: BilingualText };

/** What to tell the seller to do with a workbook that is too big: save it as CSV (the CLI streams CSV), or split it. */
export type BigFileAdvice = 'csv' | 'split';

const ADVICE: Record<BigFileAdvice, BilingualText> = {
  csv: bi(
    'Simpan lembar produknya sebagai "CSV UTF-8" lalu periksa file CSV itu: CSV dibaca baris demi baris, sebesar apa pun.',
    'Save the products sheet as "CSV UTF-8" and check that CSV file: CSV is read row by row, however big.',
  ),
  split: bi('Bagi menjadi beberapa file yang lebih kecil.', 'Split it into several smaller files.'),
};

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const thousands = (n: number) => ({ id: n.toLocaleString('id-ID'), en: n.toLocaleString('en') });

export const XLSX_PROBLEMS = {
  tooBig: (limit: number, advice: BigFileAdvice) =>
    bi(
      `Isi file Excel ini terlalu besar setelah dibuka (lebih dari ${mb(limit)} MB). ${ADVICE[advice].id}`,
      `This Excel file is too big once unpacked (over ${mb(limit)} MB). ${ADVICE[advice].en}`,
    ),
  tooManyRows: (limit: number, advice: BigFileAdvice) =>
    bi(
      `File Excel ini punya lebih dari ${thousands(limit).id} baris. ${ADVICE[advice].id}`,
      `This Excel file has more than ${thousands(limit).en} rows. ${ADVICE[advice].en}`,
    ),
  broken: bi(
    'File Excel ini rusak atau bukan .xlsx. Buka di Excel atau Google Sheets, lalu simpan lagi sebagai .xlsx atau .csv.',
    'This Excel file is broken or not .xlsx. Open it in Excel or Google Sheets, then save it again as .xlsx or .csv.',
  ),
  noSheet: bi('File Excel ini tidak punya lembar.', 'This Excel file has no sheets.'),
} as const;

class OverLimit extends Error {}

/** The XML parts read-excel-file reads (the same filter it applies itself); pictures and printer settings are skipped. */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/** Unzips the XML parts, refusing before inflating when their declared sizes add up to more than the limit. */
function unzipCapped(bytes: Uint8Array, limit: number): Unzipped {
  let total = 0;
  return unzipSync(bytes, {
    filter: (file) => {
      if (!isXmlPart(file.name)) return false;
      total += file.originalSize;
      if (total > limit) throw new OverLimit();
      return true;
    },
  });
}

/** Rows in a sheet's XML: every `<row …>` start tag (also with a namespace prefix, `<x:row>`). */
export function countRows(xml: Uint8Array, stopAfter = Infinity): number {
  let rows = 0;
  for (let i = xml.indexOf(0x3c); i !== -1 && rows <= stopAfter; i = xml.indexOf(0x3c, i + 1)) {
    let j = i + 1;
    while (j < xml.length && j - i < 12 && xml[j] !== 0x3a && xml[j] !== 0x20 && xml[j] !== 0x3e && xml[j] !== 0x2f) j++;
    const name = xml[j] === 0x3a ? j + 1 : i + 1;
    if (xml[name] === 0x72 && xml[name + 1] === 0x6f && xml[name + 2] === 0x77 && (xml[name + 3] === 0x20 || xml[name + 3] === 0x3e)) rows++;
  }
  return rows;
}

/** Reads the products sheet of a workbook within the limits. Never throws: a broken or hostile file gives a problem. */
export async function readXlsxSheet(bytes: Uint8Array, limits: XlsxLimits, read: SheetReader, advice: BigFileAdvice): Promise<XlsxRead> {
  let parts: Unzipped;
  try {
    parts = unzipCapped(bytes, limits.unzippedBytes);
  } catch (error) {
    return { ok: false, problem: error instanceof OverLimit ? XLSX_PROBLEMS.tooBig(limits.unzippedBytes, advice) : XLSX_PROBLEMS.broken };
  }
  let rows = 0;
  for (const [name, xml] of Object.entries(parts)) {
    if (!name.startsWith('xl/worksheets/')) continue;
    rows += countRows(xml, limits.rows - rows);
    if (rows > limits.rows) return { ok: false, problem: XLSX_PROBLEMS.tooManyRows(limits.rows, advice) };
  }
  const stored = zipSync(parts, { level: 0 });
  // The reader gets its own copy: these may go before it builds its cells.
  for (const name of Object.keys(parts)) delete parts[name];
  let sheets: Awaited<ReturnType<SheetReader>>;
  try {
    sheets = await read(stored);
  } catch {
    return { ok: false, problem: XLSX_PROBLEMS.broken };
  }
  const sheet = pickSheet(sheets);
  return sheet ? { ok: true, sheet: sheet.sheet, rows: sheet.data } : { ok: false, problem: XLSX_PROBLEMS.noSheet };
}
