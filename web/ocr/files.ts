import ocrFileSet from 'virtual:rapi-ocr-files';

/** One file of the OCR download: its path in the built page (relative to the page) and its size. */
export interface OcrFile {
  path: string;
  bytes: number;
}

export type CoreVariant = 'relaxedsimd' | 'simd' | 'plain';

/** What web/build/ocr-files.ts measured at build time. */
export interface OcrFileSet {
  /** Changes with tesseract.js or its core: the files live under ocr/<version>/. */
  version: string;
  worker: OcrFile;
  /** The core's loader and its wasm, per kind of phone: a phone downloads only the one it runs. */
  cores: Record<CoreVariant, OcrFile[]>;
  langs: OcrFile[];
}

export const OCR_FILES: OcrFileSet = ocrFileSet;

/** The files this phone needs: the worker, its core and the language data. */
export function filesFor(variant: CoreVariant, set: OcrFileSet = OCR_FILES): OcrFile[] {
  return [set.worker, ...set.cores[variant], ...set.langs];
}

export function totalBytes(files: readonly OcrFile[]): number {
  return files.reduce((sum, f) => sum + f.bytes, 0);
}
