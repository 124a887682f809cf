import type { BilingualText } from '../../shared/i18n/text';
import type { FixedPhoto } from '../../shared/photos/fix/fix-photo';
import type { MeasureReply } from '../../shared/photos/results';

/** The grey copy Tesseract reads (a binary PGM, shared/photos/pgm.ts). */
export interface GreyCopy {
  pgm: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

/** Messages between the phone page and its photo worker (same code on both ends, so plain types). */
export type PhotoWorkRequest =
  | { id: number; task: 'measure'; bytes: Uint8Array<ArrayBuffer> }
  | { id: number; task: 'fix'; bytes: Uint8Array<ArrayBuffer> };

export type PhotoWorkResponse =
  | { id: number; task: 'measure'; reply: MeasureReply; grey?: GreyCopy }
  | { id: number; task: 'fix'; fixed: FixedPhoto }
  | { id: number; task: 'fix'; error: BilingualText };
