import type { FixedPhoto } from '../../shared/photos/fix/fix-photo';
import { PROBLEMS } from '../../shared/photos/problems';
import type { BilingualText } from '../../shared/i18n/text';
import type { GreyCopy, PhotoWorkRequest, PhotoWorkResponse } from './worker-protocol';
import type { MeasureReply } from '../../shared/photos/results';

/** Something that runs photo-worker.ts: a real Worker in the browser, a stand-in in tests. */
export interface PhotoWorkerLike {
  postMessage(message: PhotoWorkRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<PhotoWorkResponse>) => void) | null;
  terminate(): void;
}

/** Decoding and measuring one photo; fixing one (an 8000 × 8000 photo takes seconds on a slow phone). */
export const MEASURE_TIMEOUT_MS = 30_000;
export const FIX_TIMEOUT_MS = 90_000;
/** A phone's memory is short: the worker holding decoded photos is stopped this long after its last answer. */
export const PHOTO_WORKER_IDLE_MS = 20_000;

type Pending = { resolve: (response: PhotoWorkResponse | null) => void; timer: ReturnType<typeof setTimeout> };

/**
 * The page's side of the photo worker: one worker, started on the first photo and stopped when idle. A worker that
 * does not answer in time (a decoder stuck on a hostile file) is stopped, and only the photos waiting on it get a
 * message; the next photo starts a new one.
 */
export function createPhotoWorkerClient(spawn: () => PhotoWorkerLike = spawnPhotoWorker, idleMs = PHOTO_WORKER_IDLE_MS) {
  let worker: PhotoWorkerLike | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = () => {
    clearTimeout(idle);
    worker?.terminate();
    worker = null;
    for (const [id, waiting] of pending) {
      clearTimeout(waiting.timer);
      pending.delete(id);
      waiting.resolve(null);
    }
  };

  function ensure(): PhotoWorkerLike {
    if (worker) return worker;
    const started = spawn();
    started.onmessage = (event) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      clearTimeout(waiting.timer);
      pending.delete(event.data.id);
      if (!pending.size) idle = setTimeout(stop, idleMs);
      waiting.resolve(event.data);
    };
    return (worker = started);
  }

  function ask(task: PhotoWorkRequest['task'], bytes: Uint8Array<ArrayBuffer>, timeoutMs: number): Promise<PhotoWorkResponse | null> {
    clearTimeout(idle);
    const current = ensure();
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(null);
        stop();
      }, timeoutMs);
      pending.set(id, { resolve, timer });
      // A copy goes to the worker: the page keeps its bytes for the next step (reading text, fixing).
      const copy = bytes.slice();
      current.postMessage({ id, task, bytes: copy }, [copy.buffer]);
    });
  }

  return {
    async measure(bytes: Uint8Array<ArrayBuffer>): Promise<{ reply: MeasureReply; grey?: GreyCopy }> {
      const response = await ask('measure', bytes, MEASURE_TIMEOUT_MS);
      if (response?.task === 'measure') return { reply: response.reply, ...(response.grey ? { grey: response.grey } : {}) };
      return { reply: { photo: {}, metrics: null, error: PROBLEMS.measureTimedOut(MEASURE_TIMEOUT_MS / 1000) } };
    },
    async fix(bytes: Uint8Array<ArrayBuffer>): Promise<{ fixed: FixedPhoto } | { error: BilingualText }> {
      const response = await ask('fix', bytes, FIX_TIMEOUT_MS);
      if (response?.task === 'fix') return 'fixed' in response ? { fixed: response.fixed } : { error: response.error };
      return { error: PROBLEMS.fixTimedOut(FIX_TIMEOUT_MS / 1000) };
    },
    /** True while a worker is running (for tests). */
    running: () => worker !== null,
    dispose: stop,
  };
}

export type PhotoWorkerClient = ReturnType<typeof createPhotoWorkerClient>;

function spawnPhotoWorker(): PhotoWorkerLike {
  return new Worker(new URL('./photo-worker.ts', import.meta.url), { type: 'module' }) as PhotoWorkerLike;
}
