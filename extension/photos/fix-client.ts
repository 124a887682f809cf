import type { BilingualText } from '../../shared/i18n/text';
import type { FixedPhoto } from '../../shared/photos/fix/fix-photo';
import { PROBLEMS } from '../../shared/photos/problems';
import type { FixRequest, FixResponse } from './fix-protocol';

/** Something that runs fix-worker.ts: a real Worker in the browser, a stand-in in tests. */
export interface FixWorkerLike {
  postMessage(message: FixRequest): void;
  onmessage: ((event: MessageEvent<FixResponse>) => void) | null;
  terminate(): void;
}

/** An 8000 × 8000 photo takes a few seconds on a slow laptop; this is many times that. */
export const FIX_TIMEOUT_MS = 60_000;
/** The worker holds a decoded photo's memory while it works; once idle this long it is stopped. */
const IDLE_MS = 30_000;

/**
 * The panel's side of the photo fixer: one worker, started on the first fix and stopped when idle, one photo at a
 * time. A worker that does not answer in time is stopped, and that photo gets a message.
 */
export function createFixClient(spawn: () => FixWorkerLike = spawnFixWorker, timeoutMs = FIX_TIMEOUT_MS) {
  let worker: FixWorkerLike | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = () => {
    worker?.terminate();
    worker = null;
  };

  function once(url: string): Promise<{ fixed: FixedPhoto } | { error: BilingualText }> {
    clearTimeout(idle);
    const current = (worker ??= spawn());
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        stop();
        resolve({ error: PROBLEMS.fixTimedOut(Math.round(timeoutMs / 1000)) });
      }, timeoutMs);
      current.onmessage = (event) => {
        if (event.data.id !== id) return;
        clearTimeout(timer);
        idle = setTimeout(stop, IDLE_MS);
        resolve('fixed' in event.data ? { fixed: event.data.fixed } : { error: event.data.error });
      };
      current.postMessage({ id, url });
    });
  }

  return {
    /** Fixes the photo behind one of the panel's own blob: addresses. */
    fix(url: string) {
      const turn = queue.then(() => once(url));
      queue = turn.catch(() => undefined);
      return turn;
    },
    dispose() {
      clearTimeout(idle);
      stop();
    },
  };
}

export type FixClient = ReturnType<typeof createFixClient>;

function spawnFixWorker(): FixWorkerLike {
  return new Worker(new URL('./fix-worker.ts', import.meta.url), { type: 'module' }) as FixWorkerLike;
}
