import { DEFAULT_PHOTO_LIMITS, type PhotoLimits as SharedPhotoLimits } from '../../shared/photos/limits';

/** The shared limits (the same numbers as `rapi check`), plus the extension's own pixel-worker wait. */
export interface PhotoLimits extends SharedPhotoLimits {
  /** Decoding and measuring one photo in the pixel worker. */
  measureTimeoutMs: number;
}

export const PHOTO_LIMITS: PhotoLimits = { ...DEFAULT_PHOTO_LIMITS, measureTimeoutMs: 20_000 };

/** Photos checked per listing: Shopee takes 9, Tokopedia 10; more are page decoration, not the listing's photos. */
export const MAX_PHOTOS = 12;
