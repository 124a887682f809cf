import { FIX_LIMITS, fixPhoto, type FixPlatform } from '../../shared/photos/fix/fix-photo';
import { browserFixPlatform } from '../../shared/photos/fix/render-browser';
import { DEFAULT_PHOTO_LIMITS } from '../../shared/photos/limits';
import { measurePhoto } from '../../shared/photos/measure';
import { encodePgm } from '../../shared/photos/pgm';
import { toGrey } from '../../shared/photos/pixels';
import { PhotoProblem, PROBLEMS } from '../../shared/photos/problems';
import { decodePhoto } from '../../shared/photos/decode-browser';
import type { Decoded } from '../../shared/photos/results';
import type { PhotoWorkRequest, PhotoWorkResponse } from './worker-protocol';

export interface PhotoTaskOptions {
  /** The browser's decoder and canvas; Node's in tests. */
  decode?: (bytes: Uint8Array<ArrayBuffer>, limits: typeof DEFAULT_PHOTO_LIMITS) => Promise<Decoded>;
  platform?: FixPlatform;
}

/**
 * What the phone's photo worker does (photo-worker.ts wires it to messages): decode and measure a photo once, handing
 * back the grey copy the text reader takes (so the photo is not decoded twice), or fix it (shared/photos/fix).
 * The page already holds the bytes (a file from the gallery, the camera or a share), so they come in the message.
 */
export function createPhotoTasks(options: PhotoTaskOptions = {}) {
  const decode = options.decode ?? decodePhoto;
  const platform = options.platform ?? browserFixPlatform;
  return async function handle(request: PhotoWorkRequest): Promise<{ response: PhotoWorkResponse; transfer: Transferable[] }> {
    const { id } = request;
    if (request.task === 'fix') {
      try {
        const fixed = await fixPhoto(request.bytes, platform, FIX_LIMITS);
        return { response: { id, task: 'fix', fixed }, transfer: [fixed.jpeg.buffer] };
      } catch (error) {
        return { response: { id, task: 'fix', error: error instanceof PhotoProblem ? error.text : PROBLEMS.unexpected }, transfer: [] };
      }
    }
    const start = performance.now();
    try {
      const decoded = await decode(request.bytes, DEFAULT_PHOTO_LIMITS);
      const metrics = measurePhoto(decoded.pixels);
      const { width, height } = decoded.pixels;
      const grey = { pgm: encodePgm(toGrey(decoded.pixels)), width, height };
      const reply = { photo: decoded.photo, metrics, ms: performance.now() - start };
      return { response: { id, task: 'measure', reply, grey }, transfer: [grey.pgm.buffer] };
    } catch (error) {
      const problem = error instanceof PhotoProblem ? error : new PhotoProblem(PROBLEMS.unexpected, { bytes: request.bytes.byteLength });
      return { response: { id, task: 'measure', reply: { photo: problem.known, metrics: null, error: problem.text } }, transfer: [] };
    }
  };
}
