import { fromTesseract, type TesseractPage } from './from-tesseract';
import type { OcrResult } from './types';

/** tesseract.js's `createWorker`, passed in so this file runs in the extension and in Node alike. */
export type CreateWorker = (
  langs: string,
  oem: number,
  options: Record<string, unknown>,
) => Promise<{
  recognize(image: unknown, options?: unknown, output?: Record<string, boolean>): Promise<{ data: TesseractPage }>;
  terminate(): Promise<unknown>;
}>;

export interface OcrEngineOptions {
  createWorker: CreateWorker;
  /** "ind+eng": Indonesian first, English for imported packaging. */
  langs?: string;
  /** langPath, cachePath, workerPath, corePath, workerBlobURL, gzip…: where the bundled files are. */
  workerOptions: Record<string, unknown>;
  /** Starting a worker: loading the wasm core and both language files. */
  startTimeoutMs?: number;
  /** Reading one photo. */
  recognizeTimeoutMs?: number;
}

export interface OcrProgress {
  status: string;
  /** 0–1 for the current step. */
  progress: number;
}

/** LSTM only: the engine the bundled `4.0.0_best_int` data is made for. */
const OEM_LSTM_ONLY = 1;

export class OcrTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} took longer than ${ms} ms`);
    this.name = 'OcrTimeoutError';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OcrTimeoutError(what, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Worker = Awaited<ReturnType<CreateWorker>>;

/**
 * One tesseract worker, started on first use and reused; photos are read one at a time in the order asked.
 * Every step has a timeout: a worker whose files cannot load never settles, so a stuck worker is
 * thrown away and the next photo starts a fresh one.
 */
export class OcrEngine {
  private worker: Promise<Worker> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private onProgress: ((p: OcrProgress) => void) | null = null;
  private readonly options: Required<Omit<OcrEngineOptions, 'workerOptions' | 'createWorker'>> & OcrEngineOptions;

  constructor(options: OcrEngineOptions) {
    this.options = {
      ...options,
      langs: options.langs ?? 'ind+eng',
      startTimeoutMs: options.startTimeoutMs ?? 30_000,
      recognizeTimeoutMs: options.recognizeTimeoutMs ?? 30_000,
    };
  }

  /** Starts the worker now (it also starts on the first photo). */
  start(): Promise<void> {
    return this.getWorker().then(() => undefined);
  }

  /**
   * Reads the text on one image (whatever tesseract.js accepts: a Buffer or path in Node, ImageData, a canvas or a
   * Blob in the browser). `width`/`height` are the image's size in pixels, to turn boxes into fractions.
   */
  recognize(image: unknown, size: { width: number; height: number }, onProgress?: (p: OcrProgress) => void): Promise<OcrResult> {
    const job = this.queue.then(() => this.run(image, size, onProgress));
    this.queue = job.catch(() => undefined);
    return job;
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    try {
      await withTimeout(worker.then((w) => w.terminate()), 5_000, 'Stopping OCR');
    } catch {
      // A worker that never started has nothing to stop.
    }
  }

  private async run(image: unknown, size: { width: number; height: number }, onProgress?: (p: OcrProgress) => void): Promise<OcrResult> {
    const worker = await this.getWorker();
    this.onProgress = onProgress ?? null;
    const start = performance.now();
    try {
      const { data } = await withTimeout(
        worker.recognize(image, {}, { text: true, blocks: true }),
        this.options.recognizeTimeoutMs,
        'Reading text on the photo',
      );
      return fromTesseract(data, size.width, size.height, performance.now() - start);
    } catch (error) {
      // A stuck or crashed worker is not reused.
      await this.terminate();
      throw error;
    } finally {
      this.onProgress = null;
    }
  }

  private getWorker(): Promise<Worker> {
    if (!this.worker) {
      const options: Record<string, unknown> = {
        ...this.options.workerOptions,
        // Pass `logger` only when defined: `logger: undefined` floods "_ is not a function".
        logger: (m: { status: string; progress: number }) => this.onProgress?.({ status: m.status, progress: m.progress }),
      };
      const creating = this.options.createWorker(this.options.langs, OEM_LSTM_ONLY, options);
      const starting = withTimeout(creating, this.options.startTimeoutMs, 'Starting OCR');
      this.worker = starting;
      starting.catch(() => {
        if (this.worker === starting) this.worker = null;
        // A worker that turns up after the timeout is stopped, so it does not keep running unseen.
        creating.then((w) => w.terminate()).catch(() => undefined);
      });
    }
    return this.worker;
  }
}
