import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const photos = path.join(root, 'tests/fixtures/photos');
const dir = mkdtempSync(path.join(tmpdir(), 'rapi-photos-'));

function rapi(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/rapi.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Out {
  title: string;
  findings: Array<{ id: string; area: string; photo?: number; message: string }>;
  photoProblems?: Array<{ photo: number; message: string }>;
}

describe('rapi check looks at the photos a listing names', { timeout: 120_000 }, () => {
  it('checks local photos from a CSV photo_urls column, and names the one that is missing', async () => {
    const dark = path.join(dir, 'gelap.jpg');
    await sharp({ create: { width: 800, height: 800, channels: 3, background: { r: 12, g: 10, b: 9 } } }).jpeg().toFile(dark);
    const csv = path.join(dir, 'toko.csv');
    writeFileSync(
      csv,
      `title,marketplace,photo_urls\n"Keripik Pisang Lampung 250 gr Rasa Cokelat",tokopedia,"${photos}/product-clean.jpg|${dark} hilang.jpg"\n`,
    );
    const { code, stdout, stderr } = rapi(['check', csv, '--format', 'json', '--allow-local-photos', photos]);
    expect(code).toBe(0);
    const [item] = JSON.parse(stdout) as Out[];
    expect(stderr).toMatch(/baris 2: 1 foto tidak bisa diunduh: foto 3\. Tidak ada foto JPG, PNG, WEBP, atau GIF di .*hilang\.jpg/);
    expect(item!.photoProblems?.map((p) => p.photo)).toEqual([3]);
    // Pixels were measured, so the photo findings come from the pixel checks (real sizes, duplicates, cover).
    expect(item!.findings.find((f) => f.id === 'photo-too-dark')?.photo).toBe(2);
    expect(item!.findings.map((f) => f.id)).toContain('photo-count-low'); // 3 named, Tokopedia wants 5
    expect(item!.findings.map((f) => f.id)).not.toContain('photo-missing');
  });

  it('reads the text on photos with --ocr: contacts and label facts missing from the title', () => {
    const json = path.join(dir, 'listing.json');
    writeFileSync(
      json,
      JSON.stringify({
        title: 'Keripik Pisang Lampung Rasa Cokelat Renyah',
        marketplace: 'shopee',
        description: 'Keripik pisang renyah, enak untuk camilan keluarga.',
        photos: [{ src: 'label-netto-pirt.jpg' }, { src: 'overlay-phone-promo.jpg' }].map((p) => ({ src: path.join(photos, p.src) })),
      }),
    );
    const { code, stdout } = rapi(['check', json, '--ocr', '--format', 'json', '--allow-local-photos', photos]);
    expect(code).toBe(0);
    const [item] = JSON.parse(stdout) as Out[];
    const ids = item!.findings.map((f) => f.id);
    expect(ids).toContain('photo-label-specifics');
    expect(ids).toContain('photo-contact-details');
    const label = item!.findings.find((f) => f.id === 'photo-label-specifics')!;
    expect(label.message).toMatch(/P-IRT/);
    // The suggestion takes the label's facts as printed, never a placeholder or a number of its own.
    const suggestion = (item as unknown as { suggestion: { title: string; description: string } }).suggestion;
    expect(label.message).toContain('Netto 250 g');
    expect(suggestion.title).toBe('Keripik Pisang Lampung Rasa Cokelat Renyah 250 g');
    expect(suggestion.description).toMatch(/- Izin edar: P-IRT No\. 2063\d+-\d+/);
    expect(suggestion.description).toContain('- Masa simpan: Baik digunakan sebelum: 12 2026');
  });

  it('reads local photos only in the listing file’s folder unless --allow-local-photos names another', () => {
    const room = mkdtempSync(path.join(tmpdir(), 'rapi-room-'));
    const csv = path.join(room, 'toko.csv');
    writeFileSync(csv, `title,marketplace,photo_urls\n"Keripik Pisang Lampung 250 gr Rasa Cokelat",shopee,"${photos}/product-clean.jpg"\n`);
    const refused = rapi(['check', csv, '--format', 'json']);
    expect(refused.code).toBe(0);
    expect(refused.stderr).toMatch(/Foto di luar folder listing tidak dibaca: .*product-clean\.jpg/);
    expect((JSON.parse(refused.stdout) as Out[])[0]!.photoProblems?.map((p) => p.photo)).toEqual([1]);
    const allowed = rapi(['check', csv, '--format', 'json', '--allow-local-photos', photos]);
    expect(allowed.stderr).not.toMatch(/luar folder/);
    expect((JSON.parse(allowed.stdout) as Out[])[0]!.photoProblems ?? []).toEqual([]);
  });
});
