import type { ProfileId } from '../checks/types';
import type { Listing } from '../listing/schema';
import './checks/index';
import { measurePhoto } from './measure';
import type { OcrResult } from './ocr/types';
import { photoChecks } from '../checks/registry';
import type { MeasuredPhoto } from './check-types';
import type { DecodedPhoto, PhotoAnalysis, PhotoFinding } from './types';

const SEVERITY_ORDER = { blocked: 0, quality: 1, advice: 2 } as const;

export interface PhotoReport {
  perPhoto: PhotoAnalysis[];
  findings: PhotoFinding[];
}

export interface AnalyzeOptions {
  /** The listing's title and description, for label reading. */
  listing?: Listing;
  /** Text read on each photo (same order as the photos); null where OCR did not run. */
  ocr?: ReadonlyArray<OcrResult | null | undefined>;
}

/** Measures each photo that has pixels. The slow part; its results can be cached by image hash. */
export function measurePhotos(photos: readonly DecodedPhoto[]): PhotoAnalysis[] {
  return photos.map((photo, index) => {
    const start = performance.now();
    const metrics = photo.pixels ? measurePhoto(photo.pixels) : null;
    return {
      index,
      src: photo.src,
      width: photo.width ?? photo.pixels?.width,
      height: photo.height ?? photo.pixels?.height,
      bytes: photo.bytes,
      mime: photo.mime,
      metrics,
      ms: performance.now() - start,
    };
  });
}

/** Runs every registered photo check for the profile over measured photos. Cheap: numbers only. */
export function runPhotoChecks(profile: ProfileId, photos: readonly MeasuredPhoto[], listing?: Listing): PhotoFinding[] {
  const ctx = { profile, photos, listing };
  return photoChecks()
    .filter((check) => check.profiles.includes(profile))
    .flatMap((check) => check.run(ctx))
    .sort((a, b) => a.photoIndex - b.photoIndex || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * The photo checks for one listing: measures each photo, then runs the checks. Photos without pixels (could not be
 * decoded) still get the file checks (size, format, dimensions) from what is known about them.
 */
export function analyzePhotos(photos: readonly DecodedPhoto[], profile: ProfileId, options: AnalyzeOptions = {}): PhotoReport {
  const perPhoto = measurePhotos(photos);
  const measured: MeasuredPhoto[] = perPhoto.map((analysis, index) => ({
    index,
    photo: photos[index]!,
    metrics: analysis.metrics,
    ocr: options.ocr?.[index] ?? null,
  }));
  return { perPhoto, findings: runPhotoChecks(profile, measured, options.listing) };
}
