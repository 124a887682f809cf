/**
 * Photos for the CLI (`rapi check`): load each one from a local path or an http(s) URL, decode it, run the photo
 * checks, and with `ocr: true` read the text on it. Every photo gets its own result; a bad photo (404, too big,
 * corrupt, animated, a format nobody decodes) gets a clear bilingual message and the others are still checked.
 * Every wait has a limit, so nothing hangs.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { ProfileId } from '../shared/checks/types';
import { bi, type BilingualText } from '../shared/i18n/text';
import type { Listing } from '../shared/listing/schema';
import { measurePhotos, runPhotoChecks } from '../shared/photos/analyze';
import { formatBytes, formatPixels } from '../shared/photos/copy';
import { OcrTimeoutError, type OcrEngine } from '../shared/photos/ocr/engine';
import { createNodeOcrEngine, ocrPhoto } from '../shared/photos/ocr/node';
import type { OcrResult } from '../shared/photos/ocr/types';
import type { MeasuredPhoto } from '../shared/photos/registry';
import { DEFAULT_PHOTO_LIMITS, type PhotoLimits } from '../shared/photos/limits';
import type { DecodedPhoto, PhotoAnalysis, PhotoFinding } from '../shared/photos/types';
import type { PhotoProblemFamily } from '../shared/photos/problem-groups';

export type { PhotoLimits } from '../shared/photos/limits';
export const DEFAULT_LIMITS: PhotoLimits = DEFAULT_PHOTO_LIMITS;

export interface CheckPhotosOptions {
  profile: ProfileId;
  /** Read the text on the photos (contacts, promo words, label facts). */
  ocr?: boolean;
  /** For label reading: what the title and description already say. */
  listing?: Listing;
  /** Relative paths are resolved from here (the listing file's folder); default the working directory. */
  baseDir?: string;
  limits?: Partial<PhotoLimits>;
  /** Reuse an engine across calls (a trainer checking many listings); otherwise one is started and stopped here. */
  ocrEngine?: OcrEngine;
  /** Called as each photo moves along, for a progress line. */
  onProgress?: (event: { index: number; src: string; step: 'load' | 'check' | 'ocr' | 'done'; progress?: number }) => void;
}

export interface PhotoResult {
  index: number;
  src: string;
  /** True when the pixels were decoded and measured. */
  checked: boolean;
  /** Why the photo could not be (fully) checked, for the seller. */
  error?: BilingualText;
  errorFamily?: PhotoProblemFamily;
  /** What is known about the file, even when it could not be decoded. */
  photo: Omit<DecodedPhoto, 'pixels'>;
  analysis?: PhotoAnalysis;
  ocr?: OcrResult;
  ocrError?: BilingualText;
  findings: PhotoFinding[];
}

export interface CheckPhotosResult {
  photos: PhotoResult[];
  /** All photo findings, in photo order, ready for the report. */
  findings: PhotoFinding[];
}

/** A photo that could not be loaded or decoded, with what is known about it anyway. */
export class PhotoError extends Error {
  constructor(
    readonly text: BilingualText,
    readonly known: Omit<DecodedPhoto, 'pixels'> = {},
    /** Set where the stage does not say it: a photo too large to check was found, just not checked. */
    readonly family?: PhotoProblemFamily,
  ) {
    super(text.en);
    this.name = 'PhotoError';
  }
}

// ---------------------------------------------------------------- loading

