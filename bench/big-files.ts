import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { Zip, ZipDeflate, strToU8, zipSync, type ZipInputFile } from 'fflate';
import Papa from 'papaparse';

/**
 * Big and hostile inputs for the CLI's memory bench and tests, generated when needed (never committed).
 * Titles come from the real sample listings so the checks do real work on every row.
 */

const root = path.resolve(import.meta.dirname, '..');
export const BIG_FILES_DIR = path.join(root, '.tmp/big-files');

let titles: string[] | undefined;
function sampleTitles(): string[] {
  if (titles) return titles;
  const text = readFileSync(path.join(root, 'tests/fixtures/listings/sample-listings.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  titles = rows.map((r) => (r.title ?? '').replace(/\s+/g, ' ').trim()).filter((t) => t.length > 10);
  return titles;
}

const CATEGORIES = ['Makanan & Minuman > Makanan Ringan', 'Fashion Muslim > Atasan', 'Elektronik > TV', 'Kecantikan > Perawatan Wajah'];
const DESCRIPTIONS = ['Dikirim dari Bandung setiap hari kerja.', 'Stok selalu baru, tanya dulu via chat.', 'Garansi toko 7 hari sejak barang diterima.'];
const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export const BIG_FILE_COLUMNS = ['title', 'description', 'price', 'category', 'image_count', 'marketplace'];

/**
 * Row i of the generated listings: a real title, a short description, a Rupiah price, a category path, a photo
 * count (about 140 bytes as CSV).
 */
function listingRow(i: number): string[] {
  const all = sampleTitles();
  return [
    all[i % all.length]!,
    DESCRIPTIONS[i % DESCRIPTIONS.length]!,
    `Rp${(15_000 + (i % 400) * 1_250).toLocaleString('id-ID')}`,
    CATEGORIES[i % CATEGORIES.length]!,
    String((i % 9) + 1),
    i % 2 ? 'shopee' : 'tokopedia',
  ];
}

/** Writes to a temporary name, then renames: a half-written file is never taken for a finished one. */
function writeOnce(file: string, write: (fd: number) => void): string {
  if (existsSync(file)) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.part`;
  const fd = openSync(partial, 'w');
  try {
    write(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  return file;
}

/** A CSV of `rows` listings (about 140 bytes a row: 75k rows ≈ 10 MB, 1.5M rows ≈ 200 MB). */
export function bigCsv(rows: number, dir = BIG_FILES_DIR): string {
  return writeOnce(path.join(dir, `listings-${rows}.csv`), (fd) => {
    let batch = `${BIG_FILE_COLUMNS.join(',')}\n`;
    for (let i = 0; i < rows; i++) {
      batch += `${listingRow(i).map(csvCell).join(',')}\n`;
      if (batch.length > 1 << 20) {
        writeSync(fd, batch);
        batch = '';
      }
    }
    writeSync(fd, batch);
  });
}

/** The same listings as JSONL, with the CSV's field names. */
export function bigJsonl(rows: number, dir = BIG_FILES_DIR): string {
  return writeOnce(path.join(dir, `listings-${rows}.jsonl`), (fd) => {
    let batch = '';
    for (let i = 0; i < rows; i++) {
      const [title, description, price, category, imageCount, marketplace] = listingRow(i);
      batch += `${JSON.stringify({ title, description, price, category, image_count: Number(imageCount), marketplace })}\n`;
      if (batch.length > 1 << 20) {
        writeSync(fd, batch);
        batch = '';
      }
    }
    writeSync(fd, batch);
  });
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const WORKBOOK_PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Produk" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};
const SHEET_START = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

function sheetRow(n: number, cells: string[]): string {
  const columns = 'ABCDEFGHIJ';
  return `<row r="${n}">${cells.map((c, i) => `<c r="${columns[i]}${n}" t="inlineStr"><is><t>${xmlText(c)}</t></is></c>`).join('')}</row>`;
}

/** A one-sheet workbook holding `rows` of text cells as inline strings (as some exporters write). */
export function xlsxOf(rows: Iterable<string[]>): Uint8Array {
  const parts = [SHEET_START];
  let n = 0;
  for (const row of rows) parts.push(sheetRow(++n, row));
  parts.push(SHEET_END);
  const files = Object.fromEntries(Object.entries(WORKBOOK_PARTS).map(([name, xml]) => [name, strToU8(xml)]));
  return zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8(parts.join('')) }, { level: 6 });
}

/**
 * An .xlsx of `rows` listings (title and price) under a header row. Twelve rows take turns, so 400k rows zip to a
 * few MB, like a real exported sheet of repeated products.
 */
export function bigXlsx(rows: number, dir = BIG_FILES_DIR): string {
  return writeOnce(path.join(dir, `listings-${rows}.xlsx`), (fd) => {
    function* all() {
      yield ['title', 'price'];
      for (let i = 0; i < rows; i++) yield listingRow(i % 12).filter((_, c) => c === 0 || c === 2);
    }
    writeSync(fd, xlsxOf(all()));
  });
}

/** Raw DEFLATE of `parts`, with the CRC-32 and size a zip entry needs (zlib streams, so 1.5 GB takes seconds). */
async function deflateParts(parts: Iterable<Uint8Array>): Promise<{ data: Uint8Array<ArrayBuffer>; crc: number; size: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  let crc = 0;
  let size = 0;
  for (const part of parts) {
    crc = crc32(part, crc);
    size += part.length;
    if (!deflate.write(part)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { data: new Uint8Array(Buffer.concat(out)), crc, size };
}

/**
 * A zip bomb dressed as an .xlsx: one header row and one listing, then `whitespaceBytes` of spaces inside the sheet.
 * 1.5 GB of spaces deflate to about 1.5 MB.
 */
export async function xlsxBomb(whitespaceBytes: number, dir = BIG_FILES_DIR): Promise<string> {
  const file = path.join(dir, `bomb-${whitespaceBytes}.xlsx`);
  if (existsSync(file)) return file;
  const spaces = new Uint8Array(16 << 20).fill(0x20);
  function* sheetParts() {
    yield strToU8(SHEET_START + sheetRow(1, ['title', 'price']) + sheetRow(2, listingRow(0).slice(0, 1)));
    for (let left = whitespaceBytes; left > 0; left -= spaces.length) yield left >= spaces.length ? spaces : spaces.subarray(0, left);
    yield strToU8(SHEET_END);
  }
  const sheet = await deflateParts(sheetParts());
  return writeOnce(file, (fd) => {
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      writeSync(fd, chunk);
    });
    for (const [name, xml] of Object.entries(WORKBOOK_PARTS)) {
      const part = new ZipDeflate(name, { level: 9 });
      zip.add(part);
      part.push(strToU8(xml), true);
    }
    // Already deflated by zlib: handed to the zip as it is.
    const entry: ZipInputFile = { filename: 'xl/worksheets/sheet1.xml', size: sheet.size, crc: sheet.crc, compression: 8 };
    zip.add(entry);
    entry.ondata!(null, sheet.data, true);
    zip.end();
  });
}

/**
 * The same zip with an entry's declared size changed in its local and central headers (a zip that lies about how
 * big its content is). Both headers keep the size 4 bytes after the CRC.
 */
export function withDeclaredSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const name = strToU8(entryName);
  const matches = (at: number) => name.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && view.getUint16(i + 26, true) === name.length && matches(i + 30)) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(i + 28, true) === name.length && matches(i + 46)) view.setUint32(i + 24, size, true);
  }
  return out;
}

export function sizeMb(file: string): string {
  return `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
}
