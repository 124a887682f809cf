import type { CheckInput, Outcome, ProfileId, RuleSource, Severity } from '../checks/types';
import type { BilingualText } from '../i18n/text';
import type { Listing, ListingInput } from '../listing/schema';
import type { OcrResult } from './ocr/types';
import type { PhotoRecipe } from './recipe';
import type { DecodedPhoto, PhotoFinding, PhotoMetrics } from './types';

/** One photo as the checks see it: what the file says plus what was measured. */
export interface MeasuredPhoto {
  index: number;
  photo: DecodedPhoto;
  /** Null when there were no pixels (the file could not be decoded). */
  metrics: PhotoMetrics | null;
  /** Null when OCR did not run or failed for this photo. */
  ocr: OcrResult | null;
}

export interface PhotoCheckContext {
  profile: ProfileId;
  photos: readonly MeasuredPhoto[];
  /** Needed by label reading (what the title and description already say). */
  listing?: Listing;
}

/**
 * A photo of a check's example: drawn from a recipe (pixels), with the file facts and the text "read" on it.
 * `pixels: false` keeps the photo undecoded, as when a file was too big to open.
 */
export interface ExamplePhoto {
  recipe?: PhotoRecipe;
  pixels?: false;
  width?: number;
  height?: number;
  bytes?: number;
  mime?: string;
  animated?: boolean;
  /** Lines of text on the photo, as OCR would return them. */
  text?: string[];
}

export interface PhotoExample {
  profile: ProfileId;
  photos: ExamplePhoto[];
  listing?: ListingInput;
}

/** A check on the photos themselves (registered with registerPhotoCheck in shared/checks/registry.ts). */
export interface PhotoCheck {
  id: string;
  area: 'foto';
  /** The most severe finding this check gives; `severities` may lower it per profile. */
  severity: Severity;
  severities?: Partial<Record<ProfileId, Severity>>;
  profiles: readonly ProfileId[];
  source: RuleSource;
  /** Where a profile's rule comes from a different source (e.g. TikTok's diagnosis code for Tokopedia). */
  sources?: Partial<Record<ProfileId, RuleSource>>;
  /** Short name of the problem, shown in lists and reports ("Foto terlalu gelap"). */
  name: BilingualText;
  /** What happens on the marketplace when it is not fixed, where severity and source do not already say it. */
  outcome?: Outcome;
  /** The file's own facts (type, bytes, pixel size), its measured pixels, or the text read on it. */
  input: Exclude<CheckInput, 'text'>;
  examples: { failing: PhotoExample; passing: PhotoExample };
  run(ctx: PhotoCheckContext): PhotoFinding[];
}
