import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'rapi-trust-'));

function rapi(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/rapi.js'), ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const listing = {
  title: 'Keripik Tempe Renyah Khas Malang 250 gr',
  marketplace: 'shopee',
  categoryPath: ['Makanan & Minuman', 'Makanan Ringan'],
  description: 'Keripik tempe renyah.\n- Berat bersih 250 gr\n- Tahan 2 bulan\n- P-IRT No. 2063273010123-25, halal MUI\nIsi paket: 1 bungkus keripik tempe.',
};

describe('rapi check says what it could not measure, what it read, and the category', { timeout: 60_000 }, () => {
  it('JSON: provisional score with the parts not measured, no Shopee level, category and facts with their words', () => {
    const [item] = JSON.parse(rapi(['check', '-', '--format', 'json'], JSON.stringify(listing)).stdout) as Array<Record<string, unknown>>;
    expect(item).toMatchObject({
      provisional: true,
      notMeasured: ['foto'],
      provisionalNote: 'Skor sementara: foto belum dinilai.',
      level: null,
      category: { id: 'food', name: 'Makanan & Minuman', from: 'category', confidence: 1 },
    });
    expect(item!.levelNote).toMatch(/belum bisa ditentukan/);
    const facts = item!.facts as { netGrams: { value: number; text: string }; permits: Array<{ kind: string; number?: string }>; shelfLife: { text: string; days: number } };
    expect(facts.netGrams).toEqual({ value: 250, text: '250 gr' });
    expect(facts.permits.map((p) => p.kind)).toEqual(['halal', 'pirt']);
    expect(facts.permits.find((p) => p.kind === 'pirt')?.number).toBe('2063273010123-25');
    expect(facts.shelfLife).toEqual({ text: 'Tahan 2 bulan', days: 60 });
    const areas = item!.areas as Array<{ area: string; score: number | null; measured: boolean }>;
    expect(areas.find((a) => a.area === 'foto')).toEqual({ area: 'foto', score: null, measured: false });
  });

  it('text and CSV show the provisional state and the category too', () => {
    const text = rapi(['check', '-'], JSON.stringify(listing)).stdout;
    expect(text).toMatch(/Skor sementara \d+\/100/);
    expect(text).toContain('Skor sementara: foto belum dinilai.');
    expect(text).toContain('Kategori: Makanan & Minuman (dari kategori listing)');
    const en = rapi(['check', '-', '--lang', 'en'], JSON.stringify(listing)).stdout;
    expect(en).toMatch(/Provisional score \d+\/100/);
    const csv = rapi(['check', '-', '--format', 'csv'], JSON.stringify(listing)).stdout.trim().split(/\r?\n/);
    // The row ends with suggested_title: empty, the title is already good.
    expect(csv[0]).toMatch(/,suggested_title$/);
    expect(csv[1]).toMatch(/,yes,foto,food,category,$/);
  });

  it('reports photos that failed once, with a count, instead of once per photo', () => {
    const photos = Array.from({ length: 9 }, (_, i) => ({ src: path.join(dir, `tidak-ada-${i + 1}.jpg`) }));
    const file = path.join(dir, 'sembilan.json');
    writeFileSync(file, JSON.stringify({ ...listing, photos }));
    const { code, stdout, stderr } = rapi(['check', file]);
    expect(code).toBe(0);
    const lines = stderr.split('\n').filter((l) => /foto/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^listing: 9 foto tidak bisa diunduh: foto 1–9\. Tidak ada foto JPG, PNG, WEBP, atau GIF di .*tidak-ada-1\.jpg/);
    expect(stdout.match(/tidak bisa diunduh/g)).toHaveLength(1);
    expect(stdout).not.toMatch(/9 foto selesai|Foto 100/);
    const [item] = JSON.parse(rapi(['check', file, '--format', 'json']).stdout) as Array<{ provisional: boolean; notMeasured: string[]; photoProblemSummary: string[] }>;
    expect(item!.provisional).toBe(true);
    expect(item!.notMeasured).toContain('foto');
    expect(item!.photoProblemSummary).toHaveLength(1);
  });
});
