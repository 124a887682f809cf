import { z } from 'zod';
import type { Finding } from '../checks/types';

/**
 * Decoded pixels, RGBA, row by row: what canvas `getImageData` gives in the extension and what sharp's
 * `raw()` gives in Node, so the same checks run in both.
 */
export interface PixelImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export const PixelImageSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  data: z.custom<Uint8ClampedArray>((v) => v instanceof Uint8ClampedArray, 'RGBA pixels'),
}) satisfies z.ZodType<PixelImage>;

/**
 * One photo of a listing, ready for the checks. `width`/`height` are the real size of the file; `pixels` may be a
 * smaller copy (decoders shrink big photos on load), or missing when the file could not be decoded but its size
 * and format are known (then only the file checks run).
 */
export const DecodedPhoto = z.object({
  src: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /** File size in bytes. */
  bytes: z.number().int().nonnegative().optional(),
  /** MIME type from the file's own bytes ("image/jpeg"), not from its name. */
  mime: z.string().optional(),
  /** More than one frame: an animated GIF/WebP. */
  animated: z.boolean().optional(),
  pixels: PixelImageSchema.optional(),
});
export type DecodedPhoto = z.infer<typeof DecodedPhoto>;

/** A rectangle on the photo as fractions of its width and height (0–1), so the UI can draw it at any size. */
export const Box = z.object({
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  w: z.number().min(0).max(1),
  h: z.number().min(0).max(1),
});
export type Box = z.infer<typeof Box>;

/** What was measured on one photo. Every number is computed on the working copy (see measure.ts). */
export const PhotoMetrics = z.object({
  /** Size of the working copy the metrics were measured on. */
  workWidth: z.number().int(),
  workHeight: z.number().int(),
  /** Variance of the Laplacian of the grey image (512 px copy): low = blurry or plain. */
  sharpness: z.number(),
  /** Blur effect 0 (crisp) – 1 (very blurry); null on a plain photo with nothing to judge by. */
  blur: z.number().nullable(),
  /** Mean brightness 0–255, and the 2nd and 98th percentiles. */
  brightness: z.number(),
  darkLevel: z.number(),
  brightLevel: z.number(),
  /** Standard deviation of brightness. */
  contrast: z.number(),
  /** The outer ring of the photo (the background of a product shot). */
  background: z.object({
    /** Share of ring pixels close to the ring's median colour. */
    uniformity: z.number(),
    /** Share of ring pixels that are white (all channels ≥ 225, little colour). */
    whiteness: z.number(),
    /** Median colour of the ring. */
    rgb: z.tuple([z.number(), z.number(), z.number()]),
  }),
  /** The product: bounding box of pixels that differ from the background; null when the background is not plain. */
  product: z
    .object({
      box: Box,
      /** Box area / photo area. */
      fill: z.number(),
      /** The box's longer side relative to the photo's side in that direction. */
      span: z.number(),
    })
    .nullable(),
  /** Plain bands of one colour around the photo (a frame), per side, as a fraction of the photo. */
  border: z
    .object({
      color: z.enum(['white', 'black']),
      sides: z.number().int(),
      thickness: z.number(),
      boxes: z.array(Box),
    })
    .nullable(),
  /** Straight lines across the whole photo where the picture changes: the seams of a collage. */
  seams: z.array(z.object({ axis: z.enum(['x', 'y']), at: z.number() })),
  /** 64-bit DCT perceptual hash as 16 hex digits. */
  phash: z.string().length(16),
  /** 4×4 grid of mean colours (48 numbers) to tell same-shape, different-colour photos apart. */
  colours: z.array(z.number()),
});
export type PhotoMetrics = z.infer<typeof PhotoMetrics>;

/** A finding on a photo, with where on the photo it is (drawn over the photo by the UI). */
export interface PhotoFinding extends Finding {
  photoIndex: number;
  boxes?: Box[];
}

export const PhotoAnalysis = z.object({
  index: z.number().int().nonnegative(),
  src: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  bytes: z.number().optional(),
  mime: z.string().optional(),
  /** Null when there were no pixels to measure. */
  metrics: PhotoMetrics.nullable(),
  /** Milliseconds spent measuring this photo. */
  ms: z.number(),
});
export type PhotoAnalysis = z.infer<typeof PhotoAnalysis>;
