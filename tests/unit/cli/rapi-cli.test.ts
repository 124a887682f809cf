import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'tests/fixtures');

/** Runs the real `rapi` binary, as a trainer would. */
function rapi(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/rapi.js'), ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonListing {
  index: number;
  title: string;
  score: number;
  level: string | null;
  provisional: boolean;
  notMeasured: string[];
  findings: Array<{ id: string; area: string; severity: string; message: string; source: string; outcome: string }>;
}

describe('rapi check', { timeout: 30_000 }, () => {
  it('checks all 1,809 real sample listings end to end', () => {
    const { code, stdout } = rapi(['check', path.join(fixtures, 'listings/sample-listings.csv'), '--format', 'json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as JsonListing[];
    expect(out).toHaveLength(1809);
    expect(out[0]).toMatchObject({ index: 1, title: expect.stringContaining('SAMSUNG'), score: expect.any(Number) });
    for (const item of out) {
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(100);
      for (const f of item.findings) {
        expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'area', 'severity', 'message', 'source']));
        expect(['judul', 'foto', 'spesifik', 'deskripsi']).toContain(f.area);
      }
    }
    // The sample was scraped without photos: every score is provisional, and no Shopee row can be given a level.
    expect(out.every((i) => i.provisional && i.notMeasured.includes('foto'))).toBe(true);
    expect(out.every((i) => i.level === null)).toBe(true);
    // Only the rows with a real WhatsApp number are capped at 40 (issue 10 counted 172 before, most of them wrongly).
    const blocked = out.filter((i) => i.findings.some((f) => f.severity === 'blocked'));
    expect(blocked.map((i) => i.index + 1)).toEqual([2, 3, 120, 126, 127, 128, 129, 130, 152, 153, 192, 193]);
    expect(blocked.every((i) => i.findings.some((f) => f.id === 'description-contact' && /0811116020/.test(f.message)))).toBe(true);
  }, 60_000);

  it('prints a readable report with a summary in Indonesian by default, English on request', () => {
    const id = rapi(['check', path.join(fixtures, 'cli/bad-rows.csv')]);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Perbaiki dulu');
    expect(id.stdout).toContain('== Ringkasan: 2 listing ==');
    expect(id.stdout).toContain('Masalah paling sering');
    const en = rapi(['check', path.join(fixtures, 'cli/bad-rows.csv'), '--lang', 'en']);
    expect(en.stdout).toContain('Fix first');
    expect(en.stdout).toContain('== Summary: 2 listing ==');
  });

  it('reports bad rows with their row numbers, skips them and checks the rest', () => {
    const { code, stdout, stderr } = rapi(['check', path.join(fixtures, 'cli/bad-rows.csv'), '--format', 'json']);
    expect(code).toBe(0);
    const titles = (JSON.parse(stdout) as JsonListing[]).map((i) => i.title);
    expect(titles).toEqual(['Keripik Pisang Lampung Rasa Cokelat 250 gr', 'Gula Aren Cair Asli Lebak 500 ml']);
    expect(stderr).toContain('baris 3: Judul produk kosong. / The product title is empty.');
    expect(stderr).toContain('baris 4: Harga "murah sekali" tidak terbaca.');
    expect(stderr).toContain('baris 5: Jumlah foto "lima" bukan angka bulat.');
    expect(stderr).toContain('Kolom yang tidak dipakai Rapi: warna_favorit. / Columns Rapi does not use: warna_favorit.');
  });

  it('reads JSONL, naming the broken line', () => {
    const { code, stdout, stderr } = rapi(['check', path.join(fixtures, 'cli/listings.jsonl'), '--format', 'json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonListing[]).map((i) => i.title)).toHaveLength(2);
    expect(stderr).toContain('baris 2: Baris ini bukan JSON yang valid.');
  });

  it('reads one JSON listing or an array from stdin, and applies --marketplace', () => {
    const one = JSON.stringify({ title: 'Kopi Gayo', photoCount: 1 });
    const shopee = JSON.parse(rapi(['check', '-', '--format', 'json', '--marketplace', 'shopee'], one).stdout) as JsonListing[];
    expect(shopee[0]!.level).toBe('TO_BE_IMPROVED');
    expect(shopee[0]!.findings.find((f) => f.id === 'title-too-short')?.source).toContain('TOO_SHORT_OR_TOO_LONG_NAME');
    const tokopedia = JSON.parse(rapi(['check', '-', '--format', 'json', '--marketplace', 'tokopedia'], `[${one}]`).stdout) as JsonListing[];
    expect(tokopedia[0]!.level).toBeNull();
    // Refused at upload is said as such, and is not "blocked" (issue 10).
    expect(tokopedia[0]!.findings.find((f) => f.id === 'title-too-short')).toMatchObject({ severity: 'quality', outcome: 'refused-at-upload' });
  });

  it('writes one CSV row per listing', () => {
    const { stdout } = rapi(['check', path.join(fixtures, 'cli/bad-rows.csv'), '--format', 'csv']);
    const lines = stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^index,title,marketplace,score,level,findings,score_foto,score_judul,score_spesifik,score_deskripsi,fix_first,finding_ids,provisional,not_measured,category,category_from,suggested_title$/);
    expect(lines).toHaveLength(3);
  });

  it.each<[string, string[], string | undefined, RegExp]>([
    ['a missing file', ['check', 'tidak-ada.csv'], undefined, /File "tidak-ada.csv" tidak ditemukan\. \/ File "tidak-ada.csv" was not found\./],
    ['an empty file', ['check', '-'], '', /File kosong\. \/ The file is empty\./],
    ['broken JSON', ['check', '-'], '[{"title": "Kopi"', /File JSON rusak.* \/ The JSON file is broken/],
    ['a CSV without a title column', ['check', '-'], 'nama,harga\nkopi,1000', /Tidak ada kolom judul.* \/ There is no title column/],
    ['a binary file', ['check', '-'], '\u0089PNG\r\n\u001a\n\u0000\u0000garbage', /bukan teks .* \/ This file is not text/],
    ['rows that are all bad', ['check', '-'], 'title,price\n,100\n', /Tidak ada listing yang bisa diperiksa/],
    ['an unknown option', ['check', '-', '--warna', 'merah'], '{"title":"x"}', /Pilihan tidak dikenal/],
    ['a wrong --format', ['check', '-', '--format', 'xml'], '{"title":"x"}', /--format harus text, json, jsonl atau csv/],
  ])('exits 2 with a clear bilingual message on %s', (_name, args, input, message) => {
    const { code, stderr, stdout } = rapi(args, input);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(stdout).toBe('');
  });
});