/** Reads a photo's bytes from a local path, a file: URL or an http(s) URL, within the limits. */
export async function loadPhotoBytes(src: string, limits: PhotoLimits, baseDir = process.cwd()): Promise<Buffer> {
  const trimmed = src.trim();
  if (/^https?:\/\//i.test(trimmed)) return download(trimmed, limits);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) && !/^file:\/\//i.test(trimmed)) {
    throw new PhotoError(
      bi(`Alamat foto tidak didukung: ${short(trimmed)}. Pakai alamat http(s) atau file di komputer ini.`, `Unsupported photo address: ${short(trimmed)}. Use an http(s) address or a file on this computer.`),
    );
  }
  const file = /^file:\/\//i.test(trimmed) ? fileURLToPath(trimmed) : path.resolve(baseDir, trimmed);
  const info = await stat(file).catch(() => null);
  if (!info) throw new PhotoError(bi(`File foto tidak ditemukan: ${short(file)}.`, `Photo file not found: ${short(file)}.`));
  if (!info.isFile()) throw new PhotoError(bi(`Ini bukan file foto: ${short(file)}.`, `This is not a photo file: ${short(file)}.`));
  if (info.size > limits.maxBytes) throw tooManyBytes(info.size, limits);
  if (info.size === 0) throw new PhotoError(bi('File foto kosong (0 byte).', 'The photo file is empty (0 bytes).'), { bytes: 0 });
  return readFile(file);
}

async function download(url: string, limits: PhotoLimits): Promise<Buffer> {
  const signal = AbortSignal.timeout(limits.fetchTimeoutMs);
  const seconds = Math.round(limits.fetchTimeoutMs / 1000);
  const timedOut = () =>
    new PhotoError(
      bi(`Foto terlalu lama diunduh (lebih dari ${seconds} detik): ${short(url)}.`, `The photo took too long to download (over ${seconds} seconds): ${short(url)}.`),
    );
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'image/*' } });
  } catch (error) {
    if (signal.aborted) throw timedOut();
    throw new PhotoError(
      bi(`Foto tidak bisa diunduh; periksa alamat dan koneksi internet: ${short(url)}.`, `The photo could not be downloaded; check the address and the internet connection: ${short(url)}.`),
    );
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel().catch(() => undefined);
    throw new PhotoError(bi(`Foto tidak ditemukan di alamat ini (${response.status}): ${short(url)}.`, `No photo at this address (${response.status}): ${short(url)}.`));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new PhotoError(bi(`Server foto menolak permintaan (${response.status}): ${short(url)}.`, `The photo server refused the request (${response.status}): ${short(url)}.`));
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooManyBytes(declared, limits);
  }
  // Read with a running count: a server may send more than it declared, or declare nothing.
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  try {
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) {
        await reader?.cancel().catch(() => undefined);
        throw tooManyBytes(total, limits, true);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PhotoError) throw error;
    if (signal.aborted) throw timedOut();
    throw new PhotoError(bi(`Unduhan foto terputus: ${short(url)}.`, `The photo download broke off: ${short(url)}.`));
  }
  if (total === 0) throw new PhotoError(bi('File foto kosong (0 byte).', 'The photo file is empty (0 bytes).'), { bytes: 0 });
  return Buffer.concat(chunks);
}

function tooManyBytes(bytes: number, limits: PhotoLimits, atLeast = false): PhotoError {
  const size = formatBytes(bytes);
  const limit = formatBytes(limits.maxBytes);
  return new PhotoError(
    bi(
      `Foto terlalu besar untuk diperiksa: ${atLeast ? 'lebih dari ' : ''}${size.id} (batas ${limit.id}). Perkecil foto dulu.`,
      `The photo is too large to check: ${atLeast ? 'over ' : ''}${size.en} (limit ${limit.en}). Make it smaller first.`,
    ),
    { bytes },
    'size',
  );
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

// ---------------------------------------------------------------- decoding

/** The file's real type from its first bytes; names and servers' headers lie. */
export function sniffMime(bytes: Uint8Array): string | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(0, 4) === 'GIF8') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
  }
  if (ascii(0, 2) === 'BM') return 'image/bmp';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'image/tiff';
  if (/^\s*(<\?xml|<svg)/i.test(ascii(0, 64))) return 'image/svg+xml';
  return undefined;
}

/** Formats Rapi decodes here. SVG is refused on purpose: it is a drawing that can reference other files. */
const DECODABLE = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/tiff']);

