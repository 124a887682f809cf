import { admitPhoto, admitPixels, type PhotoLimits } from './limits';
import { PhotoProblem, PROBLEMS } from './problems';
import type { Decoded } from './results';
import { BROWSER_DECODABLE } from './sniff';
import type { PixelImage } from './types';

/**
 * The photo pipeline's decoder in the browser (createImageBitmap + OffscreenCanvas), run in an extension worker,
 * never on the marketplace's page. The bytes pass the same gate as in Node first (limits.ts: type, header size),
 * and the decoder shrinks big photos while decoding, so memory stays small.
 */
export async function decodePhoto(bytes: Uint8Array<ArrayBuffer>, limits: PhotoLimits): Promise<Decoded> {
  const { mime, header, facts } = admitPhoto(bytes, limits, BROWSER_DECODABLE);
  let bitmap: ImageBitmap;
  try {
    bitmap = await decodeBitmap(bytes, mime, header, limits.decodeMaxSide);
  } catch {
    throw new PhotoProblem(PROBLEMS.corrupt, facts);
  }
  try {
    const real = realSize(header, bitmap);
    admitPixels(real.width, real.height, limits, facts);
    return { photo: { ...facts, ...real }, pixels: toPixels(bitmap, limits.decodeMaxSide) };
  } finally {
    bitmap.close();
  }
}

/**
 * Decodes, shrinking while decoding to at most `maxSide` on the longer side: only that side is given, so the
 * browser keeps the shape (after EXIF rotation).
 */
export function decodeBitmap(
  bytes: Uint8Array<ArrayBuffer>,
  mime: string,
  header: { width?: number; height?: number },
  maxSide: number,
): Promise<ImageBitmap> {
  const scale = header.width && header.height ? maxSide / Math.max(header.width, header.height) : 1;
  const resize: ImageBitmapOptions =
    scale < 1
      ? header.width! >= header.height!
        ? { resizeWidth: Math.round(header.width! * scale), resizeQuality: 'high' }
        : { resizeHeight: Math.round(header.height! * scale), resizeQuality: 'high' }
      : {};
  return createImageBitmap(new Blob([bytes], { type: mime }), { imageOrientation: 'from-image', ...resize });
}

/**
 * The photo's real size as a buyer sees it: the header's, turned when EXIF rotation turned the decoded copy; the
 * decoded size when the header could not be read.
 */
export function realSize(header: { width?: number; height?: number }, bitmap: ImageBitmap): { width: number; height: number } {
  if (!header.width || !header.height) return { width: bitmap.width, height: bitmap.height };
  const turned = header.width !== header.height && header.width > header.height !== bitmap.width > bitmap.height;
  return turned ? { width: header.height, height: header.width } : { width: header.width, height: header.height };
}

/** The bitmap's RGBA pixels, drawn at most `maxSide` on the longer side. */
export function toPixels(bitmap: ImageBitmap, maxSide: number): PixelImage {
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new PhotoProblem(PROBLEMS.unexpected);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  const { data } = context.getImageData(0, 0, width, height);
  return { width, height, data };
}
