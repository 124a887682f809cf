/**
 * Bundles OCR into the extension, fully offline: the tesseract.js worker, the LSTM wasm cores
 * and the ind + eng language data are copied from node_modules into the build under /tesseract/, so OCR runs with
 * no CDN and no remote code. None of these binaries is committed; they come from the pinned npm packages.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineWxtModule } from 'wxt/modules';

/** Folder in the built extension: `browser.runtime.getURL('/tesseract/worker.min.js')`. */
export const TESSERACT_DIR = 'tesseract';

/**
 * The cores tesseract.js picks from at run time, best first: Chromium loads relaxed-SIMD, the others are fallbacks
 * for browsers without it. LSTM-only, matching the `4.0.0_best_int` data and OEM 1. Each is 3.9 MB, just under
 * Firefox's add-on checker limit of about 4 MB per JavaScript file.
 */
export const CORES = ['tesseract-core-relaxedsimd-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js', 'tesseract-core-lstm.wasm.js'];
export const LANGUAGES = ['ind', 'eng'];
const DATA_VERSION = '4.0.0_best_int';

export interface TesseractAsset {
  /** Absolute path in node_modules. */
  src: string;
  /** Path inside the built extension, without a leading slash. */
  dest: string;
}

/** Every file OCR needs, resolved from the project at `root`. Throws with a clear message if a package is missing. */
export function tesseractAssets(root: string): TesseractAsset[] {
  const require = createRequire(path.join(root, 'package.json'));
  const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
  const assets: TesseractAsset[] = [
    { src: path.join(packageDir('tesseract.js'), 'dist', 'worker.min.js'), dest: `${TESSERACT_DIR}/worker.min.js` },
    ...CORES.map((core) => ({ src: path.join(packageDir('tesseract.js-core'), core), dest: `${TESSERACT_DIR}/core/${core}` })),
    ...LANGUAGES.map((lang) => ({
      src: path.join(packageDir(`@tesseract.js-data/${lang}`), DATA_VERSION, `${lang}.traineddata.gz`),
      dest: `${TESSERACT_DIR}/lang/${lang}.traineddata.gz`,
    })),
  ];
  const missing = assets.filter((a) => !existsSync(a.src));
  if (missing.length) throw new Error(`OCR files missing from node_modules (run npm ci): ${missing.map((m) => m.src).join(', ')}`);
  return assets;
}

export default defineWxtModule({
  name: 'rapi:tesseract-assets',
  setup(wxt) {
    const assets = tesseractAssets(wxt.config.root);
    wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
      for (const asset of assets) files.push({ absoluteSrc: asset.src, relativeDest: asset.dest });
    });
    // So `browser.runtime.getURL('/tesseract/…')` type-checks.
    wxt.hooks.hook('prepare:publicPaths', (_wxt, paths) => {
      for (const asset of assets) paths.push(asset.dest);
    });
  },
});
