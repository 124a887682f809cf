import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'tests/fixtures');
const dir = mkdtempSync(path.join(tmpdir(), 'rapi-fix-'));

function rapi(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/rapi.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  await sharp({ create: { width: 1500, height: 1000, channels: 3, background: '#ffffff' } })
    .composite([{ input: { create: { width: 300, height: 500, channels: 3, background: '#1e5aaa' } }, left: 900, top: 300 }])
    .jpeg()
    .toFile(path.join(dir, 'lebar.jpg'));
  copyFileSync(path.join(fixtures, 'photos-extension/black-frame.jpg'), path.join(dir, 'bingkai.jpg'));
  copyFileSync(path.join(fixtures, 'photos-extension/corrupt.jpg'), path.join(dir, 'rusak.jpg'));
  writeFileSync(path.join(dir, 'catatan.jpg'), 'bukan foto');
});

describe('rapi fix-photo', { timeout: 120_000 }, () => {
  it('writes a fixed copy of each photo and prints what changed and the checks before → after', async () => {
    const { code, stdout, stderr } = rapi(['fix-photo', 'lebar.jpg', 'bingkai.jpg', '--out', 'hasil', '--marketplace', 'shopee']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const name of ['lebar-rapi.jpg', 'bingkai-rapi.jpg']) {
      const meta = await sharp(path.join(dir, 'hasil', name)).metadata();
      expect(meta.format, name).toBe('jpeg');
      expect(meta.width, name).toBe(meta.height);
      expect(meta.width, name).toBeGreaterThanOrEqual(1024);
      expect(meta.exif, name).toBeUndefined();
    }
    expect(stdout).toContain('lebar.jpg → hasil/lebar-rapi.jpg (1024 × 1024 piksel)');
    expect(stdout).toContain('Dijadikan persegi 1:1 dengan tepi putih, tanpa memotong produk.');
    expect(stdout).toMatch(/\[photo-aspect-ratio\] Foto sampul terlalu melebar \(1500 × 1000 piksel\)\. → beres/);
    expect(stdout).toContain('Disimpan sebagai JPG');
    expect(stdout).toMatch(/\d+ temuan → 0 temuan\./);

    const en = rapi(['fix-photo', 'lebar.jpg', '--out', 'hasil-en', '--lang', 'en', '--marketplace', 'shopee']);
    expect(en.stdout).toContain('Made square (1:1) with white edges, without cutting the product.');
    expect(en.stdout).toMatch(/\[photo-aspect-ratio\] The cover photo is too wide \(1500 × 1000 pixels\)\. → fixed/);
  });

  it('exits 2 on a photo it cannot read, with the same message as rapi check, and still fixes the others', () => {
    writeFileSync(path.join(dir, 'listing.json'), JSON.stringify({ title: 'Kaos Polos Katun Hitam', photos: ['rusak.jpg', 'catatan.jpg', 'hilang.jpg'].map((src) => ({ src })) }));
    const checkIn = (lang: string) => {
      const out = rapi(['check', 'listing.json', '--format', 'json', '--lang', lang]);
      const [item] = JSON.parse(out.stdout) as Array<{ photoProblems: Array<{ photo: number; message: string }> }>;
      return item!.photoProblems.map((p) => p.message);
    };
    const [checkId, checkEn] = [checkIn('id'), checkIn('en')];
    expect(checkId).toHaveLength(3);

    const { code, stderr } = rapi(['fix-photo', 'rusak.jpg', 'catatan.jpg', 'hilang.jpg', 'lebar.jpg', '--out', 'hasil2']);
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    // The sentences after "<file>: " are the ones rapi check gives for the same file, in both languages.
    for (const [i, line] of lines.entries()) {
      const [id, en] = line.slice(line.indexOf(': ') + 2).split(' / ');
      expect(checkId[i], line).toBe(id);
      expect(checkEn[i], line).toBe(en);
    }
    expect(lines[0]).toMatch(/^rusak.jpg: File foto rusak atau tidak lengkap\..* \/ The photo file is damaged or incomplete\./);
    expect(lines[2]).toContain('Tidak ada foto JPG, PNG, WEBP, atau GIF di');
    expect(existsSync(path.join(dir, 'hasil2', 'lebar-rapi.jpg'))).toBe(true);
    expect(readFileSync(path.join(dir, 'hasil2', 'lebar-rapi.jpg')).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('explains how to use it when --out is missing', () => {
    const { code, stderr } = rapi(['fix-photo', 'lebar.jpg']);
    expect(code).toBe(2);
    expect(stderr).toContain('Pakai: rapi fix-photo FOTO... --out FOLDER / Use: rapi fix-photo PHOTO... --out FOLDER');
  });
});
