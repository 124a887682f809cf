import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, ROOT } from './harness';

/** The built Chrome manifest names the newest Chrome version docs/browser-support.md lists for an API Rapi uses. */
describe('minimum Chrome version (built extension)', () => {
  const manifest = JSON.parse(readFileSync(path.join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { minimum_chrome_version?: string };
  const table = readFileSync(path.join(ROOT, 'docs/browser-support.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| what') && !line.startsWith('|---'));
  // The third column, "first Chrome": its first number.
  const versions = table.map((line) => Number(/\d+/.exec(line.split('|')[3] ?? '')?.[0]));

  it('lists every API with a version', () => {
    expect(table.length).toBeGreaterThan(8);
    for (const [i, v] of versions.entries()) expect(Number.isFinite(v), table[i]).toBe(true);
  });

  it('is the largest version in the table', () => {
    expect(manifest.minimum_chrome_version).toBe(String(Math.max(...versions)));
    expect(manifest.minimum_chrome_version).toBe('116');
  });

  it('is not put into the Firefox build (Firefox has its own strict_min_version)', () => {
    const firefox = JSON.parse(readFileSync(path.join(ROOT, '.output/firefox-mv3/manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });
});
