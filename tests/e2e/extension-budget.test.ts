import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './harness';

/** The budget: every content script a marketplace page loads is at most 25 KB gzipped. */
const BUDGET = 25 * 1024;

describe('content-script budget (built extension)', () => {
  const dir = path.join(CHROME_BUILD, 'content-scripts');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));

  it('builds a reader for each marketplace surface', () => {
    expect(scripts.sort()).toEqual(['seller-form.js', 'shopee-api.js', 'shopee-product.js', 'tokopedia-product.js']);
  });

  it.each(scripts)('%s is at most 25 KB gzipped', (file) => {
    const gzipped = gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });

  // zod alone took a third of each script: the content scripts check nothing with it (messaging/content-side.ts,
  // shared/marketplaces/read/guards.ts). Its classes are named "$Zod…" even when minified.
  it.each(scripts)('%s carries no zod', (file) => {
    expect(readFileSync(path.join(dir, file), 'utf8')).not.toMatch(/\$Zod[A-Z]/);
  });

  it('loads no remote code: no http(s) script URLs in the manifest', () => {
    const manifest = readFileSync(path.join(CHROME_BUILD, 'manifest.json'), 'utf8');
    expect(manifest).not.toMatch(/"js":\s*\[[^\]]*https?:/);
  });
});
