import type { Certainty, Outcome, ProfileId, RuleSource, Severity } from '../checks/types';
import type { BilingualText } from '../i18n/text';
import type { Listing, ListingInput } from '../listing/schema';
import type { OcrResult } from './ocr/types';
import type { PhotoRecipe } from './recipe';
import type { Box, DecodedPhoto, PhotoFinding, PhotoMetrics } from './types';

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

/** What a check needs: file facts only, measured pixels, or text read on the photo. */
export type PhotoCheckInput = 'file' | 'pixels' | 'ocr';

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
  name: BilingualText;
  /** What happens on the marketplace when it is not fixed, where severity and source do not already say it. */
  outcome?: Outcome;
  input: PhotoCheckInput;
  examples: { failing: PhotoExample; passing: PhotoExample };
  run(ctx: PhotoCheckContext): PhotoFinding[];
}

const registry = new Map<string, PhotoCheck>();

/** Each check file calls this once; `checks/index.ts` imports every check file. */
export function registerPhotoCheck(check: PhotoCheck): PhotoCheck {
  if (registry.has(check.id)) throw new Error(`Photo check registered twice: ${check.id}`);
  registry.set(check.id, check);
  return check;
}

export function photoChecks(): PhotoCheck[] {
  return [...registry.values()];
}

export function severityFor(check: PhotoCheck, profile: ProfileId): Severity {
  return check.severities?.[profile] ?? check.severity;
}

export function sourceFor(check: PhotoCheck, profile: ProfileId): RuleSource {
  return check.sources?.[profile] ?? check.source;
}

/** Builds a finding of `check` for the context's profile, so every finding carries its check's id and source. */
export function photoFinding(
  check: PhotoCheck,
  ctx: PhotoCheckContext,
  fields: {
    photoIndex: number;
    message: BilingualText;
    why: BilingualText;
    fix: BilingualText;
    example?: BilingualText;
    certainty: Certainty;
    boxes?: Box[];
    /** Lower than the check's severity, e.g. promo text on a photo other than the cover. */
    severity?: Severity;
    outcome?: Outcome;
  },
): PhotoFinding {
  const { severity, outcome, ...rest } = fields;
  const said = outcome ?? check.outcome;
  return {
    checkId: check.id,
    area: 'foto',
    severity: severity ?? severityFor(check, ctx.profile),
    source: sourceFor(check, ctx.profile),
    ...(said ? { outcome: said } : {}),
    ...rest,
  };
}
