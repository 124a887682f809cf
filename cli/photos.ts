/**
 * Photos for the CLI (`rapi check`): the shared photo pipeline (shared/photos/pipeline.ts) with Node's steps: bytes
 * from a local path inside the listing's folder or a public http(s) address (photo-sources.ts), sharp to decode,
 * and tesseract.js in Node to read the text with `ocr: true`. Every photo gets its own result; a bad photo (404, too
 * big, corrupt, animated, a format nobody decodes) gets a clear bilingual message and the others are still checked.
 * Every wait has a limit, so nothing hangs.
 */
import type { ProfileId } from '../shared/checks/types';
import type { BilingualText } from '../shared/i18n/text';
import type { Listing } from '../shared/listing/schema';
import { decodePhoto } from '../shared/photos/decode-node';
import { DEFAULT_PHOTO_LIMITS, type PhotoLimits } from '../shared/photos/limits';
import { measurePhoto } from '../shared/photos/measure';
import { OcrTimeoutError, type OcrEngine } from '../shared/photos/ocr/engine';
import { createNodeOcrEngine, ocrPhoto } from '../shared/photos/ocr/node';
import type { OcrResult } from '../shared/photos/ocr/types';
import { photoFindings, runPhotoPipeline, type LoadedPhoto, type PhotoStage, type PhotoSteps, type PhotoUpdate } from '../shared/photos/pipeline';
import { PhotoProblem, PROBLEMS } from '../shared/photos/problems';
import type { CachedPhoto, PhotoFacts } from '../shared/photos/results';
import type { PhotoAnalysis, PhotoFinding, PixelImage } from '../shared/photos/types';
import type { PhotoProblemFamily } from '../shared/photos/problem-groups';
import type { NetworkOptions } from './photo-network';
import { loadPhotoBytes } from './photo-sources';

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
  /** Folders besides `baseDir` whose photos may be read (`--allow-local-photos DIR`). */
  allowLocalPhotos?: readonly string[];
  /** Name resolution and test-only exceptions for the download step (photo-network.ts). */
  network?: NetworkOptions;
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
  photo: PhotoFacts & { src?: string };
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

/** The progress line's steps for the pipeline's stages. */
const STEPS: Partial<Record<PhotoStage, 'load' | 'check' | 'ocr' | 'done'>> = {
  loading: 'load',
  measuring: 'check',
  reading: 'ocr',
  done: 'done',
  failed: 'done',
};

/** A photo read by the CLI; its decoded pixels are kept until its text is read, then let go. */
interface NodePhoto extends LoadedPhoto {
  pixels?: PixelImage;
}

/**
 * Checks a listing's photos. The result has one entry per source, in order, each with its own message when it could
 * not be checked, and all findings for the report (the duplicate check compares photos across the listing).
 */
export async function checkPhotos(srcs: readonly string[], options: CheckPhotosOptions): Promise<CheckPhotosResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const progress = options.onProgress ?? (() => undefined);
  const states: PhotoUpdate[] = srcs.map(() => ({}));
  const ocr = options.ocr ? nodeTextReader(options, limits) : undefined;

  const steps: PhotoSteps<string, NodePhoto> = {
    // Photos named in a trainer's file are the seller's own files: their format and size are judged too.
    load: async (src) => ({ bytes: await loadPhotoBytes(src, limits, options), sellerFile: true }),
    async measure(photo) {
      const start = performance.now();
      try {
        const decoded = await decodePhoto(photo.bytes, limits);
        if (ocr) photo.pixels = decoded.pixels;
        return { photo: decoded.photo, metrics: measurePhoto(decoded.pixels), ms: performance.now() - start };
      } catch (error) {
        const problem = error instanceof PhotoProblem ? error : new PhotoProblem(PROBLEMS.unexpected, { bytes: photo.bytes.byteLength });
        return { photo: problem.known, metrics: null, error: problem.text };
      }
    },
    ...(ocr ? { readText: (photo: NodePhoto, onProgress: (p: number) => void) => ocr.read(photo.pixels!, onProgress) } : {}),
    release: (photo) => void delete photo.pixels,
  };

  try {
    await runPhotoPipeline(srcs, steps, {
      onUpdate(index, update) {
        Object.assign(states[index]!, update);
        const step = update.stage ? STEPS[update.stage] : undefined;
        if (step) progress({ index, src: srcs[index]!, step, ...(update.progress !== undefined ? { progress: update.progress } : {}) });
      },
    });
  } finally {
    await ocr?.close();
  }

  const findings = photoFindings(
    options.profile,
    states.map((state, index) => ({ index, src: srcs[index]!, sellerFile: true, result: state.result })),
    options.listing,
  );
  const photos = states.map((state, index) => resultOf(index, srcs[index]!, state, findings));
  return { photos, findings };
}

function resultOf(index: number, src: string, state: PhotoUpdate, findings: PhotoFinding[]): PhotoResult {
  const result: CachedPhoto | undefined = state.result;
  const metrics = result?.metrics ?? null;
  const facts = result?.photo ?? {};
  return {
    index,
    src,
    checked: Boolean(metrics),
    ...(state.problem ? { error: state.problem, errorFamily: state.problemFamily ?? 'read' } : {}),
    photo: { src, ...facts },
    ...(metrics ? { analysis: { index, src, ...facts, metrics, ms: result?.ms ?? 0 } } : {}),
    ...(result?.ocr ? { ocr: result.ocr } : {}),
    ...(state.ocrProblem ? { ocrError: state.ocrProblem } : {}),
    findings: findings.filter((f) => f.photoIndex === index),
  };
}

/**
 * The read-text step in Node: one OCR worker for the listing (or the one passed in). If it cannot start, every photo
 * says so at once instead of each waiting for its own start timeout.
 */
function nodeTextReader(options: CheckPhotosOptions, limits: PhotoLimits) {
  let ready: Promise<OcrEngine | undefined> | undefined;
  const start = async () => {
    let engine = options.ocrEngine;
    try {
      engine ??= await createNodeOcrEngine({ startTimeoutMs: limits.ocrStartTimeoutMs, recognizeTimeoutMs: limits.ocrTimeoutMs });
      await engine.start();
      return engine;
    } catch {
      if (!options.ocrEngine) await engine?.terminate();
      return undefined;
    }
  };
  return {
    async read(pixels: PixelImage, onProgress: (p: number) => void) {
      const engine = await (ready ??= start());
      if (!engine) return { error: PROBLEMS.ocrUnavailable };
      try {
        const result = await ocrPhoto(pixels, { engine, onProgress: (p) => p.status === 'recognizing text' && onProgress(p.progress) });
        return { ocr: result };
      } catch (error) {
        return { error: error instanceof OcrTimeoutError ? PROBLEMS.ocrTimedOut(Math.round(limits.ocrTimeoutMs / 1000)) : PROBLEMS.ocrFailed };
      }
    },
    async close() {
      if (options.ocrEngine || !ready) return;
      await (await ready)?.terminate();
    },
  };
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