/** Decodes to RGBA pixels (shrunk to `decodeMaxSide`), with the real size, byte count, type and animation. */
export async function decodePhoto(bytes: Buffer, limits: PhotoLimits, src?: string): Promise<DecodedPhoto> {
  const mime = sniffMime(bytes);
  const known = { src, bytes: bytes.byteLength, mime };
  if (!mime) {
    throw new PhotoError(bi('File ini bukan foto yang dikenali (bukan JPG, PNG, WEBP, atau GIF).', 'This file is not a recognised photo (not JPG, PNG, WEBP or GIF).'), known);
  }
  if (mime === 'image/heic') {
    throw new PhotoError(
      bi('Foto HEIC (dari iPhone) tidak bisa dibaca Rapi dan tidak diterima marketplace. Simpan sebagai JPG, lalu coba lagi.', 'HEIC photos (from iPhones) cannot be read by Rapi and are not accepted by marketplaces. Save it as JPG, then try again.'),
      known,
    );
  }
  if (!DECODABLE.has(mime)) {
    throw new PhotoError(bi(`Format ${mime.split('/')[1]!.toUpperCase()} tidak bisa dibaca. Simpan foto sebagai JPG, lalu coba lagi.`, `${mime.split('/')[1]!.toUpperCase()} files cannot be read. Save the photo as JPG, then try again.`), known);
  }

  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw corrupt(known);
  }
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? (meta.pageHeight ?? meta.height);
  const animated = (meta.pages ?? 1) > 1 && (mime === 'image/gif' || mime === 'image/webp');
  const facts = { ...known, width, height, animated };
  if (!width || !height) throw corrupt(known);
  if (width * height > limits.maxPixels) {
    const size = formatPixels(width, height);
    const millions = Math.round((width * height) / 1e6);
    throw new PhotoError(
      bi(
        `Foto terlalu besar untuk diperiksa: ${size.id} (${millions} juta piksel). Perkecil foto, misalnya menjadi 1.200 × 1.200 piksel.`,
        `The photo is too large to check: ${size.en} (${millions} million pixels). Resize it, for example to 1,200 × 1,200 pixels.`,
      ),
      facts,
      'size',
    );
  }
  try {
    // The first frame of an animation; the format check says animations are refused.
    const { data, info } = await sharp(bytes, { limitInputPixels: limits.maxPixels, autoOrient: true, pages: 1 })
      .resize({ width: limits.decodeMaxSide, height: limits.decodeMaxSide, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return {
      ...facts,
      pixels: { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) },
    };
  } catch {
    throw corrupt(facts);
  }
}

function corrupt(known: Omit<DecodedPhoto, 'pixels'>): PhotoError {
  return new PhotoError(
    bi('File foto rusak atau tidak lengkap. Simpan ulang foto dari aslinya, lalu coba lagi.', 'The photo file is damaged or incomplete. Save it again from the original, then try again.'),
    known,
  );
}

// ---------------------------------------------------------------- checking

/** Runs `task` over `items` with at most `limit` running at once, keeping the order of results. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!, i);
    }
  });
  await Promise.all(runners);
  return results;
}

/**
 * Checks a listing's photos. The result has one entry per source, in order, each with its own message when it could
 * not be checked, and all findings for the report (the duplicate check compares photos across the listing).
 */
