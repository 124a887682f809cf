import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv3');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('the Firefox build', () => {
  it('exists (npm run build makes it)', () => {
    expect(existsSync(path.join(FIREFOX_BUILD, 'manifest.json')), 'run npm run build first').toBe(true);
  });

  it('passes web-ext lint, the checker Mozilla\'s add-on site runs, with no errors', () => {
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-input'], {
      encoding: 'utf8',
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    type Message = { code: string; file: string; message: string };
    const report = JSON.parse(result.stdout) as { summary: { errors: number; warnings: number }; errors: Message[]; warnings: Message[] };
    expect(report.errors.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // Each remaining warning is explained in docs/store.md (why it stays); a new kind fails until it is.
    const explained = readFileSync(path.join(ROOT, 'docs/store.md'), 'utf8');
    console.log(`web-ext lint: ${report.summary.warnings} warnings`, report.warnings.map((w) => `${w.code} ${w.file}`));
    for (const warning of report.warnings) expect(explained, `${warning.code} in ${warning.file}`).toContain(`### \`${warning.code}\``);
  }, 300_000);

  it('has no dangerouslySetInnerHTML in its own code (why preact\'s innerHTML warning is harmless)', () => {
    const sources = ['extension', 'shared'].flatMap((dir) => files(path.join(ROOT, dir))).filter((f) => /\.tsx?$/.test(f));
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter((f) => readFileSync(f, 'utf8').includes('dangerouslySetInnerHTML'))).toEqual([]);
  });

  it('keeps every JavaScript file under the add-on site\'s 4 MB limit', () => {
    const big = files(FIREFOX_BUILD).filter((f) => f.endsWith('.js') && statSync(f).size >= 4 * 1024 * 1024);
    expect(big).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as { manifest_version: number };
    expect(manifest.manifest_version).toBe(3);
  });
});
