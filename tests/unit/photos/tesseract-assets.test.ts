import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from 'wxt';
import { CORES, tesseractAssets } from '../../../extension/modules/tesseract-assets';

const root = path.resolve(import.meta.dirname, '../../..');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('tesseract assets WXT module', () => {
  const assets = tesseractAssets(root);

  it('finds the worker, the LSTM cores and both language files in node_modules', () => {
    expect(assets.map((a) => a.dest).sort()).toEqual([
      'tesseract/core/tesseract-core-lstm.wasm.js',
      'tesseract/core/tesseract-core-relaxedsimd-lstm.wasm.js',
      'tesseract/core/tesseract-core-simd-lstm.wasm.js',
      'tesseract/lang/eng.traineddata.gz',
      'tesseract/lang/ind.traineddata.gz',
      'tesseract/worker.min.js',
    ]);
    for (const asset of assets) expect(statSync(asset.src).size, asset.src).toBeGreaterThan(100_000);
  });

  it('keeps every JavaScript file under Firefox’s 4 MB add-on limit', () => {
    for (const asset of assets.filter((a) => a.dest.endsWith('.js'))) expect(statSync(asset.src).size, asset.dest).toBeLessThan(4_000_000);
  });

  it('uses the core file names tesseract.js asks for when given a core folder', () => {
    const getCore = readFileSync(path.join(root, 'node_modules/tesseract.js/src/worker-script/browser/getCore.js'), 'utf8');
    for (const core of CORES) expect(getCore).toContain(core);
  });

  it('lands every OCR file, byte for byte, in a real WXT build, and in the typed public paths', async () => {
    // A one-entrypoint extension built by WXT itself with this module installed (under test-results/, so the
    // module resolves the packages from this project's node_modules as it does in the real build).
    mkdirSync(path.join(root, 'test-results'), { recursive: true });
    const project = mkdtempSync(path.join(root, 'test-results', 'wxt-ocr-'));
    try {
      writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'ocr-module-check', private: true, type: 'module' }));
      mkdirSync(path.join(project, 'entrypoints'));
      writeFileSync(path.join(project, 'entrypoints', 'background.ts'), 'export default defineBackground(() => {});\n');
      mkdirSync(path.join(project, 'modules'));
      const modulePath = path.join(root, 'extension', 'modules', 'tesseract-assets.ts');
      writeFileSync(path.join(project, 'modules', 'tesseract-assets.ts'), `export { default } from ${JSON.stringify(modulePath)};\n`);
      await build({ root: project, configFile: false });

      const out = path.join(project, '.output', 'chrome-mv3');
      for (const asset of assets) {
        const built = path.join(out, asset.dest);
        expect(existsSync(built), asset.dest).toBe(true);
        expect(sha256(built), asset.dest).toBe(sha256(asset.src));
      }
      const publicPaths = readFileSync(path.join(project, '.wxt', 'types', 'paths.d.ts'), 'utf8');
      for (const asset of assets) expect(publicPaths).toContain(`"/${asset.dest}"`);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 60_000);
});
