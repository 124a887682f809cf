import { decodePhoto } from '../../shared/photos/decode-browser';
import { measurePhoto } from '../../shared/photos/measure';
import { toGrey } from '../../shared/photos/pixels';
import { PhotoProblem, PROBLEMS } from '../../shared/photos/problems';
import type { Decoded } from '../../shared/photos/results';
import { MAX_PHOTOS, PHOTO_LIMITS, type PhotoLimits } from './limits';
import { readOwnBlob } from './own-blob';
import { encodePgm } from '../../shared/photos/pgm';
import type { OcrImage, PixelRequest, PixelResponse } from './pixel-protocol';

export interface PixelTaskOptions {
  /** The extension's own origin: only blob: addresses made by its pages are opened. */
  origin: string;
  fetch?: typeof fetch;
  /** The browser's decoder; Node's in tests. */
  decode?: (bytes: Uint8Array<ArrayBuffer>, limits: PhotoLimits) => Promise<Decoded>;
}

export interface PixelAnswer {
  response: PixelResponse;
  transfer: Transferable[];
}

/**
 * What the pixel worker does (pixel-worker.ts only wires it to messages): the decode and measure steps of the photo
 * pipeline. A photo is fetched and decoded once: measuring keeps the grey copy Tesseract reads, and the request to
 * read its text takes that copy instead of decoding the bytes again. Only the extension's own blob: addresses are
 * opened, never more than the byte limit of them (own-blob.ts).
 */
export function createPixelTasks(options: PixelTaskOptions) {
  const decode = options.decode ?? decodePhoto;
  /** Grey copies waiting for their text to be read, oldest first; at most one listing's worth. */
  const kept = new Map<string, OcrImage>();

  // The request names its limits; the worker never reads more than its own.
  const bytesOf = (url: string, limits: PhotoLimits) =>
    readOwnBlob(url, options.origin, { ...limits, maxBytes: Math.min(limits.maxBytes, PHOTO_LIMITS.maxBytes) }, options.fetch);

  function keep(url: string, image: OcrImage): void {
    kept.set(url, image);
    while (kept.size > MAX_PHOTOS) kept.delete(kept.keys().next().value!);
  }

  function greyCopy(decoded: Decoded): OcrImage {
    return { pgm: encodePgm(toGrey(decoded.pixels)), width: decoded.pixels.width, height: decoded.pixels.height };
  }

  async function handle(request: PixelRequest): Promise<PixelAnswer> {
    const { id, task, url, limits } = request;
    const start = performance.now();
    if (task === 'ocr-image' && kept.has(url)) {
      const image = kept.get(url)!;
      kept.delete(url);
      return { response: { id, task, image }, transfer: [image.pgm.buffer] };
    }
    let bytes: Uint8Array<ArrayBuffer> | undefined;
    try {
      bytes = await bytesOf(url, limits);
      const decoded = await decode(bytes, limits);
      if (task === 'measure') {
        const metrics = measurePhoto(decoded.pixels);
        keep(url, greyCopy(decoded));
        return { response: { id, task, reply: { photo: decoded.photo, metrics, ms: performance.now() - start } }, transfer: [] };
      }
      const image = greyCopy(decoded);
      return { response: { id, task, image }, transfer: [image.pgm.buffer] };
    } catch (error) {
      const problem =
        error instanceof PhotoProblem ? error : new PhotoProblem(PROBLEMS.unexpected, bytes ? { bytes: bytes.byteLength } : {});
      return task === 'measure'
        ? { response: { id, task, reply: { photo: problem.known, metrics: null, error: problem.text, ms: performance.now() - start } }, transfer: [] }
        : { response: { id, task, error: problem.text }, transfer: [] };
    }
  }

  return { handle, kept: () => kept.size };
}
