import { bi, type BilingualText } from '../i18n/text';
import { canonicalColumn, unknownColumns } from '../listing/from-row';

export type Cell = string | number | boolean | Date | null | undefined;

export interface SheetRecord {
  /** The spreadsheet's own row number (1-based, as the seller sees it). */
  row: number;
  record: Record<string, string>;
}

export interface SheetRecords {
  records: SheetRecord[];
  headers: string[];
  notes: BilingualText[];
}

/**
 * Shopee's bulk-upload template names its columns twice: a machine key ("ps_product_name|1|0") and a label
 * ("Nama Produk"). Either is enough to find the header row and the column. A Map: a header cell "constructor"
 * must not find Object's own properties.
 */
const SHOPEE_KEYS = new Map(
  Object.entries({
    ps_product_name: 'Nama Produk',
    ps_product_description: 'Deskripsi Produk',
    ps_price: 'Harga',
    ps_stock: 'Stok',
    ps_weight: 'Berat',
    ps_category: 'Kategori',
    ps_item_cover_image: 'Foto Sampul',
  }),
);

/** A header cell's name: always a string, whatever the cell holds. */
function headerName(cell: Cell): string {
  const text = cellText(cell);
  const key = text.split('|')[0]!.trim();
  const label = SHOPEE_KEYS.get(key);
  if (label) return label;
  const image = /^ps_item_image_(\d+)$/.exec(key);
  if (image) return `Foto Produk ${image[1]}`;
  return text;
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Shopee ID mass-upload basic template: "data starts at row 7" (tests/fixtures/xlsx/templates.ts builds one). */
const SHOPEE_FIRST_DATA_ROW = 7;

const isTitleHeader = (cell: Cell) => canonicalColumn(headerName(cell)) === 'title';
/** Template rows under the header that explain the columns ("Wajib", "Opsional", help text), not products. */
const INSTRUCTION = /^(wajib|opsional|optional|mandatory|required|wajib bersyarat|contoh|example|petunjuk|catatan)\b/i;

/**
 * Rows of a sheet → records keyed by header, for the marketplaces' bulk-upload templates and plain sheets.
 * The header is the first of the first 10 rows that has a title column; instruction rows below it are skipped.
 */
export function recordsFromSheet(rows: Cell[][], sheetName = ''): SheetRecords {
  const headerIndex = rows.slice(0, 10).findIndex((row) => row.some(isTitleHeader));
  if (headerIndex === -1) {
    const where = sheetName ? ` "${sheetName}"` : '';
    return {
      records: [],
      headers: [],
      notes: [
        bi(
          `Lembar${where} tidak punya kolom judul ("Nama Produk" atau "title") di 10 baris pertama.`,
          `Sheet${where} has no title column ("Nama Produk" or "title") in its first 10 rows.`,
        ),
      ],
    };
  }
  // Shopee's template has a key row and a label row; when the next row is labels too, use the labels.
  let headerRow = rows[headerIndex]!;
  let dataStart = headerIndex + 1;
  if (rows[dataStart]?.some(isTitleHeader)) {
    headerRow = rows[dataStart]!;
    dataStart += 1;
  }
  // Shopee's template (machine keys "ps_…|1|0" in its key row) keeps products from row 7; rows above are guidance.
  if (rows[headerIndex]!.some((c) => /^ps_\w+\|/.test(cellText(c)))) dataStart = Math.max(dataStart, SHOPEE_FIRST_DATA_ROW - 1);
  const headers = headerRow.map(headerName);
  const titleColumn = headers.findIndex((h) => canonicalColumn(h) === 'title');
  const records: SheetRecord[] = [];
  for (let i = dataStart; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.every((c) => cellText(c) === '')) continue;
    const title = cellText(row[titleColumn]);
    if (INSTRUCTION.test(title) || (title.length > 120 && /karakter|characters|isi dengan|masukkan/i.test(title))) continue;
    // No prototype: a header "__proto__" or "constructor" is a plain (unknown) column, not Object's own property.
    const record: Record<string, string> = Object.create(null);
    headers.forEach((header, c) => {
      if (header) record[header] = cellText(row[c]);
    });
    records.push({ row: i + 1, record });
  }
  const notes: BilingualText[] = [];
  const unknown = unknownColumns(headers);
  if (unknown.length) notes.push(bi(`Kolom yang tidak dipakai Rapi: ${unknown.join(', ')}.`, `Columns Rapi does not use: ${unknown.join(', ')}.`));
  return { records, headers, notes };
}

/** Which sheet of a workbook holds the products: the marketplaces' template sheet if present, else the first with a title column. */
export function pickSheet<T extends { sheet: string; data: Cell[][] }>(sheets: T[]): T | undefined {
  const byName = sheets.find((s) => /^(template|isi template impor produk)$/i.test(s.sheet.trim()));
  if (byName) return byName;
  return sheets.find((s) => s.data.slice(0, 10).some((row) => row.some(isTitleHeader))) ?? sheets[0];
}
