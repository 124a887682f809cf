import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchWithExtension } from './harness';

/**
 * `npm run zip` makes what the two stores take: the Chrome Web Store zip, the Firefox Add-ons zip and the sources
 * zip that Firefox's reviewers rebuild from. Each is opened here and used the way the store would use it.
 */
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const OUTPUT = path.join(ROOT, '.output');
const zipPath = (kind: 'chrome' | 'firefox' | 'sources') => path.join(OUTPUT, `rapi-${VERSION}-${kind}.zip`);

/** The environment a person's shell would give npm: vitest sets NODE_ENV=test, which makes a development build. */
function shellEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

async function unzipTo(file: string, dir: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = path.join(dir, entry.name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
    names.push(entry.name);
  }
  return names.sort();
}

function fingerprints(dir: string, base = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, fingerprints(full, base));
    else out[path.relative(base, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

describe('npm run zip: the store packages', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'rapi-zips-'));
  beforeAll(() => {
    const run = spawnSync('npm', ['run', 'zip'], { cwd: ROOT, env: shellEnv(), encoding: 'utf8', timeout: 300_000 });
    expect(run.status, run.stderr).toBe(0);
  }, 320_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('makes the Chrome zip, the Firefox zip and the sources zip', () => {
    const sizes = Object.fromEntries((['chrome', 'firefox', 'sources'] as const).map((kind) => [kind, statSync(zipPath(kind)).size]));
    console.log('zip sizes (MB):', Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, (v / 1e6).toFixed(2)])));
    // Both stores take packages far bigger than this; a jump would mean something unintended went in.
    for (const kind of ['chrome', 'firefox'] as const) expect(sizes[kind]).toBeLessThan(15e6);
    expect(sizes.sources).toBeLessThan(5e6);
  });

  it('the Chrome zip, unpacked, loads in Chromium: the service worker starts and the panel renders', async () => {
    const dir = path.join(scratch, 'chrome');
    const names = await unzipTo(zipPath('chrome'), dir);
    expect(names).toContain('manifest.json');
    expect(names).toContain('_locales/id/messages.json');
    expect(names).toContain('icon/128.png');
    expect(names.filter((n) => n.startsWith('tesseract/'))).toHaveLength(6);
    const browser = await launchWithExtension({ extensionDir: dir });
    try {
      expect(browser.serviceWorker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      await panel.locator('input[name="rapi-lang"]').first().waitFor();
      await panel.close();
    } finally {
      await browser.close();
    }
  });

  it('the sources zip holds the build instructions and rebuilds the Firefox zip byte for byte', async () => {
    const dir = path.join(scratch, 'sources');
    const names = await unzipTo(zipPath('sources'), dir);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'docs/store/build-from-source.md', 'extension/assets/icon.svg']) {
      expect(names).toContain(needed);
    }
    expect(names.filter((n) => n.startsWith('tests/') || n.startsWith('dist/') || n.startsWith('node_modules/') || n.startsWith('.output/'))).toEqual([]);
    // `npm ci` would download the locked packages; the ones already installed here are the same.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const build = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox', '--mv3'], { cwd: dir, env: shellEnv(), encoding: 'utf8', timeout: 240_000 });
    expect(build.status, build.stderr).toBe(0);
    const fromZip = path.join(scratch, 'firefox');
    await unzipTo(zipPath('firefox'), fromZip);
    expect(fingerprints(path.join(dir, '.output/firefox-mv3'))).toEqual(fingerprints(fromZip));
  }, 260_000);
});
