import { browser } from 'wxt/browser';
import { OcrEngine, OcrTimeoutError, type CreateWorker } from '../../shared/photos/ocr/engine';
import { PHOTO_LIMITS, type PhotoLimits } from './limits';
import { PixelClient, type PixelWorkerLike } from './pixel-client';
import { PROBLEMS } from '../../shared/photos/problems';
import type { MeasureReply, ReadTextReply } from '../../shared/photos/results';

/**
 * The photo checker that runs in an extension page: the offscreen document in Chrome, the sidebar itself in Firefox
 * (which has no offscreen API). Decoding and measuring happen in the pixel worker, reading text in tesseract.js's
 * worker, so this page's main thread only passes messages. One OCR worker is started on first use and reused, and
 * photos wait their turn in its queue.
 */
export interface PhotoAnalyzer {
  measure(url: string): Promise<MeasureReply>;
  readText(url: string, onProgress?: (progress: number) => void): Promise<ReadTextReply>;
  dispose(): Promise<void>;
}

/** Where the WXT module (extension/modules/tesseract-assets.ts) puts tesseract.js's files in the build. */
export function bundledOcrPaths(): Record<string, unknown> {
  // getURL is typed with the build's file list (prepare:publicPaths), so folders are taken from a file in them.
  return {
    workerPath: browser.runtime.getURL('/tesseract/worker.min.js'),
    // A folder: tesseract.js picks the fastest LSTM core the browser supports (relaxed SIMD, SIMD, plain).
    corePath: browser.runtime.getURL('/tesseract/core/tesseract-core-relaxedsimd-lstm.wasm.js').replace(/\/[^/]+$/, ''),
    langPath: browser.runtime.getURL('/tesseract/lang/ind.traineddata.gz').replace(/\/[^/]+$/, ''),
    gzip: true,
    // A blob: worker would need `blob:` in worker-src, which MV3 refuses; load the bundled file itself.
    workerBlobURL: false,
    // The language files are inside the extension already; a second copy in IndexedDB would only take space.
    cacheMethod: 'none',
  };
}

/** An OCR worker idle this long is stopped to give its memory back; the next photo starts a new one (about 0.5 s). */
const OCR_IDLE_MS = 3 * 60_000;
/** After a failed start, OCR is tried again only after this long (the next listing, not the next photo). */
const RETRY_START_AFTER_MS = 60_000;

export interface AnalyzerOptions {
  limits?: PhotoLimits;
  spawnPixelWorker?: () => PixelWorkerLike;
  createWorker?: () => Promise<CreateWorker>;
  workerOptions?: Record<string, unknown>;
}

export function createPhotoAnalyzer(options: AnalyzerOptions = {}): PhotoAnalyzer {
  const limits = options.limits ?? PHOTO_LIMITS;
  const pixels = new PixelClient(
    options.spawnPixelWorker ?? (() => new Worker(new URL('./pixel-worker.ts', import.meta.url), { type: 'module' }) as PixelWorkerLike),
    limits,
  );
  const loadCreateWorker =
    options.createWorker ?? (async () => ((await import('tesseract.js')) as unknown as { createWorker: CreateWorker }).createWorker);
  let engine: Promise<OcrEngine> | null = null;
  /** When starting OCR last failed: the photos queued behind it are told at once instead of each waiting again. */
  let startFailedAt = -Infinity;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let busy = 0;

  const ocrEngine = () =>
    (engine ??= loadCreateWorker().then(
      (createWorker) =>
        new OcrEngine({
          createWorker,
          langs: 'ind+eng',
          workerOptions: options.workerOptions ?? bundledOcrPaths(),
          startTimeoutMs: limits.ocrStartTimeoutMs,
          recognizeTimeoutMs: limits.ocrTimeoutMs,
        }),
    ));

  const stopWhenIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (busy === 0) void engine?.then((e) => e.terminate());
    }, OCR_IDLE_MS);
  };

  return {
    measure: (url) => pixels.measure(url),
    async readText(url, onProgress) {
      busy++;
      clearTimeout(idle);
      try {
        const prepared = await pixels.ocrImage(url);
        if ('error' in prepared) return { error: prepared.error };
        const { pgm, width, height } = prepared.image;
        if (performance.now() - startFailedAt < RETRY_START_AFTER_MS) return { error: PROBLEMS.ocrUnavailable };
        let ocr: OcrEngine;
        try {
          ocr = await ocrEngine();
          await ocr.start();
        } catch {
          engine = null;
          startFailedAt = performance.now();
          return { error: PROBLEMS.ocrUnavailable };
        }
        try {
          const result = await ocr.recognize(pgm, { width, height }, (p) => {
            if (p.status === 'recognizing text') onProgress?.(p.progress);
          });
          return { ocr: result };
        } catch (error) {
          return { error: error instanceof OcrTimeoutError ? PROBLEMS.ocrTimedOut(Math.round(limits.ocrTimeoutMs / 1000)) : PROBLEMS.ocrFailed };
        }
      } finally {
        busy--;
        stopWhenIdle();
      }
    },
    async dispose() {
      clearTimeout(idle);
      pixels.terminate();
      await (await engine)?.terminate();
    },
  };
}
