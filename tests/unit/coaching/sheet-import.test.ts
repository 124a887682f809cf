import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHEET_LIMITS, importSpreadsheet, type SheetImport } from '../../../extension/coaching/sheet-import';
import { bigXlsx, withDeclaredSize, xlsxBomb, xlsxOf } from '../../../bench/big-files';
import { shopeeTemplate, tokopediaTemplate } from '../../fixtures/xlsx/templates';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** The browser path of the spreadsheet import (read-excel-file/browser, papaparse) over Blobs, as a file input gives. */

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/coaching');
const blob = (bytes: Buffer | string) => new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]);

function ok(result: SheetImport) {
  if (!result.ok) throw new Error(`expected rows, got: ${result.problem.en}`);
  return result;
}

describe('spreadsheet import in the browser', () => {
  it('reads Shopee\'s bulk-upload template from row 7, with its row numbers, photos, bad rows and unknown columns', async () => {
    const result = ok(await importSpreadsheet(blob(await shopeeTemplate()), { fileName: 'toko-shopee.xlsx' }));
    expect(result.kind).toBe('xlsx');
    expect(result.marketplace).toBe('shopee');
    expect(result.rows.map((r) => [r.row, r.listing.title])).toEqual([
      [7, 'Keripik Pisang Lampung Rasa Cokelat 250 gr'],
      [8, 'KOPI GAYO MURAH!!!'],
      [11, 'Kemeja Batik Pria Lengan Panjang Motif Parang'],
    ]);
    const keripik = result.rows[0]!.listing;
    expect(keripik).toMatchObject({ marketplace: 'shopee', price: 25000, weightGrams: 260 });
    expect(keripik.photos?.map((p) => p.src)).toEqual(['https://down-id.img.susercontent.com/file/a1.jpg', 'https://down-id.img.susercontent.com/file/a2.jpg']);
    expect(result.rejected.map((r) => [r.row, r.errors[0]!.id])).toEqual([
      [9, 'Judul produk kosong.'],
      [10, 'Harga "tiga puluh ribu" tidak terbaca.'],
    ]);
    expect(result.notes.map((n) => n.id)).toContain('Kolom yang tidak dipakai Rapi: Catatan Internal.');
  });

  it('reads Tokopedia\'s template (header on row 2) and names its extra column', async () => {
    const result = ok(await importSpreadsheet(blob(await tokopediaTemplate())));
    expect(result.marketplace).toBe('tokopedia');
    expect(result.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(result.rows[0]!.listing).toMatchObject({ title: 'Gula Aren Cair Asli Lebak 500 ml', price: 35000, weightGrams: 550 });
    expect(result.rejected).toEqual([{ row: 5, errors: [expect.objectContaining({ id: 'Berat "berat sekali" tidak terbaca.' })] }]);
    expect(result.notes.map((n) => n.en).join(' ')).toContain('Kolom Tambahan Toko');
  });

  it('lets the trainer choose the marketplace over the template\'s', async () => {
    const result = ok(await importSpreadsheet(blob(await tokopediaTemplate()), { marketplace: 'shopee' }));
    expect(result.rows.every((r) => r.listing.marketplace === 'shopee')).toBe(true);
  });

  it('reads a CSV: multi-line cells keep one row number, bad rows are named, formulas stay text', async () => {
    const result = ok(await importSpreadsheet(blob(readFileSync(path.join(FIXTURES, 'toko-campur.csv'))), { fileName: 'toko-campur.csv' }));
    expect(result.kind).toBe('csv');
    expect(result.marketplace).toBe('other');
    expect(result.rows.map((r) => [r.row, r.listing.title])).toEqual([
      [2, 'Keripik Tempe Sagu Khas Malang 200 gr'],
      [5, '=HYPERLINK("http://contoh.invalid","klik")'],
      [6, 'Madu Hutan Sumbawa 500 ml'],
    ]);
    expect(result.rows[0]!.listing.description).toBe('Keripik tempe renyah.\r\nTahan 2 bulan. Halal.');
    expect(result.rejected.map((r) => r.row)).toEqual([3, 4]);
    expect(result.rejected[1]!.errors[0]!.en).toBe('The price "dua puluh ribu" can\'t be read.');
    expect(result.notes.map((n) => n.id)).toEqual(['Kolom yang tidak dipakai Rapi: Catatan Pelatih.']);
  });

  it('reads a semicolon CSV with a byte-order mark (as Excel saves it in Indonesia)', async () => {
    const text = '\uFEFFNama Produk;Harga;marketplace\r\nKopi Arabika Gayo 250 gr;85.000;tokopedia\r\nTeh Melati 100 gr;Rp12.000;\r\n';
    const result = ok(await importSpreadsheet(blob(text), { marketplace: 'shopee' }));
    expect(result.rows.map((r) => [r.listing.title, r.listing.price, r.listing.marketplace])).toEqual([
      ['Kopi Arabika Gayo 250 gr', 85000, 'tokopedia'],
      ['Teh Melati 100 gr', 12000, 'shopee'],
    ]);
  });

  it.each([
    ['an empty file', () => blob(''), /kosong/],
    ['a zip that is not a workbook', () => blob(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('bukan excel')])), /rusak atau bukan \.xlsx/],
    ['an image', () => blob(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /bukan CSV atau Excel/],
    ['a sheet without a title column', () => blob('nama,harga\nKopi,1000\n'), /tidak punya kolom judul/],
    ['a file over the size limit', () => new Blob([new Uint8Array(SHEET_LIMITS.bytes + 1)]), /terlalu besar/],
  ])('%s gives a plain bilingual problem and no rows', async (_name, make, message) => {
    const result = await importSpreadsheet(make());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.id).toMatch(message);
    expect(result.problem.en.length).toBeGreaterThan(10);
  });
});

