import type { BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';

export const AREAS = ['foto', 'judul', 'spesifik', 'deskripsi'] as const;
export type Area = (typeof AREAS)[number];

/**
 * blocked: the marketplace rejects, blocks or deletes the product.
 * quality: lowers the marketplace's own quality level or diagnosis.
 * advice:  our recommendation (heuristic, not a platform number).
 */
export const SEVERITIES = ['blocked', 'quality', 'advice'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PROFILE_IDS = ['shopee', 'tokopedia', 'generic'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** How sure a finding is: measured from data, estimated (guessed), or the data could not be read. */
export type Certainty = 'measured' | 'estimated' | 'unreadable';

export interface RuleSource {
  /** Who says so, and which code the seller sees, e.g. "Shopee content diagnosis, TOO_SHORT_OR_TOO_LONG_NAME". */
  label: BilingualText;
  /** The marketplace's own diagnosis code, when the rule is one. */
  code?: string;
  url?: string;
  verified: boolean;
}

export interface Finding {
  checkId: string;
  area: Area;
  severity: Severity;
  /** What is wrong. */
  message: BilingualText;
  /** Why it matters on the marketplace. */
  why: BilingualText;
  /** Exactly what to do. */
  fix: BilingualText;
  /** Built from the seller's own text where possible. */
  example?: BilingualText;
  source: RuleSource;
  certainty: Certainty;
  /** Photo findings point at one photo (0 = cover). */
  photoIndex?: number;
  /** Relative impact used to order "fix first" (set by the scorer). */
  impact?: number;
}

export interface CheckContext {
  listing: Listing;
  profile: ProfileId;
  /** Pre-computed once per listing and shared by all checks (tokens, category guess, specifics). */
  facts: import('./facts').ListingFacts;
}

export interface CheckExamples {
  /** A listing this check flags (for the named profile). */
  failing: { profile: ProfileId; listing: import('../listing/schema').ListingInput };
  /** A listing it leaves alone. */
  passing: { profile: ProfileId; listing: import('../listing/schema').ListingInput };
}

export interface Check {
  id: string;
  area: Area;
  severity: Severity;
  profiles: readonly ProfileId[];
  source: RuleSource;
  /** Short name of the check, shown in lists and reports. */
  name: BilingualText;
  examples: CheckExamples;
  run(ctx: CheckContext): Finding[];
}

export type QualityLevelCode = 'TO_BE_IMPROVED' | 'QUALIFIED' | 'EXCELLENT';

export interface QualityLevel {
  code: QualityLevelCode;
  /** The marketplace's own English label ("To be improved") and our plain Indonesian explanation. */
  label: BilingualText;
  /** Which findings keep the listing at this level. */
  heldBy: string[];
  /** True when Rapi could not read everything Shopee judges (photos, description …): the level is at best this. */
  estimated: boolean;
}

export interface AreaScore {
  area: Area;
  score: number;
  findings: number;
}

export interface Report {
  profile: ProfileId;
  /** 0–100, see shared/checks/score.ts for the weights. */
  score: number;
  /** Only where the marketplace publishes levels (Shopee). */
  level: QualityLevel | null;
  findings: Finding[];
  /** At most 3, ordered by impact. */
  fixFirst: Finding[];
  areas: AreaScore[];
}
