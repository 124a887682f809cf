import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'tests/fixtures');

function rapi(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/rapi.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Pages at product addresses on which there is no product: each scored 86 or 92 before. */
const NOT_READ = [
  { file: 'pages/shopee_id_product_shell_mobilemall.html', url: 'https://shopee.co.id/Samsung-Galaxy-A15-i.1234567.89012345', reason: 'not-rendered' },
  { file: 'pages/shopee_id_search_shell_botol-minum_2026-02.html', url: 'https://shopee.co.id/Botol-Minum-i.1.2', reason: 'not-rendered' },
  { file: 'pages-labelled/derived_shopee_id_home_at_product_url.html', url: 'https://shopee.co.id/Tumbler-i.1.2', reason: 'many-products' },
  { file: 'pages-labelled/derived_shopee_br_site_title_shell.html', url: 'https://shopee.com.br/Garrafa-i.1.2', reason: 'not-rendered' },
  { file: 'pages/tokopedia_category_handphone_2021-12.html', url: 'https://www.tokopedia.com/somestore/handphone-murah', reason: 'many-products' },
  { file: 'pages/rapi_shopee_id_login_wall.html', url: 'https://shopee.co.id/Keripik-i.1.2', reason: 'login-wall' },
];

describe('rapi check --url / rapi extract on a page without a product', { timeout: 60_000 }, () => {
  it.each(NOT_READ)('$file at a product address: exit 2, no score, the reason in both languages', ({ file, url, reason }) => {
    const text = rapi(['check', '--url', url, path.join(fixtures, file)]);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('Rapi belum bisa membaca produk di halaman ini.');
    expect(text.stderr).toContain('Rapi cannot read a product on this page yet.');
    expect(text.stderr).not.toMatch(/\bskor\b|\bscore\b/i);

    const json = rapi(['check', '--url', url, path.join(fixtures, file), '--format', 'json', '--lang', 'en']);
    expect(json.code).toBe(2);
    const out = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ read: false, reason, url, page: { kind: 'product' } });
    expect(out.message).toMatch(/^Rapi cannot read a product on this page yet\. /);
    expect(out).not.toHaveProperty('score');
  });

  it('with --format jsonl, the same object on one line', () => {
    const { file, url } = NOT_READ[0]!;
    const { code, stdout } = rapi(['check', '--url', url, path.join(fixtures, file), '--format', 'jsonl']);
    expect(code).toBe(2);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toMatchObject({ read: false, reason: 'not-rendered', message: expect.stringMatching(/^Rapi belum bisa membaca produk di halaman ini\. /) });
  });

  it('rapi extract prints what it found (nothing) and exits 2 as well', () => {
    const { file, url } = NOT_READ[2]!;
    const { code, stdout, stderr } = rapi(['extract', path.join(fixtures, file), '--url', url, '--format', 'json']);
    expect(code).toBe(2);
    const extraction = JSON.parse(stdout) as { read: boolean; evidence: string[]; notRead: { reason: string }; listing: { title: string } };
    expect(extraction).toMatchObject({ read: false, evidence: [], notRead: { reason: 'many-products' }, listing: { title: '' } });
    expect(stderr).toContain('Rapi belum bisa membaca produk di halaman ini.');
  });

  it('a page with its product is still read and checked (exit 0), with what showed the product', () => {
    const url = 'https://www.tokopedia.com/hoodiecenter/jaket-zipper-hoodie-mocca-xxl';
    const file = path.join(fixtures, 'pages-labelled/derived_tokopedia_pdp_hoodiecenter_variants.html');
    const extracted = rapi(['extract', file, '--url', url, '--format', 'json']);
    expect(extracted.code).toBe(0);
    const extraction = JSON.parse(extracted.stdout) as { read: boolean; evidence: string[]; listing: { price: number; categorySource: string } };
    expect(extraction).toMatchObject({ read: true, listing: { price: 69_900, categorySource: 'page-data' } });
    expect(extraction.evidence).toContain('apollo-product');
    const checked = rapi(['check', '--url', url, file, '--format', 'json']);
    expect(checked.code).toBe(0);
    expect((JSON.parse(checked.stdout) as { score: number }[])[0]!.score).toEqual(expect.any(Number));
  });
});
