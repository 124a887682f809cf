import sharp from 'sharp';
import { admitPhoto, admitPixels, type PhotoLimits } from './limits';
import { PhotoProblem, PROBLEMS } from './problems';
import type { Decoded, PhotoFacts } from './results';
import { NODE_DECODABLE } from './sniff';

/**
 * The photo pipeline's decoder in Node (sharp, for `rapi check` and the tests). The bytes pass the same gate as in
 * the browser first (limits.ts); sharp then reads the real size (after EXIF rotation, and for formats whose header
 * Rapi does not read itself) before decoding a copy shrunk to `decodeMaxSide`.
 */
export async function decodePhoto(bytes: Uint8Array, limits: PhotoLimits): Promise<Decoded> {
  const { mime, facts: admitted } = admitPhoto(bytes, limits, NODE_DECODABLE);
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new PhotoProblem(PROBLEMS.corrupt, admitted);
  }
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? (meta.pageHeight ?? meta.height);
  const animated = (meta.pages ?? 1) > 1 && (mime === 'image/gif' || mime === 'image/webp');
  const facts: PhotoFacts = { ...admitted, animated };
  if (!width || !height) throw new PhotoProblem(PROBLEMS.corrupt, facts);
  admitPixels(width, height, limits, facts);
  try {
    // The first frame of an animation; the format check says animations are refused.
    const { data, info } = await sharp(input, { limitInputPixels: limits.maxPixels, autoOrient: true, pages: 1 })
      .resize({ width: limits.decodeMaxSide, height: limits.decodeMaxSide, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return {
      photo: { ...facts, width, height },
      pixels: { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) },
    };
  } catch {
    throw new PhotoProblem(PROBLEMS.corrupt, { ...facts, width, height });
  }
}
