import { z } from 'zod';
import { Timestamp } from '../export/schema';

/**
 * photoResults: a cache of the photo checks' measurements, keyed by the SHA-256 of the image's bytes, so a photo
 * seen again (the same product re-opened, a re-read page) is not measured or read again. `analyzer` names the
 * code and version that produced `result` (e.g. "photos/measure@1"): a changed analyzer ignores old entries.
 * The photo issue owns what `result` holds; it validates it with its own schema on the way out (cache-get.ts).
 * Not exported: it is a cache and is rebuilt on demand.
 */
export const PhotoResultRow = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  analyzer: z.string().min(1).max(100),
  result: z.unknown(),
  savedAt: Timestamp,
  usedAt: Timestamp,
});
export type PhotoResultRow = z.infer<typeof PhotoResultRow>;

export const PHOTO_RESULTS_STORE = 'hash, usedAt';
