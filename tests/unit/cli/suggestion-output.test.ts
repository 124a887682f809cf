import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const rapi = (args: string[], input: string) =>
  spawnSync(process.execPath, [path.join(root, 'bin/rapi.js'), ...args], { input, encoding: 'utf8', cwd: root, timeout: 120_000 });

const CSV = [
  'title,description,marketplace,brand',
  '"KOPI ROBUSTA 1KG",,tokopedia,',
  '"Keripik Tempe Renyah Khas Malang 250 gr Original","Keripik tempe renyah.\nBerat bersih: 250 gr\nTahan 2 bulan. P-IRT No. 2063273010123-25. Halal MUI.\nIsi paket: 1 bungkus.",shopee,',
  '"LG OLED 48C4PSA - OLED EVO 4K SMART TV 48 INCH 120HZ",,tokopedia,LG',
].join('\n');

interface Record {
  title: string;
  suggestion: { title: string | null; description: string | null; placeholders: string[] } | null;
}

describe('rapi check: the suggestion in every format', () => {
  it('json: suggestion {title, description, placeholders}, null title when the title is good', () => {
    const out = rapi(['check', '-', '--format', 'json'], CSV);
    expect(out.status).toBe(0);
    const [kopi, keripik, tv] = JSON.parse(out.stdout) as Record[];
    expect(kopi!.suggestion!.title).toBe('[merek] Kopi Robusta 1KG [rasa atau varian] [asal daerah]');
    expect(kopi!.suggestion!.placeholders).toEqual(expect.arrayContaining(['[merek]', '[rasa atau varian]', '[berapa lama]']));
    expect(kopi!.suggestion!.description).toContain('- Berat bersih: 1KG');
    expect(keripik!.suggestion?.title ?? null).toBeNull();
    expect(tv!.suggestion!.title).toBe('LG OLED 48C4PSA - OLED EVO 4K Smart TV 48 Inch 120HZ');
  });

  it('jsonl and --lang en: the same record, placeholders in English', () => {
    const out = rapi(['check', '-', '--format', 'jsonl', '--lang', 'en'], CSV);
    const first = JSON.parse(out.stdout.split('\n')[0]!) as Record;
    expect(first.suggestion!.title).toBe('[brand] Kopi Robusta 1KG [flavour or variant] [place of origin]');
    expect(first.suggestion!.description).toContain('- Net weight: 1KG');
  });

  it('csv: suggested_title is the last column, empty when the title is good', () => {
    const out = rapi(['check', '-', '--format', 'csv'], CSV);
    const rows = Papa.parse<string[]>(out.stdout.trim()).data;
    expect(rows[0]!.at(-1)).toBe('suggested_title');
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual([
      '[merek] Kopi Robusta 1KG [rasa atau varian] [asal daerah]',
      '',
      'LG OLED 48C4PSA - OLED EVO 4K Smart TV 48 Inch 120HZ',
    ]);
  });

  it('text: "Judul usulan" with what to fill in first', () => {
    const out = rapi(['check', '-'], CSV);
    expect(out.stdout).toContain('Judul usulan: [merek] Kopi Robusta 1KG [rasa atau varian] [asal daerah]');
    expect(out.stdout).toContain('Isi atau hapus dulu: [merek], [rasa atau varian], [asal daerah]');
    expect(out.stdout).not.toMatch(/Judul usulan: Keripik Tempe/);
  });
});
