import { handleMessages, sendToBackground, sendToOffscreen } from '../messaging/service';
import { PROBLEMS } from '../../shared/photos/problems';
import { MeasureReply, ReadTextReply } from '../../shared/photos/results';
import type { PhotoService } from './service';

/**
 * The panel's side of the photo checker in Chrome: asks the background to start the offscreen document once, then
 * sends it one message per photo. Progress of reading text arrives as photo:progress messages, matched by ticket.
 * Replies are checked against the schemas in results.ts; anything else becomes a message for that photo.
 */
export function createOffscreenPhotoService(): PhotoService {
  let ready: Promise<void> | null = null;
  const ensure = () =>
    (ready ??= sendToBackground('photos:offscreen', {}).then(({ ready: up }) => {
      if (!up) throw new Error('no offscreen document');
    })).catch((error: unknown) => {
      ready = null;
      throw error;
    });

  const listeners = new Map<string, (progress: number) => void>();
  handleMessages('panel', {
    'photo:progress': ({ ticket, progress }) => {
      listeners.get(ticket)?.(progress);
      return {};
    },
  });

  /** One retry: the browser may have closed the offscreen document since it was started. */
  async function ask<T>(send: () => Promise<unknown>): Promise<T | undefined> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await ensure();
        return (await send()) as T;
      } catch {
        ready = null;
      }
    }
    return undefined;
  }

  return {
    async measure(url) {
      const raw = await ask(() => sendToOffscreen('photo:measure', { url }));
      const reply = MeasureReply.safeParse(raw);
      return reply.success ? reply.data : { photo: {}, metrics: null, error: PROBLEMS.checkerUnavailable };
    },
    async readText(url, onProgress) {
      const ticket = crypto.randomUUID();
      if (onProgress) listeners.set(ticket, onProgress);
      try {
        const raw = await ask(() => sendToOffscreen('photo:read-text', { url, ticket }));
        const reply = ReadTextReply.safeParse(raw);
        return reply.success ? reply.data : { error: PROBLEMS.checkerUnavailable };
      } finally {
        listeners.delete(ticket);
      }
    },
  };
}
