import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shopeeTemplate, tokopediaTemplate } from '../../fixtures/xlsx/templates';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'rapi-xlsx-'));
const files = { shopee: path.join(dir, 'toko-shopee.xlsx'), tokopedia: path.join(dir, 'toko-tokopedia.xlsx'), broken: path.join(dir, 'rusak.xlsx') };

function rapi(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/rapi.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  writeFileSync(files.shopee, await shopeeTemplate());
  writeFileSync(files.tokopedia, await tokopediaTemplate());
  // A real zip signature with garbage after it: looks like .xlsx, isn't one.
  writeFileSync(files.broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('bukan excel sungguhan')]));
});

describe('rapi check on the marketplaces\' bulk-upload spreadsheets', { timeout: 30_000 }, () => {
  it('reads Shopee\'s template from row 7, names its spreadsheet row numbers, photos and unknown columns', () => {
    const { code, stdout, stderr } = rapi(['check', files.shopee, '--format', 'json', '--marketplace', 'shopee']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Array<{ title: string; where: string; findings: Array<{ id: string }> }>;
    expect(out.map((o) => [o.where, o.title])).toEqual([
      ['baris 7', 'Keripik Pisang Lampung Rasa Cokelat 250 gr'],
      ['baris 8', 'KOPI GAYO MURAH!!!'],
      ['baris 11', 'Kemeja Batik Pria Lengan Panjang Motif Parang'],
    ]);
    expect(stderr).toContain('baris 9: Judul produk kosong.');
    expect(stderr).toContain('baris 10: Harga "tiga puluh ribu" tidak terbaca.');
    expect(stderr).toContain('Kolom yang tidak dipakai Rapi: Catatan Internal.');
    // Cover + one product photo read from "Foto Sampul" / "Foto Produk 1": 2 photos, under Shopee's 3.
    expect(out[0]!.findings.map((f) => f.id)).toContain('photo-count-low');
    expect(out[1]!.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['title-all-caps', 'title-promo-words']));
  });

  it('reads Tokopedia\'s template with its header on row 2', () => {
    const { code, stdout, stderr } = rapi(['check', files.tokopedia, '--format', 'json', '--marketplace', 'tokopedia']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Array<{ title: string; where: string }>;
    expect(out.map((o) => o.where)).toEqual(['baris 3', 'baris 4']);
    expect(stderr).toContain('baris 5: Berat "berat sekali" tidak terbaca.');
    expect(stderr).toContain('Kolom Tambahan Toko');
  });

  it('exits 2 with a clear message on a broken workbook', () => {
    const { code, stderr } = rapi(['check', files.broken]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^File Excel ini rusak atau bukan \.xlsx\. .* \/ This Excel file is broken or not \.xlsx\. /);
  });
});
