import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { OcrEngine, type CreateWorker, type OcrProgress } from './engine';
import type { PixelImage } from '../types';
import { prepareForOcr } from './prepare';
import type { OcrResult } from './types';

/**
 * OCR in Node (CLI, tests, bench) with the language data that ships on npm (@tesseract.js-data/ind and /eng,
 * 4.0.0_best_int). Nothing is downloaded: tesseract.js only reads `langPath`, which must be one folder holding both
 * `.traineddata.gz` files, so they are copied side by side into a cache folder once.
 */
const require = createRequire(import.meta.url);
const LANGS = ['ind', 'eng'] as const;
const DATA_VERSION = '4.0.0_best_int';

/** Where the language files are gathered; `RAPI_OCR_CACHE` overrides it. */
export function ocrCacheDir(): string {
  return process.env.RAPI_OCR_CACHE ?? path.join(os.tmpdir(), `rapi-ocr-${DATA_VERSION}`);
}

function bundledLanguageFile(lang: string): string {
  const pkg = require.resolve(`@tesseract.js-data/${lang}/package.json`);
  return path.join(path.dirname(pkg), DATA_VERSION, `${lang}.traineddata.gz`);
}

/** Copies the bundled language files into one folder (once) and returns it. */
export async function prepareLanguageFolder(dir = ocrCacheDir()): Promise<string> {
  const langPath = path.join(dir, 'lang');
  await mkdir(langPath, { recursive: true });
  for (const lang of LANGS) {
    const source = bundledLanguageFile(lang);
    const target = path.join(langPath, `${lang}.traineddata.gz`);
    const [from, to] = await Promise.all([stat(source), stat(target).catch(() => null)]);
    if (to && to.size === from.size) continue;
    // Copy then rename: another Rapi process reading the folder never sees half a file.
    const partial = `${target}.${process.pid}.${Date.now()}.part`;
    await copyFile(source, partial);
    await rename(partial, target);
  }
  return langPath;
}

export interface NodeOcrOptions {
  startTimeoutMs?: number;
  recognizeTimeoutMs?: number;
  cacheDir?: string;
}

/** A reusable engine for Node. Call `terminate()` when done, or the worker thread keeps the process alive. */
export async function createNodeOcrEngine(options: NodeOcrOptions = {}): Promise<OcrEngine> {
  const dir = options.cacheDir ?? ocrCacheDir();
  const langPath = await prepareLanguageFolder(dir);
  const { createWorker } = (await import('tesseract.js')) as unknown as { createWorker: CreateWorker };
  return new OcrEngine({
    createWorker,
    langs: LANGS.join('+'),
    // No unpacked cache: tesseract.js writes it in place, so two processes starting at once could read each other's
    // half-written file. Unpacking costs under 0.1 s a start (bench: first start vs warm start).
    workerOptions: { langPath, gzip: true, cacheMethod: 'none' },
    startTimeoutMs: options.startTimeoutMs,
    recognizeTimeoutMs: options.recognizeTimeoutMs,
  });
}

let shared: Promise<OcrEngine> | null = null;

/** The process-wide engine used by `ocrPhoto` when none is given. */
export function sharedNodeOcrEngine(): Promise<OcrEngine> {
  shared ??= createNodeOcrEngine().catch((error) => {
    shared = null;
    throw error;
  });
  return shared;
}

export async function terminateSharedNodeOcrEngine(): Promise<void> {
  const engine = shared;
  shared = null;
  if (engine) await (await engine).terminate();
}

/**
 * Reads the text on one photo: encoded bytes (JPEG, PNG, WebP…) or decoded pixels. The photo is turned grey first
 * (prepare.ts). Uses the shared engine unless one is passed.
 */
export async function ocrPhoto(
  image: Buffer | Uint8Array | PixelImage,
  options: { engine?: OcrEngine; onProgress?: (p: OcrProgress) => void } = {},
): Promise<OcrResult> {
  const { png, width, height } = await greyPng(image);
  const engine = options.engine ?? (await sharedNodeOcrEngine());
  return engine.recognize(png, { width, height }, options.onProgress);
}

/**
 * Resolution written into the PNG. Without it sharp's raw output says 25 dpi, which Tesseract rejects with a
 * warning per photo; the text it reads is the same at 72, 150 or 300.
 */
const OCR_DPI = 300;

async function greyPng(image: Buffer | Uint8Array | PixelImage): Promise<{ png: Buffer; width: number; height: number }> {
  const { default: sharp } = await import('sharp');
  if ('data' in image && 'width' in image) {
    const grey = prepareForOcr(image);
    const png = await sharp(Buffer.from(grey.data.buffer, grey.data.byteOffset, grey.data.byteLength), {
      raw: { width: grey.width, height: grey.height, channels: 4 },
    })
      .withDensity(OCR_DPI)
      .png({ compressionLevel: 1 })
      .toBuffer();
    return { png, width: grey.width, height: grey.height };
  }
  const { data, info } = await sharp(Buffer.from(image), { autoOrient: true })
    .flatten({ background: '#ffffff' })
    .greyscale()
    .withDensity(OCR_DPI)
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}