describe('rapi extract and rapi check --url on saved pages', { timeout: 30_000 }, () => {
  const tokopedia = path.join(fixtures, 'pages/tokopedia_pdp_enterelectronic_lg-oled-48c4.html');
  const url = 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4';

  it('prints the Listing read from a real Tokopedia page, with what could not be read', () => {
    const { code, stdout } = rapi(['extract', tokopedia, '--url', url, '--format', 'json']);
    expect(code).toBe(0);
    const extraction = JSON.parse(stdout) as { page: { site: string; kind: string }; listing: { title: string; price: number }; fields: Record<string, string> };
    expect(extraction.page).toMatchObject({ site: 'tokopedia', kind: 'product' });
    expect(extraction.listing.title).toMatch(/^LG OLED 48C4PSA/);
    expect(extraction.listing.price).toBe(13_299_000);
    expect(extraction.fields.title).toBe('read');
    expect(Object.values(extraction.fields)).toContain('missing');
  });

  it('extracts then checks', () => {
    const { code, stdout } = rapi(['check', '--url', url, tokopedia, '--format', 'json']);
    expect(code).toBe(0);
    const [item] = JSON.parse(stdout) as JsonListing[];
    expect(item!.title).toMatch(/^LG OLED 48C4PSA/);
    expect(item!.findings.map((f) => f.id)).toContain('title-all-caps');
  });

  it('exits 2 with a clear message when the file is not a page', () => {
    const { code, stderr } = rapi(['extract', path.join(fixtures, 'cli/bad-rows.csv'), '--url', url]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bukan halaman HTML\. \/ .* is not an HTML page\./);
  });
});
