import { strToU8, zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { withDeclaredSize, xlsxOf } from '../../../bench/big-files';
import { XLSX_PROBLEMS, countRows, readXlsxSheet, type SheetReader } from '../../../shared/import/xlsx';

const read: SheetReader = async (zip) => (await readXlsxFile(Buffer.from(zip))) as Awaited<ReturnType<SheetReader>>;
const LIMITS = { unzippedBytes: 64 * 1024, rows: 100 };
const sheet = (rows: number) => xlsxOf([['title', 'price'], ...Array.from({ length: rows }, (_, i) => [`Kopi Gayo ${i} 250 gr`, '85000'])]);

describe('reading an xlsx within limits', () => {
  it('counts rows in the XML, with or without a namespace prefix, and not other tags that start with "row"', () => {
    expect(countRows(strToU8('<sheetData><row r="1"><c/></row><row r="2"/><x:row r="3"></x:row><rowBreaks/><row>x</row></sheetData>'))).toBe(4);
  });

  it('reads a sheet under the limits', async () => {
    const result = await readXlsxSheet(sheet(10), LIMITS, read, 'csv');
    expect(result).toMatchObject({ ok: true, sheet: 'Produk' });
    if (result.ok) expect(result.rows).toHaveLength(11);
  });

  it('refuses more rows than the limit before the reader turns them into cells', async () => {
    let readerCalled = false;
    const result = await readXlsxSheet(sheet(100), LIMITS, async (zip) => ((readerCalled = true), read(zip)), 'split');
    expect(result).toEqual({ ok: false, problem: XLSX_PROBLEMS.tooManyRows(100, 'split') });
    expect(readerCalled).toBe(false);
  });

  it('refuses a workbook whose central directory declares more than the limit, before inflating anything', async () => {
    const big = zipSync({ ...Object.fromEntries(Object.entries({ 'xl/worksheets/sheet1.xml': new Uint8Array(100 * 1024).fill(0x20) })) }, { level: 9 });
    expect(await readXlsxSheet(big, LIMITS, read, 'csv')).toEqual({ ok: false, problem: XLSX_PROBLEMS.tooBig(LIMITS.unzippedBytes, 'csv') });
  });

  it('never lets an entry grow past the size it declares', async () => {
    const honest = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(10 * 1024 * 1024).fill(0x20) }, { level: 9 });
    const lying = withDeclaredSize(honest, 'xl/worksheets/sheet1.xml', 100);
    expect(await readXlsxSheet(lying, { unzippedBytes: 1024, rows: 10 }, read, 'csv')).toEqual({ ok: false, problem: XLSX_PROBLEMS.broken });
  });

  it('calls a zip that is no workbook broken', async () => {
    expect(await readXlsxSheet(strToU8('PK\u0003\u0004 bukan excel'), LIMITS, read, 'csv')).toEqual({ ok: false, problem: XLSX_PROBLEMS.broken });
  });
});
