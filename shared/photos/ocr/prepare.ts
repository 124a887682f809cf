import { toGrey } from '../pixels';
import type { PixelImage } from '../types';

/**
 * The photo as Tesseract reads it best: grey, transparency on white. Given colour, Tesseract missed white-on-red
 * and red-on-white promo banners that it read at 96% confidence once the photo was grey (see the OCR tests).
 */
export function prepareForOcr(image: PixelImage): PixelImage {
  const grey = toGrey(image);
  const data = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, o = 0; i < grey.data.length; i++, o += 4) {
    const v = grey.data[i]!;
    data[o] = v;
    data[o + 1] = v;
    data[o + 2] = v;
    data[o + 3] = 255;
  }
  return { width: image.width, height: image.height, data };
}
