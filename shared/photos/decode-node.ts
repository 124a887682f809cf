import sharp from 'sharp';
import { admitPhoto, admitPixels, type PhotoLimits } from './limits';
import { PhotoProblem, PROBLEMS } from './problems';
import type { Decoded, PhotoFacts } from './results';
import { NODE_DECODABLE } from './sniff';
import type { PixelImage } from './types';

/**
 * The photo pipeline's decoder in Node (sharp, for `rapi check`, `rapi fix-photo` and the tests). The bytes pass
 * the same gate as in the browser first (limits.ts); sharp then reads the real size (after EXIF rotation, and for
 * formats whose header Rapi does not read itself) before decoding a copy shrunk to `decodeMaxSide`.
 */
export async function decodePhoto(bytes: Uint8Array, limits: PhotoLimits): Promise<Decoded> {
  const photo = await inspectPhoto(bytes, limits);
  return { photo, pixels: await decodeCopy(bytes, photo, limits, limits.decodeMaxSide) };
}

/** What is known about the file before decoding its pixels, with its size as a buyer sees it (after EXIF rotation). */
export async function inspectPhoto(bytes: Uint8Array, limits: PhotoLimits): Promise<PhotoFacts & { width: number; height: number }> {
  const { mime, facts: admitted } = admitPhoto(bytes, limits, NODE_DECODABLE);
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new PhotoProblem(PROBLEMS.corrupt, admitted);
  }
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? (meta.pageHeight ?? meta.height);
  const animated = (meta.pages ?? 1) > 1 && (mime === 'image/gif' || mime === 'image/webp');
  const facts: PhotoFacts = { ...admitted, animated };
  if (!width || !height) throw new PhotoProblem(PROBLEMS.corrupt, facts);
  admitPixels(width, height, limits, facts);
  return { ...facts, width, height };
}

/** An upright RGBA copy at most `maxSide` on the longer side; the first frame of an animation. */
export async function decodeCopy(bytes: Uint8Array, facts: PhotoFacts, limits: PhotoLimits, maxSide: number): Promise<PixelImage> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: limits.maxPixels, autoOrient: true, pages: 1 })
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
  } catch {
    throw new PhotoProblem(PROBLEMS.corrupt, facts);
  }
}
