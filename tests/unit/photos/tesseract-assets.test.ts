import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import tesseractModule, { CORES, tesseractAssets } from '../../../extension/modules/tesseract-assets';

const root = path.resolve(import.meta.dirname, '../../..');

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

  it('adds the files to the build and to the typed public paths', async () => {
    const hooks: Record<string, (wxt: unknown, list: unknown[]) => void> = {};
    const wxt = { config: { root }, hooks: { hook: (name: string, fn: (wxt: unknown, list: unknown[]) => void) => void (hooks[name] = fn) } };
    await tesseractModule.setup!(wxt as never, undefined as never);
    const files: unknown[] = [];
    hooks['build:publicAssets']!(wxt, files);
    expect(files).toEqual(assets.map((a) => ({ absoluteSrc: a.src, relativeDest: a.dest })));
    const paths: unknown[] = [];
    hooks['prepare:publicPaths']!(wxt, paths);
    expect(paths).toEqual(assets.map((a) => a.dest));
  });
});
