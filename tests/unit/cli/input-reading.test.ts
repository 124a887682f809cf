import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xlsxOf } from '../../../bench/big-files';
import { rapi, tempDir, type JsonListing } from './run-rapi';

const dir = tempDir('input');
const titles = (stdout: string) => (JSON.parse(stdout) as JsonListing[]).map((l) => l.title);

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return le;
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe('rapi check reads text in the encodings spreadsheets save', { timeout: 60_000 }, () => {
  // Excel's "Unicode Text": UTF-16 with a byte-order mark, tab-separated.
  const unicodeText = 'Nama Produk\tHarga\r\nKopi Café Gayo – 250 gr\tRp85.000\r\nKeripik Pisang 250 gr\t25000\r\n';

  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM', (endian) => {
    const file = path.join(dir, `unicode-${endian}.txt`);
    writeFileSync(file, utf16(unicodeText, endian));
    const { code, stdout } = rapi(['check', file, '--format', 'json']);
    expect(code).toBe(0);
    expect(titles(stdout)).toEqual(['Kopi Café Gayo – 250 gr', 'Keripik Pisang 250 gr']);
  });

  it('reads Windows-1252 as such ("Café", not "Caf�") and says so', () => {
    const file = path.join(dir, 'ansi.csv');
    writeFileSync(file, Buffer.from('title,price\nKopi Café Gayo 250 gr,85000\n', 'latin1'));
    const { code, stdout, stderr } = rapi(['check', file, '--format', 'json']);
    expect(code).toBe(0);
    expect(titles(stdout)).toEqual(['Kopi Café Gayo 250 gr']);
    expect(stderr).toContain('Rapi membacanya sebagai Windows-1252');
  });
});

describe('rapi check and header names that are also built-in object properties', { timeout: 60_000 }, () => {
  it('reads an xlsx with a "constructor" header without crashing, naming it as unused', () => {
    const file = path.join(dir, 'konstruktor.xlsx');
    // Built by hand: write-excel-file itself trips over a "constructor" cell.
    writeFileSync(file, xlsxOf([['title', 'constructor', '__proto__', 'toString'], ['Keripik Pisang Lampung Rasa Cokelat 250 gr', 'x', 'y', 'z']]));
    const { code, stdout, stderr } = rapi(['check', file, '--format', 'json']);
    expect(code).toBe(0);
    expect(titles(stdout)).toEqual(['Keripik Pisang Lampung Rasa Cokelat 250 gr']);
    expect(stderr).toContain('Kolom yang tidak dipakai Rapi: constructor, __proto__, toString.');
  });

  it('treats CSV headers "constructor" and "__proto__" as unused columns, not as listing fields', () => {
    const { code, stdout, stderr } = rapi(['check', '-', '--format', 'json'], 'title,constructor,__proto__\nKopi Arabika Gayo 250 gr,abc,def\n');
    expect(code).toBe(0);
    expect(titles(stdout)).toEqual(['Kopi Arabika Gayo 250 gr']);
    expect(stderr).toContain('Kolom yang tidak dipakai Rapi: constructor, __proto__.');
  });
});

describe('rapi check reads JSON with the CSV columns the README documents', { timeout: 60_000 }, () => {
  const asCsv = 'title,price,category,image_count\nKeripik Pisang Lampung Rasa Cokelat 250 gr,Rp25.000,Makanan & Minuman > Makanan Ringan,1\n';
  const asCsvNames = { title: 'Keripik Pisang Lampung Rasa Cokelat 250 gr', price: 'Rp25.000', category: 'Makanan & Minuman > Makanan Ringan', image_count: 1 };
  const asModel = { title: 'Keripik Pisang Lampung Rasa Cokelat 250 gr', price: 25000, categoryPath: ['Makanan & Minuman', 'Makanan Ringan'], photoCount: 1 };
  const findings = (stdout: string) => (JSON.parse(stdout) as JsonListing[]).map((l) => [l.score, l.findings.map((f) => f.id)]);

  it('gives a JSON listing written with CSV names the same result as the CSV row and the model names', () => {
    const csv = rapi(['check', '-', '--format', 'json'], asCsv);
    const json = rapi(['check', '-', '--format', 'json'], JSON.stringify(asCsvNames));
    const jsonl = rapi(['check', '-', '--format', 'json'], `${JSON.stringify(asCsvNames)}\n${JSON.stringify(asModel)}\n`);
    expect(json.code).toBe(0);
    expect(findings(json.stdout)).toEqual(findings(csv.stdout));
    expect(findings(jsonl.stdout)).toEqual([...findings(csv.stdout), ...findings(csv.stdout)]);
    // The photo count and the category were read: one photo is too few.
    expect(findings(json.stdout)[0]![1]).toContain('photo-count-low');
  });

  it('names a field Rapi does not use in a note, never dropping it in silence', () => {
    const { code, stderr } = rapi(['check', '-', '--format', 'json'], JSON.stringify({ ...asCsvNames, warna: 'merah', ukuran_kardus: 'besar' }));
    expect(code).toBe(0);
    expect(stderr).toContain('Isian yang tidak dipakai Rapi (mulai listing): warna, ukuran_kardus. / Fields Rapi does not use (from listing): warna, ukuran_kardus.');
  });

  it('explains a wrong field in plain words, never in zod\'s ("must be record")', () => {
    const { code, stderr } = rapi(['check', '-', '--format', 'json'], `${JSON.stringify({ title: 'Kopi Gayo 250 gr', attributes: 'merah' })}\n${JSON.stringify(asModel)}\n`);
    expect(code).toBe(0);
    expect(stderr).toContain('dilewati / skipped baris 1: Kolom spesifikasi harus berupa kumpulan isian bernama, misalnya {"warna": "merah"}.');
    expect(stderr).not.toMatch(/must be (an? )?(array|record|object)|harus berupa (array|record|object)|invalid_type/);
  });

  it('skips a JSONL line over 1 million characters and checks the others', () => {
    const long = JSON.stringify({ title: 'Kopi', description: 'x'.repeat(1_100_000) });
    const { code, stdout, stderr } = rapi(['check', '-', '--format', 'json'], `${JSON.stringify(asModel)}\n${long}\n${JSON.stringify(asModel)}\n`);
    expect(code).toBe(0);
    expect(titles(stdout)).toHaveLength(2);
    expect(stderr).toContain('dilewati / skipped baris 2: Baris ini lebih dari 1 juta huruf');
  });
});
