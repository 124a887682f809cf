import type { GreyImage } from './pixels';

/**
 * A grey image as a binary PGM file. Tesseract (through Leptonica) reads PGM directly, and writing one is a header
 * plus one byte per pixel: no PNG compression on the way in, no decoding in the OCR worker. The grey copy is
 * what Tesseract reads best (shared/photos/ocr/prepare.ts).
 */
export function encodePgm(grey: GreyImage): Uint8Array<ArrayBuffer> {
  const header = new TextEncoder().encode(`P5\n${grey.width} ${grey.height}\n255\n`);
  const out = new Uint8Array(header.length + grey.width * grey.height);
  out.set(header);
  const body = out.subarray(header.length);
  for (let i = 0; i < body.length; i++) body[i] = Math.round(grey.data[i]!);
  return out;
}
