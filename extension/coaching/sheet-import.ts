import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/browser';
import { bi, type BilingualText } from '../../shared/i18n/text';
import { DECODE_NOTES, decodeTextFile } from '../../shared/import/decode-text';
import { cellText, recordsFromSheet, type Cell } from '../../shared/import/sheet';
import { isZip } from '../../shared/import/sniff';
import { XLSX_PROBLEMS, readXlsxSheet } from '../../shared/import/xlsx';
import { listingFromRow } from '../../shared/listing/from-row';
import { Listing, type Marketplace } from '../../shared/listing/schema';

/**
 * A spreadsheet of listings read in the browser: CSV, or .xlsx (the marketplaces' bulk-upload templates included).
 * The same header finding and row reading as `rapi check shop.xlsx` (shared/import/sheet.ts, shared/listing/from-row.ts);
 * only the file reading differs. Row numbers are the spreadsheet's own, as the trainer sees them.
 */

/**
 * `bytes`: the file as chosen; `unzippedBytes` and `sheetRows`: what an .xlsx may hold once opened (all sheets,
 * the marketplaces' category lists included), checked before it is read into cells; `rows`: product rows imported.
 */
export const SHEET_LIMITS = { bytes: 10 * 1024 * 1024, unzippedBytes: 32 * 1024 * 1024, sheetRows: 50_000, rows: 2_000 } as const;

export interface ImportedRow {
  row: number;
  listing: Listing;
}

export interface RejectedRow {
  row: number;
  errors: BilingualText[];
}

export type SheetImport =
  | {
      ok: true;
      kind: 'csv' | 'xlsx';
      /** The marketplace the rows are checked for: chosen, else the template's, else "other". */
      marketplace: Marketplace;
      rows: ImportedRow[];
      rejected: RejectedRow[];
      /** Unused columns, skipped guidance, broken quoting: said once, never an error. */
      notes: BilingualText[];
    }
  | { ok: false; problem: BilingualText };

export const SHEET_PROBLEMS = {
  empty: bi('File ini kosong.', 'This file is empty.'),
  tooBig: (mb: number) =>
    bi(`File ini terlalu besar (lebih dari ${mb} MB). Bagi menjadi beberapa file.`, `This file is too big (over ${mb} MB). Split it into several files.`),
  brokenXlsx: XLSX_PROBLEMS.broken,
  notText: bi(
    'File ini bukan CSV atau Excel (.xlsx). Pilih file spreadsheet produk Anda.',
    'This file is not CSV or Excel (.xlsx). Choose your products spreadsheet.',
  ),
  noSheet: XLSX_PROBLEMS.noSheet,
  noRows: bi('Tidak ada baris produk di file ini.', 'There are no product rows in this file.'),
  unreadable: bi('Rapi tidak bisa membaca file ini.', 'Rapi could not read this file.'),
  tooManyRows: (max: number) =>
    bi(`Hanya ${max} baris produk pertama yang dibaca.`, `Only the first ${max} product rows were read.`),
  csvRow: (row: number, message: string) => bi(`Baris ${row}: ${message}`, `Row ${row}: ${message}`),
} as const;

/** Which marketplace's template this is, from its own marks (Shopee's machine keys, Tokopedia's starred headers). */
export function templateMarketplace(rows: readonly Cell[][], sheetName: string): Marketplace | undefined {
  const top = rows.slice(0, 10).flat().map(cellText);
  if (top.some((c) => /^ps_\w+\|/.test(c))) return 'shopee';
  if (/isi template impor produk/i.test(sheetName) || top.some((c) => /^(nama produk\*|pesan error)$/i.test(c))) return 'tokopedia';
  return undefined;
}

async function xlsxRows(bytes: Uint8Array): Promise<{ rows: Cell[][]; sheetName: string } | BilingualText> {
  const limits = { unzippedBytes: SHEET_LIMITS.unzippedBytes, rows: SHEET_LIMITS.sheetRows };
  const whole = (zip: Uint8Array) => (zip.byteOffset === 0 && zip.byteLength === zip.buffer.byteLength ? zip.buffer : zip.slice().buffer) as ArrayBuffer;
  const read = await readXlsxSheet(bytes, limits, async (zip) => (await readXlsxFile(whole(zip))) as Array<{ sheet: string; data: Cell[][] }>, 'split');
  return read.ok ? { rows: read.rows, sheetName: read.sheet } : read.problem;
}

function csvRows(bytes: Uint8Array): { rows: Cell[][]; notes: BilingualText[] } | BilingualText {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return decoded.problem === DECODE_NOTES.notText ? SHEET_PROBLEMS.notText : decoded.problem;
  const { text } = decoded;
  if (!text.trim()) return SHEET_PROBLEMS.empty;
  // No header mode: the template's header may sit below a title row; recordsFromSheet finds it. Papa guesses , or ;
  // The separator is guessed over non-empty lines (a trailing empty line would spoil the guess for a 2-line file).
  const { delimiter } = Papa.parse<string[]>(text.slice(0, 64 * 1024), { preview: 10, skipEmptyLines: true }).meta;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter });
  const notes = parsed.errors
    .filter((e) => e.row !== undefined)
    .slice(0, 10)
    .map((e) => SHEET_PROBLEMS.csvRow(e.row! + 1, e.message));
  return { rows: parsed.data, notes: [...decoded.notes, ...notes] };
}

/** Reads a chosen file. Never throws: a broken, foreign or hostile file gives a bilingual problem. */
export async function importSpreadsheet(file: Blob, options: { marketplace?: Marketplace; fileName?: string } = {}): Promise<SheetImport> {
  try {
    if (file.size === 0) return { ok: false, problem: SHEET_PROBLEMS.empty };
    if (file.size > SHEET_LIMITS.bytes) return { ok: false, problem: SHEET_PROBLEMS.tooBig(SHEET_LIMITS.bytes / 1024 / 1024) };
    const buffer = await file.arrayBuffer();
    const bytes = new Uint8Array(buffer);
    const kind = isZip(bytes) ? 'xlsx' : 'csv';
    const read = kind === 'xlsx' ? await xlsxRows(bytes) : csvRows(bytes);
    if ('id' in read) return { ok: false, problem: read };
    const sheetName = 'sheetName' in read ? read.sheetName : (options.fileName ?? '');
    const { records, notes } = recordsFromSheet(read.rows, sheetName);
    if (!records.length) return { ok: false, problem: notes[0] ?? SHEET_PROBLEMS.noRows };
    const marketplace = options.marketplace ?? templateMarketplace(read.rows, sheetName) ?? 'other';
    const result: Extract<SheetImport, { ok: true }> = { ok: true, kind, marketplace, rows: [], rejected: [], notes: [...notes, ...('notes' in read ? read.notes : [])] };
    for (const { row, record } of records.slice(0, SHEET_LIMITS.rows)) {
      const made = listingFromRow(record);
      if (!made.ok) {
        result.rejected.push({ row, errors: made.errors });
        continue;
      }
      // A "marketplace" column wins over the template's; rows without one are checked for the file's marketplace.
      const hasOwn = Object.keys(record).some((h) => h.trim().toLowerCase() === 'marketplace' && record[h]!.trim());
      result.rows.push({ row, listing: Listing.parse({ ...made.listing, marketplace: hasOwn ? made.listing.marketplace : marketplace }) });
    }
    if (records.length > SHEET_LIMITS.rows) result.notes.push(SHEET_PROBLEMS.tooManyRows(SHEET_LIMITS.rows));
    return result;
  } catch {
    return { ok: false, problem: SHEET_PROBLEMS.unreadable };
  }
}
