import sharp from 'sharp';
import { decodeCopy, decodePhoto, inspectPhoto } from '../decode-node';
import type { FixCanvas, FixPlatform } from './fix-photo';
import type { FixPlan } from './plan';

/**
 * The photo fixer's drawing in Node (`rapi fix-photo`), with sharp: the photo is read upright (EXIF rotation
 * applied), the kept part cut out and scaled once, set on a white square, and encoded as JPEG from those pixels.
 * sharp writes no metadata unless asked, so nothing of the original file's EXIF survives.
 */
export const nodeFixPlatform: FixPlatform = {
  async open(bytes, limits, analysisSide) {
    const facts = await inspectPhoto(bytes, limits);
    return {
      facts,
      source: { width: facts.width, height: facts.height },
      analysis: await decodeCopy(bytes, facts, limits, analysisSide),
      draw: (plan) => draw(bytes, plan, limits.maxPixels),
      close: () => undefined,
    };
  },
  decode: decodePhoto,
};

/** The kept part cut out and scaled once, set on the white square: the pixels every quality is encoded from. */
async function draw(bytes: Uint8Array, plan: FixPlan, maxPixels: number): Promise<FixCanvas> {
  const { crop, place, side } = plan;
  const pixels = await sharp(bytes, { limitInputPixels: maxPixels, autoOrient: true, pages: 1 })
    .extract({ left: crop.x, top: crop.y, width: crop.width, height: crop.height })
    .resize({ width: place.width, height: place.height, fit: 'fill', kernel: 'lanczos3' })
    .flatten({ background: '#ffffff' })
    .extend({
      top: place.y,
      left: place.x,
      bottom: side - place.y - place.height,
      right: side - place.x - place.width,
      background: '#ffffff',
    })
    .removeAlpha()
    .raw()
    .toBuffer();
  return {
    encode: async (quality) => {
      const jpeg = await sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
        .jpeg({ quality: Math.round(quality * 100), chromaSubsampling: '4:2:0' })
        .toBuffer();
      return new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength) as Uint8Array<ArrayBuffer>;
    },
    dispose: () => undefined,
  };
}
