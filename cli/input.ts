import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { pickSheet, recordsFromSheet, type Cell } from '../shared/import/sheet';
import { bi, type BilingualText } from '../shared/i18n/text';
import { listingFromRow, unknownColumns } from '../shared/listing/from-row';
import type { ListingInput } from '../shared/listing/schema';
import { validateListing } from '../shared/listing/validate';

export interface InputRow {
  /** Where the seller finds it: "baris 3" of a spreadsheet, "item 2" of a JSON array, "line 4" of JSONL. */
  where: BilingualText;
  listing: ListingInput;
}

export interface RejectedRow {
  where: BilingualText;
  errors: BilingualText[];
}

export interface ParsedInput {
  rows: InputRow[];
  rejected: RejectedRow[];
  notes: BilingualText[];
}

/** Unreadable input: the whole file, not one row. The CLI exits 2 with this message. */
export class InputError extends Error {
  constructor(readonly text: BilingualText) {
    super(text.en);
  }
}

export function readSource(file: string): string {
  return readBytes(file).toString('utf8');
}

export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(bi(`File "${file}" tidak ditemukan.`, `File "${file}" was not found.`));
    if (code === 'EISDIR') throw new InputError(bi(`"${file}" adalah folder, bukan file.`, `"${file}" is a folder, not a file.`));
    throw new InputError(bi(`File "${file}" tidak bisa dibaca (${code ?? 'error'}).`, `File "${file}" can't be read (${code ?? 'error'}).`));
  }
}

function fromRecords(records: unknown[], where: (i: number) => BilingualText, spreadsheet = false): ParsedInput {
  const out: ParsedInput = { rows: [], rejected: [], notes: [] };
  records.forEach((record, i) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      out.rejected.push({ where: where(i), errors: [bi('Bukan objek listing.', 'Not a listing object.')] });
      return;
    }
    // JSON objects with `title` are the Listing model itself; spreadsheet rows and JSON with other headers go through the column map.
    const result = !spreadsheet && 'title' in record ? objectListing(record) : listingFromRow(record as Record<string, unknown>);
    if (result.ok) out.rows.push({ where: where(i), listing: result.listing });
    else out.rejected.push({ where: where(i), errors: result.errors });
  });
  return out;
}

/** A JSON listing object is taken as the Listing model itself (validated later by the checks' schema). */
function objectListing(record: object): ReturnType<typeof listingFromRow> {
  const title = (record as { title?: unknown }).title;
  if (typeof title === 'string' && !title.trim()) return { ok: false, errors: [bi('Judul produk kosong.', 'The product title is empty.')] };
  const valid = validateListing(record);
  return valid.ok ? { ok: true, listing: valid.listing } : { ok: false, errors: valid.errors };
}

function parseJson(text: string): ParsedInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(bi(`File JSON rusak: ${(error as Error).message}`, `The JSON file is broken: ${(error as Error).message}`));
  }
  if (Array.isArray(data)) return fromRecords(data, (i) => bi(`item ${i + 1}`, `item ${i + 1}`));
  return fromRecords([data], () => bi('listing', 'listing'));
}

function parseJsonLines(text: string): ParsedInput {
  const out: ParsedInput = { rows: [], rejected: [], notes: [] };
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = bi(`baris ${i + 1}`, `line ${i + 1}`);
    try {
      const part = fromRecords([JSON.parse(line)], () => where);
      out.rows.push(...part.rows);
      out.rejected.push(...part.rejected);
    } catch {
      out.rejected.push({ where, errors: [bi('Baris ini bukan JSON yang valid.', 'This line is not valid JSON.')] });
    }
  });
  return out;
}

function parseCsv(text: string): ParsedInput {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const headers = parsed.meta.fields ?? [];
  if (!headers.some((h) => /^(title|judul|name|nama produk\*?|product name)$/i.test(h.trim()))) {
    throw new InputError(
      bi(
        'Tidak ada kolom judul. Baris pertama harus berisi nama kolom, minimal "title" (atau "Nama Produk").',
        'There is no title column. The first row must hold column names, at least "title" (or "Nama Produk").',
      ),
    );
  }
  const out = fromRecords(parsed.data, (i) => bi(`baris ${i + 2}`, `row ${i + 2}`), true);
  // Papa reports broken quoting or a wrong number of fields per row; name the row, keep the rest.
  for (const error of parsed.errors) {
    if (error.row === undefined) continue;
    out.notes.push(bi(`Baris ${error.row + 2}: ${error.message}`, `Row ${error.row + 2}: ${error.message}`));
  }
  const unknown = unknownColumns(headers);
  if (unknown.length) out.notes.push(bi(`Kolom yang tidak dipakai Rapi: ${unknown.join(', ')}.`, `Columns Rapi does not use: ${unknown.join(', ')}.`));
  return out;
}

/** Zip signature: .xlsx files are zip archives. */
export function isXlsx(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Shopee's or Tokopedia's bulk-upload workbook, or any sheet with a title column. Rows keep their spreadsheet numbers. */
export async function parseXlsx(bytes: Buffer): Promise<ParsedInput> {
  let sheets: Array<{ sheet: string; data: Cell[][] }>;
  try {
    sheets = (await readXlsxFile(bytes)) as Array<{ sheet: string; data: Cell[][] }>;
  } catch {
    throw new InputError(bi('File Excel ini rusak atau bukan .xlsx.', 'This Excel file is broken or not .xlsx.'));
  }
  const sheet = pickSheet(sheets);
  if (!sheet) throw new InputError(bi('File Excel ini tidak punya lembar.', 'This Excel file has no sheets.'));
  const { records, notes } = recordsFromSheet(sheet.data, sheet.sheet);
  if (!records.length && notes.length) throw new InputError(notes[0]!);
  const out: ParsedInput = { rows: [], rejected: [], notes };
  for (const { row, record } of records) {
    const where = bi(`baris ${row}`, `row ${row}`);
    const result = listingFromRow(record);
    if (result.ok) out.rows.push({ where, listing: result.listing });
    else out.rejected.push({ where, errors: result.errors });
  }
  return out;
}

/** JSON listing, JSON array, JSONL or CSV with a header, decided by content, not by file name. */
export function parseListings(text: string): ParsedInput {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new InputError(bi('File kosong.', 'The file is empty.'));
  if (trimmed.startsWith('[')) return parseJson(trimmed);
  if (trimmed.startsWith('{')) {
    const firstLineEnd = trimmed.indexOf('\n');
    const firstLine = firstLineEnd === -1 ? trimmed : trimmed.slice(0, firstLineEnd);
    try {
      JSON.parse(firstLine);
      if (firstLineEnd !== -1) return parseJsonLines(trimmed);
    } catch {
      // A pretty-printed single object spans lines.
    }
    return parseJson(trimmed);
  }
  if (trimmed.includes('\u0000')) throw new InputError(bi('File ini bukan teks (mungkin gambar atau file Excel).', 'This file is not text (perhaps an image or an Excel file).'));
  return parseCsv(trimmed);
}
