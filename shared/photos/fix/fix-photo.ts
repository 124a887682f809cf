import { DEFAULT_PHOTO_LIMITS, type PhotoLimits } from '../limits';
import { measurePhoto } from '../measure';
import type { Decoded, PhotoFacts } from '../results';
import type { PhotoMetrics, PixelImage } from '../types';
import { planFix, type FixPlan } from './plan';

/**
 * The photo fixer ("Perbaiki foto"): a square 1:1 JPEG with the product centred on white, plain borders and plain
 * background trimmed (never the product), at least 1,024 px when the source allows, under 2 MB, and with no EXIF
 * (location included): the JPEG is encoded from pixels, so nothing of the original file's metadata is carried over.
 * The result then goes through the photo pipeline's own decode and measure steps, so its checks are the same
 * checks any photo gets. What differs between the browser and Node is passed in (render-browser.ts, render-node.ts).
 */
export interface FixPlatform {
  /** Decodes the photo upright, within the limits (a PhotoProblem otherwise). */
  open(bytes: Uint8Array<ArrayBuffer>, limits: PhotoLimits, analysisSide: number): Promise<OpenedPhoto>;
  /** The photo pipeline's decoder, to check the result like any photo. */
  decode(bytes: Uint8Array<ArrayBuffer>, limits: PhotoLimits): Promise<Decoded>;
}

export interface OpenedPhoto {
  /** What is known about the file, with its size as a buyer sees it. */
  facts: PhotoFacts;
  source: { width: number; height: number };
  /** A working copy at most `analysisSide` on the longer side. */
  analysis: PixelImage;
  /** Draws the plan on a white square. */
  draw(plan: FixPlan): Promise<FixCanvas>;
  close(): void;
}

export interface FixCanvas {
  /** A baseline JPEG at `quality` (0–1), with no metadata. */
  encode(quality: number): Promise<Uint8Array<ArrayBuffer>>;
  dispose(): void;
}

export interface FixedPhoto {
  jpeg: Uint8Array<ArrayBuffer>;
  plan: FixPlan;
  /** The JPEG quality that fitted under the size limit. */
  quality: number;
  /** What was known about the original, and the same for the result. */
  before: PhotoFacts;
  photo: PhotoFacts;
  metrics: PhotoMetrics;
  /** Milliseconds from bytes in to checked result out. */
  ms: number;
}

/**
 * The fixer reads photos the checks refuse as too large to check: 8000 × 8000 (64 million pixels) is a phone's
 * full-size photo, and shrinking it is part of the fix. Files stay within the checks' byte limit.
 */
export const FIX_LIMITS: PhotoLimits = { ...DEFAULT_PHOTO_LIMITS, maxPixels: 70_000_000 };
/** Under 2 MB whichever way a megabyte is counted. */
export const MAX_JPEG_BYTES = 2_000_000;
/** Tried in turn until the file fits; a 2,048 px photo fits at the first or second. */
export const JPEG_QUALITIES = [0.9, 0.85, 0.8, 0.72, 0.64, 0.56, 0.48] as const;
/** The working copy the product's box is found on: fine enough that one of its pixels is a sliver of the result. */
export const ANALYSIS_SIDE = 1024;

export async function fixPhoto(bytes: Uint8Array<ArrayBuffer>, platform: FixPlatform, limits: PhotoLimits = FIX_LIMITS): Promise<FixedPhoto> {
  const start = performance.now();
  const opened = await platform.open(bytes, limits, ANALYSIS_SIDE);
  let plan: FixPlan;
  let jpeg: Uint8Array<ArrayBuffer> | undefined;
  let quality: number = JPEG_QUALITIES[0];
  try {
    plan = planFix(opened.source, opened.analysis);
    const canvas = await opened.draw(plan);
    try {
      for (quality of JPEG_QUALITIES) {
        jpeg = await canvas.encode(quality);
        if (jpeg.byteLength <= MAX_JPEG_BYTES) break;
      }
    } finally {
      canvas.dispose();
    }
  } finally {
    opened.close();
  }
  const result = await platform.decode(jpeg!, DEFAULT_PHOTO_LIMITS);
  return {
    jpeg: jpeg!,
    plan,
    quality,
    before: opened.facts,
    photo: result.photo,
    metrics: measurePhoto(result.pixels),
    ms: performance.now() - start,
  };
}
