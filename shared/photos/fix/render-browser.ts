import { decodeBitmap, decodePhoto, realSize, toPixels } from '../decode-browser';
import { admitPhoto, admitPixels } from '../limits';
import { PhotoProblem, PROBLEMS } from '../problems';
import { BROWSER_DECODABLE } from '../sniff';
import type { FixCanvas, FixPlatform } from './fix-photo';
import { MAX_SIDE, type FixPlan } from './plan';

/**
 * Decoded copies are at most this big: twice the largest result, so a product filling half of a huge photo still
 * has all the pixels its square needs, while an 8000 × 8000 photo takes a quarter of the memory.
 */
const WORK_SIDE = 2 * MAX_SIDE;

/**
 * The photo fixer's drawing in the browser, for an extension worker: createImageBitmap decodes the photo upright
 * (EXIF rotation applied) and shrunk while decoding, an OffscreenCanvas draws the plan, and convertToBlob encodes
 * the JPEG from those pixels, so no metadata of the original file is carried over.
 */
export const browserFixPlatform: FixPlatform = {
  async open(bytes, limits, analysisSide) {
    const { mime, header, facts } = admitPhoto(bytes, limits, BROWSER_DECODABLE);
    let bitmap: ImageBitmap;
    try {
      bitmap = await decodeBitmap(bytes, mime, header, WORK_SIDE);
    } catch {
      throw new PhotoProblem(PROBLEMS.corrupt, facts);
    }
    try {
      const source = realSize(header, bitmap);
      admitPixels(source.width, source.height, limits, facts);
      return {
        facts: { ...facts, ...source },
        source,
        analysis: toPixels(bitmap, analysisSide),
        draw: async (plan) => draw(bitmap, plan),
        close: () => bitmap.close(),
      };
    } catch (error) {
      bitmap.close();
      throw error;
    }
  },
  decode: decodePhoto,
};

function draw(bitmap: ImageBitmap, plan: FixPlan): FixCanvas {
  const { crop, place, side, source } = plan;
  // The bitmap may be a shrunk copy of the source.
  const k = bitmap.width / source.width;
  const canvas = new OffscreenCanvas(side, side);
  const context = canvas.getContext('2d', { alpha: false });
  if (!context) throw new PhotoProblem(PROBLEMS.unexpected);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, side, side);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, crop.x * k, crop.y * k, crop.width * k, crop.height * k, place.x, place.y, place.width, place.height);
  return {
    async encode(quality) {
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      return new Uint8Array(await blob.arrayBuffer());
    },
    dispose() {
      // Gives the canvas's memory back now rather than at the next collection.
      canvas.width = 1;
      canvas.height = 1;
    },
  };
}
