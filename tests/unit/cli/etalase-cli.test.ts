import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const demoFeed = path.join(root, 'demo/etalase.json');
const work = mkdtempSync(path.join(tmpdir(), 'rapi-etalase-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the real `rapi` binary, as a curator would. The first run may build the widget (a few seconds). */
function rapi(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/rapi.js'), ...args], { cwd: work, input, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('rapi etalase', { timeout: 180_000 }, () => {
  it('--out writes one self-contained page with every product and both scripts inside', () => {
    const out = path.join(work, 'etalase.html');
    const { code, stderr } = rapi(['etalase', demoFeed, '--out', out]);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/Etalase ditulis ke .*etalase\.html: 24 produk, \d+ KB\. \/ Showcase written to/);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="id">')).toBe(true);
    expect(html).toContain('<h1>Kedai Kopi Kuru</h1>');
    expect(html).toContain('customElements');
    expect(html).toContain('rapi-etalase-qr');
    expect(html).not.toMatch(/<script[^>]+src=|<link /);
    const json = /<script type="application\/json">\s*(.*?)\s*<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json).items).toHaveLength(24);
  });

  it('--snippet prints the one block to stdout, in English on request', () => {
    const { code, stdout } = rapi(['etalase', demoFeed, '--snippet', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!-- Etalase Rapi: satu blok/);
    expect(stdout).toContain('<rapi-etalase lang="en">');
    expect(stdout.trimEnd().endsWith('</script>')).toBe(true);
    expect(stdout).not.toContain('<script src=');
  });

  it('reads the feed from stdin with "-"', () => {
    const { code, stdout } = rapi(['etalase', '-', '--snippet'], readFileSync(demoFeed, 'utf8'));
    expect(code).toBe(0);
    expect(stdout).toContain('kopi-arabika-bukit-kuru-250');
  });

  it('exits 2 for a feed with bad items, naming each in both languages, and writes nothing', () => {
    const out = path.join(work, 'tidak-jadi.html');
    const { code, stdout, stderr } = rapi(['etalase', path.join(root, 'tests/fixtures/feeds/mixed-items.json'), '--out', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('14 barang di feed ini tidak valid. Perbaiki dulu, lalu jalankan lagi: / 14 item(s) in this feed are not valid.');
    expect(stderr).toContain('  - barang ke-3 (id "bad-shopee"): kolom links.shopee: harus tautan https:// ke shopee.co.id / item 3 (id "bad-shopee"): field links.shopee: must be an https:// link to shopee.co.id');
    expect(stderr).toContain('barang ke-15 (id "ok-1"): kolom id: sudah dipakai barang lain');
    expect(() => readFileSync(out)).toThrow();
  });

  it.each([
    [['etalase', path.join(root, 'tests/fixtures/feeds/broken.json.txt'), '--snippet'], 'Feed bukan JSON yang valid'],
    [['etalase', path.join(root, 'tests/fixtures/feeds/newer-version.json'), '--snippet'], 'lebih baru dari widget ini'],
    [['etalase', path.join(work, 'tidak-ada.json'), '--snippet'], 'tidak ditemukan'],
    [['etalase', demoFeed], 'Sebutkan feed dan hasilnya'],
    [['etalase', demoFeed, '--snippet', '--lang', 'jv'], '--lang harus id atau en'],
    [['etalase', demoFeed, '--snippet', '--qr'], 'Pilihan tidak dikenal'],
    [['etalase', demoFeed, '--out', work], `Tidak bisa menulis "${work}"`],
  ])('exits 2 with a bilingual message: %j', (args, message) => {
    const { code, stderr } = rapi(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain(' / ');
  });

  it('an empty showcase still makes a page, with a note', () => {
    const empty = path.join(work, 'kosong.json');
    writeFileSync(empty, JSON.stringify({ version: 1, title: 'Etalase kosong', items: [] }));
    const { code, stderr } = rapi(['etalase', empty, '--out', path.join(work, 'kosong.html')]);
    expect(code).toBe(0);
    expect(stderr).toContain('Catatan: feed ini belum berisi produk.');
  });
});
