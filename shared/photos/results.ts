import { z } from 'zod';
import { BilingualText } from '../i18n/schema';
import { OcrResult } from './ocr/types';
import { PhotoMetrics, type PixelImage } from './types';

/**
 * What each step of the photo pipeline answers, as zod schemas: in the extension the replies cross a message
 * boundary (offscreen document → panel) and come out of the cache, so both are checked against these before use.
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

/** A decoded photo (decode-node.ts, decode-browser.ts): what is known about the file and a working copy of its pixels. */
export interface Decoded {
  /** Real size, after EXIF rotation. */
  photo: PhotoFacts;
  /** RGBA, longest side at most `limits.decodeMaxSide`. */
  pixels: PixelImage;
}

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
