import type { BilingualText } from '../../shared/i18n/text';
import type { FixedPhoto } from '../../shared/photos/fix/fix-photo';

/** Messages between the panel's photo fixer and its worker (same code on both ends, so plain types). */
export interface FixRequest {
  id: number;
  /** A blob: address of the photo's bytes, made by the panel. */
  url: string;
}

export type FixResponse = { id: number; fixed: FixedPhoto } | { id: number; error: BilingualText };
