import { z } from 'zod';
import { BilingualText } from '../../shared/i18n/schema';
import { OcrResult } from '../../shared/photos/ocr/types';
import { PhotoMetrics } from '../../shared/photos/types';

/**
 * What the photo checker sends back, as zod schemas: the replies cross a message boundary (offscreen document →
 * panel) and come out of the cache, so both are checked against these before use.
 */

/** What is known about the file: real size (after EXIF rotation), bytes, type from its bytes, animation. */
export const PhotoFacts = z.object({
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  bytes: z.number().int().nonnegative().optional(),
  mime: z.string().optional(),
  animated: z.boolean().optional(),
});
export type PhotoFacts = z.infer<typeof PhotoFacts>;

/** One photo decoded and measured; or, with `error`, why it could not be (metrics null, facts as far as known). */
export const MeasureReply = z.object({
  photo: PhotoFacts,
  metrics: PhotoMetrics.nullable(),
  error: z.optional(BilingualText),
  /** Decoding and measuring, in milliseconds. */
  ms: z.number().optional(),
});
export type MeasureReply = z.infer<typeof MeasureReply>;

export const ReadTextReply = z.union([z.object({ ocr: OcrResult }), z.object({ error: BilingualText })]);
export type ReadTextReply = z.infer<typeof ReadTextReply>;

/**
 * A photo's results in the cache (photoResults, keyed by the SHA-256 of its bytes). `ocr` missing: the text was not
 * read yet (or reading failed, which is worth retrying); null: the photo could not be decoded, so there is nothing
 * to read.
 */
export const CachedPhoto = MeasureReply.extend({ ocr: OcrResult.nullable().optional() });
export type CachedPhoto = z.infer<typeof CachedPhoto>;

/** A blob: preview read by the marketplace tab (photos/page-blob.ts): its bytes as a data: address, or its size. */
export const PageBlob = z.object({ dataUrl: z.string().optional(), bytes: z.number().int().nonnegative().optional() });
