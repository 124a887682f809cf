import type { BilingualText } from '../../shared/i18n/text';
import type { PhotoLimits } from './limits';
import type { MeasureReply } from '../../shared/photos/results';

/** Messages between the photo checker's page and its pixel worker (same code on both ends, so plain types). */
export interface PixelRequest {
  id: number;
  /** measure: decode and measure; ocr-image: decode and hand back the grey copy Tesseract reads. */
  task: 'measure' | 'ocr-image';
  /** A blob: address of the photo's bytes, made by the panel. */
  url: string;
  limits: PhotoLimits;
}

export interface OcrImage {
  /** A binary PGM file (see pgm.ts). */
  pgm: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

export type PixelResponse =
  | { id: number; task: 'measure'; reply: MeasureReply }
  | { id: number; task: 'ocr-image'; image: OcrImage }
  | { id: number; task: 'ocr-image'; error: BilingualText };
