import { OcrEngine, type CreateWorker, type OcrProgress } from '../../shared/photos/ocr/engine';
import type { OcrResult } from '../../shared/photos/ocr/types';
import { OCR_FILES, type CoreVariant, type OcrFileSet } from './files';

/** A phone frees the OCR worker's memory (tens of MB) this long after the last photo was read. */
export const OCR_IDLE_MS = 20_000;

export interface PhoneOcr {
  recognize(image: unknown, size: { width: number; height: number }, onProgress?: (p: OcrProgress) => void): Promise<OcrResult>;
  /** Stops the worker now (it starts again on the next photo). */
  terminate(): Promise<void>;
  /** True while a worker is running (for tests and the bench). */
  running(): boolean;
}

/** tesseract.js's options for the files downloaded into the OCR cache (served from there by the service worker). */
export function workerOptions(base: string, variant: CoreVariant, set: OcrFileSet = OCR_FILES): Record<string, unknown> {
  const abs = (path: string) => new URL(path, base).href;
  const core = set.cores[variant].find((f) => f.path.endsWith('.js'))!;
  const lang = set.langs[0]!.path;
  return {
    workerPath: abs(set.worker.path),
    // The loader of this phone's core; it finds its wasm beside the worker script.
    corePath: abs(core.path),
    langPath: abs(lang.slice(0, lang.lastIndexOf('/'))),
    gzip: true,
    // The language data is in the OCR cache already: tesseract.js must not keep a second copy in IndexedDB.
    cacheMethod: 'none',
    workerBlobURL: false,
  };
}

/**
 * One OCR worker for the whole page, started on the first photo and terminated when idle: phones run out of memory
 * with tesseract. Photos are read one at a time (OcrEngine's queue).
 */
export function createPhoneOcr(options: {
  base: string;
  variant: CoreVariant;
  createWorker?: CreateWorker;
  idleMs?: number;
}): PhoneOcr {
  const createWorker: CreateWorker =
    options.createWorker ?? (async (...args) => ((await import('tesseract.js')) as unknown as { createWorker: CreateWorker }).createWorker(...args));
  const engine = new OcrEngine({ createWorker, workerOptions: workerOptions(options.base, options.variant) });
  const idleMs = options.idleMs ?? OCR_IDLE_MS;
  let busy = 0;
  let started = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const stop = async () => {
    clearTimeout(idleTimer);
    started = false;
    await engine.terminate();
  };
  return {
    async recognize(image, size, onProgress) {
      clearTimeout(idleTimer);
      busy++;
      started = true;
      try {
        return await engine.recognize(image, size, onProgress);
      } finally {
        busy--;
        if (busy === 0) idleTimer = setTimeout(() => void stop(), idleMs);
      }
    },
    terminate: stop,
    running: () => started,
  };
}
