import type { PixelImage } from '../../shared/photos/types';
import type { PhotoLimits } from './limits';
import { PhotoProblem, PROBLEMS } from './problems';
import type { PhotoFacts } from './results';
import { BROWSER_DECODABLE, readImageHeader, sniffMime } from './sniff';

export interface Decoded {
  photo: PhotoFacts;
  /** RGBA, longest side at most `limits.decodeMaxSide`. */
  pixels: PixelImage;
}

/**
 * Decodes a photo's bytes with the browser's own decoders (createImageBitmap + OffscreenCanvas), in an extension
 * worker, never on the marketplace's page. The header is read first so a huge photo is refused before decoding,
 * and the decoder shrinks big photos while decoding, so memory stays small.
 */
export async function decodePhoto(bytes: Uint8Array<ArrayBuffer>, limits: PhotoLimits): Promise<Decoded> {
  const mime = sniffMime(bytes);
  const known: PhotoFacts = { bytes: bytes.byteLength, ...(mime ? { mime } : {}) };
  if (!mime) throw new PhotoProblem(PROBLEMS.notAPhoto, known);
  if (mime === 'image/heic') throw new PhotoProblem(PROBLEMS.heic, known);
  if (!BROWSER_DECODABLE.has(mime)) throw new PhotoProblem(PROBLEMS.unsupportedFormat(mime.split('/')[1]!.toUpperCase()), known);

  const header = readImageHeader(bytes, mime);
  const facts: PhotoFacts = { ...known, animated: header.animated };
  if (header.width && header.height && header.width * header.height > limits.maxPixels) {
    throw new PhotoProblem(PROBLEMS.tooManyPixels(header.width, header.height), { ...facts, width: header.width, height: header.height });
  }

  let bitmap: ImageBitmap;
  try {
    // Shrinking while decoding: give only the longer side, the browser keeps the shape (after EXIF rotation).
    const scale = header.width && header.height ? limits.decodeMaxSide / Math.max(header.width, header.height) : 1;
    const resize: ImageBitmapOptions =
      scale < 1
        ? header.width! >= header.height!
          ? { resizeWidth: Math.round(header.width! * scale), resizeQuality: 'high' }
          : { resizeHeight: Math.round(header.height! * scale), resizeQuality: 'high' }
        : {};
    bitmap = await createImageBitmap(new Blob([bytes], { type: mime }), { imageOrientation: 'from-image', ...resize });
  } catch {
    throw new PhotoProblem(PROBLEMS.corrupt, facts);
  }
  try {
    const real = realSize(header, bitmap);
    if (real.width * real.height > limits.maxPixels) {
      throw new PhotoProblem(PROBLEMS.tooManyPixels(real.width, real.height), { ...facts, ...real });
    }
    return { photo: { ...facts, ...real }, pixels: toPixels(bitmap, limits.decodeMaxSide) };
  } finally {
    bitmap.close();
  }
}

/**
 * The photo's real size as a buyer sees it: the header's, turned when EXIF rotation turned the decoded copy; the
 * decoded size when the header could not be read.
 */
function realSize(header: { width?: number; height?: number }, bitmap: ImageBitmap): { width: number; height: number } {
  if (!header.width || !header.height) return { width: bitmap.width, height: bitmap.height };
  const turned = header.width !== header.height && header.width > header.height !== bitmap.width > bitmap.height;
  return turned ? { width: header.height, height: header.width } : { width: header.width, height: header.height };
}

/** The bitmap's RGBA pixels, drawn at most `maxSide` on the longer side. */
function toPixels(bitmap: ImageBitmap, maxSide: number): PixelImage {
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
