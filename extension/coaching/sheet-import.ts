import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/browser';
import { bi, type BilingualText } from '../../shared/i18n/text';
import { cellText, pickSheet, recordsFromSheet, type Cell } from '../../shared/import/sheet';
import { listingFromRow } from '../../shared/listing/from-row';
import { Listing, type Marketplace } from '../../shared/listing/schema';

/**
 * A spreadsheet of listings read in the browser: CSV, or .xlsx (the marketplaces' bulk-upload templates included).
 * The same header finding and row reading as `rapi check shop.xlsx` (shared/import/sheet.ts, shared/listing/from-row.ts);
 * only the file reading differs. Row numbers are the spreadsheet's own, as the trainer sees them.
 */

export const SHEET_LIMITS = { bytes: 10 * 1024 * 1024, rows: 2_000 } as const;

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
  brokenXlsx: bi(
    'File Excel ini rusak atau bukan .xlsx. Buka di Excel atau Google Sheets, lalu simpan lagi sebagai .xlsx atau .csv.',
    'This Excel file is broken or not .xlsx. Open it in Excel or Google Sheets, then save it again as .xlsx or .csv.',
  ),
  notText: bi(
    'File ini bukan CSV atau Excel (.xlsx). Pilih file spreadsheet produk Anda.',
    'This file is not CSV or Excel (.xlsx). Choose your products spreadsheet.',
  ),
  noSheet: bi('File Excel ini tidak punya lembar.', 'This Excel file has no sheets.'),
  noRows: bi('Tidak ada baris produk di file ini.', 'There are no product rows in this file.'),
  unreadable: bi('Rapi tidak bisa membaca file ini.', 'Rapi could not read this file.'),
  tooManyRows: (max: number) =>
    bi(`Hanya ${max} baris produk pertama yang dibaca.`, `Only the first ${max} product rows were read.`),
  csvRow: (row: number, message: string) => bi(`Baris ${row}: ${message}`, `Row ${row}: ${message}`),
} as const;

/** .xlsx files are zip archives: they start with "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Which marketplace's template this is, from its own marks (Shopee's machine keys, Tokopedia's starred headers). */
export function templateMarketplace(rows: readonly Cell[][], sheetName: string): Marketplace | undefined {
  const top = rows.slice(0, 10).flat().map(cellText);
  if (top.some((c) => /^ps_\w+\|/.test(c))) return 'shopee';
  if (/isi template impor produk/i.test(sheetName) || top.some((c) => /^(nama produk\*|pesan error)$/i.test(c))) return 'tokopedia';
  return undefined;
}

async function xlsxRows(bytes: ArrayBuffer): Promise<{ rows: Cell[][]; sheetName: string } | BilingualText> {
  let sheets: Array<{ sheet: string; data: Cell[][] }>;
  try {
    sheets = (await readXlsxFile(bytes)) as Array<{ sheet: string; data: Cell[][] }>;
  } catch {
    return SHEET_PROBLEMS.brokenXlsx;
  }
  const sheet = pickSheet(sheets);
  return sheet ? { rows: sheet.data, sheetName: sheet.sheet } : SHEET_PROBLEMS.noSheet;
}

function csvRows(bytes: Uint8Array): { rows: Cell[][]; notes: BilingualText[] } | BilingualText {
  if (bytes.includes(0)) return SHEET_PROBLEMS.notText;
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) return SHEET_PROBLEMS.empty;
  // No header mode: the template's header may sit below a title row; recordsFromSheet finds it. Papa guesses , or ;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const notes = parsed.errors
    .filter((e) => e.row !== undefined)
    .slice(0, 10)
    .map((e) => SHEET_PROBLEMS.csvRow(e.row! + 1, e.message));
  return { rows: parsed.data, notes };
}

/** Reads a chosen file. Never throws: a broken, foreign or hostile file gives a bilingual problem. */
export async function importSpreadsheet(file: Blob, options: { marketplace?: Marketplace; fileName?: string } = {}): Promise<SheetImport> {
  try {
    if (file.size === 0) return { ok: false, problem: SHEET_PROBLEMS.empty };
    if (file.size > SHEET_LIMITS.bytes) return { ok: false, problem: SHEET_PROBLEMS.tooBig(SHEET_LIMITS.bytes / 1024 / 1024) };
    const buffer = await file.arrayBuffer();
    const bytes = new Uint8Array(buffer);
    const kind = isZip(bytes) ? 'xlsx' : 'csv';
    const read = kind === 'xlsx' ? await xlsxRows(buffer) : csvRows(bytes);
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