export async function checkPhotos(srcs: readonly string[], options: CheckPhotosOptions): Promise<CheckPhotosResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const progress = options.onProgress ?? (() => undefined);

  const loaded = await mapLimited(srcs, 3, async (src, index) => {
    progress({ index, src, step: 'load' });
    let stage: PhotoProblemFamily = 'download';
    try {
      const bytes = await loadPhotoBytes(src, limits, options.baseDir);
      stage = 'read';
      return { photo: await decodePhoto(bytes, limits, src) };
    } catch (error) {
      if (error instanceof PhotoError) return { photo: { src, ...error.known }, error: error.text, family: error.family ?? (error.known.bytes === 0 ? 'read' : stage) };
      return {
        photo: { src },
        error: bi('Foto ini tidak bisa diperiksa karena kesalahan yang tidak terduga.', 'This photo could not be checked because of an unexpected error.'),
        family: 'read' as const,
      };
    }
  });

  const decoded: DecodedPhoto[] = loaded.map((l) => l.photo);
  decoded.forEach((photo, index) => photo.pixels && progress({ index, src: srcs[index]!, step: 'check' }));
  const analyses = measurePhotos(decoded);

  const ocr: Array<{ result?: OcrResult; error?: BilingualText }> = decoded.map(() => ({}));
  if (options.ocr && decoded.some((p) => p.pixels)) await readTexts(decoded, srcs, ocr, options, limits);

  const measured: MeasuredPhoto[] = decoded.map((photo, index) => ({
    index,
    photo,
    metrics: analyses[index]!.metrics,
    ocr: ocr[index]!.result ?? null,
  }));
  const findings = runPhotoChecks(options.profile, measured, options.listing);

  const photos = decoded.map((photo, index): PhotoResult => {
    const { pixels, ...facts } = photo;
    progress({ index, src: srcs[index]!, step: 'done' });
    return {
      index,
      src: srcs[index]!,
      checked: Boolean(pixels),
      ...(loaded[index]!.error ? { error: loaded[index]!.error, errorFamily: loaded[index]!.family } : {}),
      photo: facts,
      ...(pixels ? { analysis: analyses[index] } : {}),
      ...(ocr[index]!.result ? { ocr: ocr[index]!.result } : {}),
      ...(ocr[index]!.error ? { ocrError: ocr[index]!.error } : {}),
      findings: findings.filter((f) => f.photoIndex === index),
    };
  });
  return { photos, findings };
}

/**
 * OCR for every decoded photo, one at a time on one worker. If the worker cannot start, every photo says so once
 * instead of each waiting for its own start timeout.
 */
async function readTexts(
  decoded: readonly DecodedPhoto[],
  srcs: readonly string[],
  ocr: Array<{ result?: OcrResult; error?: BilingualText }>,
  options: CheckPhotosOptions,
  limits: PhotoLimits,
): Promise<void> {
  const progress = options.onProgress ?? (() => undefined);
  const unavailable = bi(
    'Rapi tidak bisa menyiapkan pembaca tulisan, jadi tulisan di foto ini tidak diperiksa.',
    'Rapi could not start reading text, so the text on this photo was not checked.',
  );
  let engine = options.ocrEngine;
  try {
    engine ??= await createNodeOcrEngine({ startTimeoutMs: limits.ocrStartTimeoutMs, recognizeTimeoutMs: limits.ocrTimeoutMs });
    await engine.start();
  } catch {
    decoded.forEach((photo, index) => photo.pixels && (ocr[index] = { error: unavailable }));
    if (!options.ocrEngine) await engine?.terminate();
    return;
  }
  try {
    for (const [index, photo] of decoded.entries()) {
      if (!photo.pixels) continue;
      const src = srcs[index]!;
      progress({ index, src, step: 'ocr', progress: 0 });
      try {
        ocr[index] = {
          result: await ocrPhoto(photo.pixels, {
            engine,
            onProgress: (p) => p.status === 'recognizing text' && progress({ index, src, step: 'ocr', progress: p.progress }),
          }),
        };
      } catch (error) {
        const seconds = Math.round(limits.ocrTimeoutMs / 1000);
        ocr[index] = {
          error:
            error instanceof OcrTimeoutError
              ? bi(`Rapi tidak sempat membaca tulisan di foto ini (lebih dari ${seconds} detik).`, `Rapi could not read the text on this photo in time (over ${seconds} seconds).`)
              : bi('Rapi tidak bisa membaca tulisan di foto ini.', 'Rapi could not read the text on this photo.'),
        };
      }
    }
  } finally {
    if (!options.ocrEngine) await engine.terminate();
  }
}

/** `photo_urls` in the CSV: several sources separated by spaces or `|`. */
export function splitPhotoList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[|\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** OCR for the CLI: read one photo's text, and stop the shared worker when done. */
export { ocrPhoto, terminateSharedNodeOcrEngine } from '../shared/photos/ocr/node';