describe('spreadsheet import of big, hostile and foreign files', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapi-sheet-'));

  it('refuses an xlsx whose content unzips past the limit, before inflating it', async () => {
    const bomb = readFileSync(await xlsxBomb(SHEET_LIMITS.unzippedBytes + 1024 * 1024, dir));
    expect(bomb.length).toBeLessThan(SHEET_LIMITS.bytes);
    const result = await importSpreadsheet(blob(bomb));
    expect(result).toMatchObject({ ok: false, problem: { id: expect.stringMatching(/terlalu besar setelah dibuka.*Bagi menjadi beberapa file/) } });
  });

  it('never lets an xlsx entry grow past the size it declares', async () => {
    const bomb = readFileSync(await xlsxBomb(SHEET_LIMITS.unzippedBytes + 1024 * 1024, dir));
    const result = await importSpreadsheet(blob(Buffer.from(withDeclaredSize(bomb, 'xl/worksheets/sheet1.xml', 2048))));
    expect(result).toMatchObject({ ok: false, problem: { id: expect.stringMatching(/rusak atau bukan \.xlsx/) } });
  });

  it('refuses an xlsx with more rows than it can hold in memory, and still reads 2,000 of a bigger sheet under that', async () => {
    const tooMany = await importSpreadsheet(blob(readFileSync(bigXlsx(SHEET_LIMITS.sheetRows, dir))));
    expect(tooMany).toMatchObject({ ok: false, problem: { id: expect.stringContaining('File Excel ini punya lebih dari 50.000 baris') } });
    const big = ok(await importSpreadsheet(blob(readFileSync(bigXlsx(3_000, dir)))));
    expect(big.rows).toHaveLength(SHEET_LIMITS.rows);
    expect(big.notes.map((n) => n.id)).toContain('Hanya 2000 baris produk pertama yang dibaca.');
  });

  it('reads an xlsx with "constructor" and "__proto__" headers as unused columns', async () => {
    const bytes = xlsxOf([['Nama Produk', 'constructor', '__proto__'], ['Kopi Arabika Gayo 250 gr', 'x', 'y']]);
    const result = ok(await importSpreadsheet(blob(Buffer.from(bytes))));
    expect(result.rows.map((r) => r.listing.title)).toEqual(['Kopi Arabika Gayo 250 gr']);
    expect(result.notes.map((n) => n.id)).toContain('Kolom yang tidak dipakai Rapi: constructor, __proto__.');
  });

  it('reads a UTF-16 CSV with a BOM (Excel "Unicode Text", tab-separated)', async () => {
    const text = 'Nama Produk\tHarga\r\nKopi Café Gayo – 250 gr\tRp85.000\r\n';
    const result = ok(await importSpreadsheet(blob(Buffer.from(`\uFEFF${text}`, 'utf16le'))));
    expect(result.rows.map((r) => [r.listing.title, r.listing.price])).toEqual([['Kopi Café Gayo – 250 gr', 85000]]);
  });

  it('reads a Windows-1252 CSV as such and says so', async () => {
    const result = ok(await importSpreadsheet(blob(Buffer.from('title,price\nKopi Café Gayo 250 gr,85000\n', 'latin1'))));
    expect(result.rows.map((r) => r.listing.title)).toEqual(['Kopi Café Gayo 250 gr']);
    expect(result.notes.map((n) => n.en).join(' ')).toContain('read it as Windows-1252');
  });
});

