import { tooManyBytes, type PhotoLimits } from './limits';
import { PhotoProblem, PROBLEMS } from './problems';
import type { BilingualText } from '../i18n/text';

export interface DownloadOptions {
  /** The caller's own abort (a new listing replaced this one): passed on as is, never called a timeout. */
  signal?: AbortSignal;
  /** The side panel's fetch; in `rapi check` one that refuses local and private addresses (cli/photo-network.ts). */
  fetch?: typeof fetch;
  /** Extra request settings, e.g. no cookies and no referrer in the extension. */
  init?: RequestInit;
  /** The message when the server cannot be reached at all; it says what to try where the seller is. */
  unreachable?: (url: string) => BilingualText;
}

/**
 * Reads one photo from a web address (or a data: address) within the limits, in the extension and in `rapi check`:
 * one timeout for headers and body together, a declared size over the limit refused before reading, and a running
 * byte count that stops a server sending more than it declared. Every failure is a PhotoProblem for the seller.
 */
export async function downloadPhoto(url: string, limits: PhotoLimits, options: DownloadOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const timeout = AbortSignal.timeout(limits.fetchTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const seconds = Math.round(limits.fetchTimeoutMs / 1000);
  const fail = (error: unknown, otherwise: PhotoProblem): never => {
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    if (error instanceof PhotoProblem) throw error;
    if (timeout.aborted) throw new PhotoProblem(PROBLEMS.timedOut(seconds, url));
    throw otherwise;
  };
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { ...options.init, signal });
  } catch (error) {
    return fail(error, new PhotoProblem((options.unreachable ?? PROBLEMS.unreachable)(url)));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const status = response.status;
    throw new PhotoProblem(status === 404 || status === 410 ? PROBLEMS.notFound(status, url) : PROBLEMS.refused(status, url));
  }
  try {
    return await readPhotoBody(response, limits, signal);
  } catch (error) {
    return fail(error, new PhotoProblem(PROBLEMS.brokenOff(url)));
  }
}

const BREAK_EVERY = 1024 * 1024;

/**
 * A response's body, counted as it arrives and cancelled past `limits.maxBytes`; the abort `signal` cancels a body
 * that stalls, whatever the fetch implementation does. Throws a PhotoProblem when too large or empty, and the
 * signal's reason when it was cut off.
 */
export async function readPhotoBody(response: Response, limits: PhotoLimits, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooManyBytes(declared, limits);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  const stop = () => void reader?.cancel().catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  let sinceBreak = 0;
  try {
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      // Chunks that are already there resolve without ever leaving the microtask queue: a 25 MB body read in one
      // go would hold the page's main thread for seconds. A break every megabyte lets it draw and answer.
      sinceBreak += value.byteLength;
      if (sinceBreak >= BREAK_EVERY) {
        sinceBreak = 0;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (total > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooManyBytes(total, limits, true);
      }
      chunks.push(value);
    }
    // A cancelled read ends like a finished one: only the signal tells a cut-off body from a whole one.
    if (signal?.aborted) throw signal.reason;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  if (total === 0) throw new PhotoProblem(PROBLEMS.empty, { bytes: 0 });
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
