/**
 * The phone page's OCR files: tesseract.js's worker, the LSTM core for each kind of phone (relaxed SIMD, SIMD,
 * plain; each a small loader plus its wasm) and the ind + eng language data, copied from node_modules into
 * `.output/web/ocr/<version>/` and NOT precached: a phone downloads them only when the seller first adds a photo
 * and agrees. Their real sizes are measured here at build time and given to the page as a module, so the question
 * "Unduh pembaca tulisan, 7,2 MB?" says exactly what will be downloaded for that phone.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { OcrFileSet } from '../ocr/files';

export const OCR_FILES_MODULE = 'virtual:rapi-ocr-files';
const CORE_VARIANTS = { relaxedsimd: 'tesseract-core-relaxedsimd-lstm', simd: 'tesseract-core-simd-lstm', plain: 'tesseract-core-lstm' } as const;
const LANGUAGES = ['ind', 'eng'] as const;
const DATA_VERSION = '4.0.0_best_int';

interface Source {
  /** Where the file is in node_modules. */
  src: string;
  /** Where it goes in the built page. */
  dest: string;
}

function packageDir(root: string, name: string): string {
  return path.dirname(createRequire(path.join(root, 'package.json')).resolve(`${name}/package.json`));
}

/** Every OCR file with its place in the build, and the sizes the page is told. */
export function ocrFiles(root: string): { sources: Source[]; set: OcrFileSet } {
  const tesseract = packageDir(root, 'tesseract.js');
  const core = packageDir(root, 'tesseract.js-core');
  const version = `t${JSON.parse(readFileSync(path.join(tesseract, 'package.json'), 'utf8')).version}-c${JSON.parse(readFileSync(path.join(core, 'package.json'), 'utf8')).version}`;
  const dir = `ocr/${version}`;
  const sources: Source[] = [];
  const file = (src: string, dest: string) => {
    sources.push({ src, dest });
    return { path: dest, bytes: statSync(src).size };
  };
  // The core's loader finds its wasm beside the worker script, so the worker and the cores share one folder.
  const worker = file(path.join(tesseract, 'dist', 'worker.min.js'), `${dir}/worker.min.js`);
  const cores = Object.fromEntries(
    Object.entries(CORE_VARIANTS).map(([variant, name]) => [
      variant,
      [file(path.join(core, `${name}.js`), `${dir}/${name}.js`), file(path.join(core, `${name}.wasm`), `${dir}/${name}.wasm`)],
    ]),
  ) as OcrFileSet['cores'];
  const langs = LANGUAGES.map((lang) =>
    file(path.join(packageDir(root, `@tesseract.js-data/${lang}`), DATA_VERSION, `${lang}.traineddata.gz`), `${dir}/lang/${lang}.traineddata.gz`),
  );
  return { sources, set: { version, worker, cores, langs } };
}

/** Copies the files into the build and serves their list as `virtual:rapi-ocr-files`. */
export function ocrFilesPlugin(root: string): Plugin {
  const { sources, set } = ocrFiles(root);
  const resolved = `\0${OCR_FILES_MODULE}`;
  return {
    name: 'rapi-ocr-files',
    resolveId: (id) => (id === OCR_FILES_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(set)};` : undefined),
    generateBundle() {
      for (const { src, dest } of sources) this.emitFile({ type: 'asset', fileName: dest, source: readFileSync(src) });
    },
  };
}
