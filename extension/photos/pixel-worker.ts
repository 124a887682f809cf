/**
 * The pixel worker: decodes photos and measures them off the page's main thread. In Chrome every extension page
 * (side panel, offscreen document) shares one main thread, so decoding and measuring there would make the panel
 * stutter; here it cannot.
 */
import { measurePhoto } from '../../shared/photos/measure';
import { toGrey } from '../../shared/photos/pixels';
import { decodePhoto } from './decode';
import { encodePgm } from './pgm';
import type { PixelRequest, PixelResponse } from './pixel-protocol';
import { PhotoProblem, PROBLEMS } from './problems';

async function bytesOf(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  return new Uint8Array(await response.arrayBuffer());
}

async function handle(request: PixelRequest): Promise<{ response: PixelResponse; transfer: Transferable[] }> {
  const { id, task, url, limits } = request;
  const start = performance.now();
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await bytesOf(url);
  } catch {
    const error = PROBLEMS.unexpected;
    return task === 'measure'
      ? { response: { id, task, reply: { photo: {}, metrics: null, error } }, transfer: [] }
      : { response: { id, task, error }, transfer: [] };
  }
  try {
    const decoded = await decodePhoto(bytes, limits);
    if (task === 'measure') {
      const metrics = measurePhoto(decoded.pixels);
      return { response: { id, task, reply: { photo: decoded.photo, metrics, ms: performance.now() - start } }, transfer: [] };
    }
    const pgm = encodePgm(toGrey(decoded.pixels));
    return {
      response: { id, task, image: { pgm, width: decoded.pixels.width, height: decoded.pixels.height } },
      transfer: [pgm.buffer],
    };
  } catch (error) {
    const problem = error instanceof PhotoProblem ? error : new PhotoProblem(PROBLEMS.unexpected, { bytes: bytes.byteLength });
    return task === 'measure'
      ? { response: { id, task, reply: { photo: problem.known, metrics: null, error: problem.text, ms: performance.now() - start } }, transfer: [] }
      : { response: { id, task, error: problem.text }, transfer: [] };
  }
}

self.onmessage = (event: MessageEvent<PixelRequest>) => {
  void handle(event.data).then(({ response, transfer }) => self.postMessage(response, { transfer }));
};
