import type { BilingualText } from '../../shared/i18n/text';
import type { PhotoLimits } from './limits';
import type { OcrImage, PixelRequest, PixelResponse } from './pixel-protocol';
import { PROBLEMS } from '../../shared/photos/problems';
import type { MeasureReply } from '../../shared/photos/results';

/** Something that runs pixel-worker.ts: a real Worker in the browser, a stand-in in tests. */
export interface PixelWorkerLike {
  postMessage(message: PixelRequest): void;
  onmessage: ((event: MessageEvent<PixelResponse>) => void) | null;
  terminate(): void;
}

/**
 * Talks to the pixel worker: one request at a time per photo, each with a time limit. A worker that does not
 * answer in time (a decoder stuck on a hostile file) is stopped and replaced, and only that photo gets a message.
 */
export class PixelClient {
  private worker: PixelWorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { request: PixelRequest; resolve: (r: PixelResponse) => void; timer: ReturnType<typeof setTimeout> }
  >();

  constructor(
    private readonly spawn: () => PixelWorkerLike,
    private readonly limits: PhotoLimits,
  ) {}

  async measure(url: string): Promise<MeasureReply> {
    const response = await this.ask('measure', url);
    if ('reply' in response) return response.reply;
    return { photo: {}, metrics: null, error: 'error' in response ? response.error : PROBLEMS.unexpected };
  }

  async ocrImage(url: string): Promise<{ image: OcrImage } | { error: BilingualText }> {
    const response = await this.ask('ocr-image', url);
    if ('image' in response) return { image: response.image };
    return { error: 'error' in response ? response.error : PROBLEMS.unexpected };
  }

  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private ask(task: PixelRequest['task'], url: string): Promise<PixelResponse> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const seconds = Math.round(this.limits.measureTimeoutMs / 1000);
    return new Promise<PixelResponse>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.restart();
        const error = PROBLEMS.measureTimedOut(seconds);
        resolve(task === 'measure' ? { id, task, reply: { photo: {}, metrics: null, error } } : { id, task, error });
      }, this.limits.measureTimeoutMs);
      const request: PixelRequest = { id, task, url, limits: this.limits };
      this.pending.set(id, { request, resolve, timer });
      worker.postMessage(request);
    });
  }

  private ensureWorker(): PixelWorkerLike {
    if (!this.worker) {
      const worker = this.spawn();
      worker.onmessage = (event) => {
        const waiting = this.pending.get(event.data.id);
        if (!waiting) return;
        clearTimeout(waiting.timer);
        this.pending.delete(event.data.id);
        waiting.resolve(event.data);
      };
      this.worker = worker;
    }
    return this.worker;
  }

  /** Replaces a stuck worker; the other photos that were waiting on it are sent to the new one (their clocks run on). */
  private restart(): void {
    this.terminate();
    if (!this.pending.size) return;
    const worker = this.ensureWorker();
    for (const waiting of this.pending.values()) worker.postMessage(waiting.request);
  }
}
