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

/**
 * What happens on the marketplace, said exactly (docs/rules.md#severities-and-outcomes): blocked or removed, refused
 * at upload, held at a Shopee quality level, flagged by Tokopedia's diagnosis, harder to find, a penalty on the
 * account, buyers hesitating (Rapi's advice), or a part Rapi could not check yet.
 */
export const OUTCOMES = ['blocked', 'refused-at-upload', 'quality-level', 'diagnosis', 'search', 'penalty', 'buyers', 'not-checked'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * What a check reads: the listing's text and fields, the photos' metadata (sizes, types, counts: stated by the listing
 * or read from the file), the photos' measured pixels, or the text Rapi read on a photo.
 */
export const CHECK_INPUTS = ['text', 'photo-metadata', 'pixels', 'ocr'] as const;
export type CheckInput = (typeof CHECK_INPUTS)[number];

export interface RuleSource {
  /** Who says so, and which code the seller sees, e.g. "Shopee content diagnosis, TOO_SHORT_OR_TOO_LONG_NAME". */
  label: BilingualText;
  /** The marketplace's own diagnosis code, when the rule is one. */
  code?: string;
  /** Every marketplace code the finding covers (a stricter rule covers the looser one), so the seller can match either line. */
  codes?: string[];
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
  /** What happens on the marketplace; see outcomeOf() for the default by severity and source. */
  outcome?: Outcome;
  /** Its part can score no more than this while the finding stands (no photos at all: photos score 0). */
  areaScoreCap?: number;
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

/**
 * Where a finding's example goes, so that a test can put it there and run the check again: it replaces the title, it
 * replaces the description, or it is one line added to the description.
 */
export type ExampleTarget = 'title' | 'description' | 'description-line';

export interface Check {
  id: string;
  area: Area;
  severity: Severity;
  profiles: readonly ProfileId[];
  source: RuleSource;
  /** Short name of the problem, shown in lists and reports ("Judul terlalu pendek"). */
  name: BilingualText;
  /** A listing check reads the listing: its text and fields, or the photo metadata it states. */
  input: Extract<CheckInput, 'text' | 'photo-metadata'>;
  /**
   * Photo checks that judge the same thing from a photo's real pixels and file. On a photo that was measured this
   * check stays quiet, so the seller is not told the same thing twice.
   */
  supersededBy?: readonly string[];
  examples: CheckExamples;
  /** Where its findings' `example` goes; checks that give no example leave it out. */
  exampleIn?: ExampleTarget;
  run(ctx: CheckContext): Finding[];
}

export type QualityLevelCode = 'TO_BE_IMPROVED' | 'QUALIFIED' | 'EXCELLENT';

export interface QualityLevel {
  code: QualityLevelCode;
  /** Shopee's own name ("To be improved") with Rapi's Indonesian beside it. */
  label: BilingualText;
  /** The marketplace codes (or, for a listing that can be blocked, the check ids) that keep the listing at this level. */
  heldBy: string[];
  /** True when a finding that decides the level is a guess. Shopee judges category, weight and variations itself. */
  estimated: boolean;
}

export interface AreaScore {
  area: Area;
  /** Null when the part could not be measured and has no findings: it is left out of the total, never counted as 100. */
  score: number | null;
  findings: number;
  /** False when Rapi could not fully measure this part (no description, photos not seen or not downloaded). */
  measured: boolean;
}

export interface Report {
  profile: ProfileId;
  /** 0–100, see shared/checks/score.ts for the weights. */
  score: number;
  /** True when a part could not be measured: the score is "Skor sementara" and says which parts. */
  provisional: boolean;
  /** The parts Rapi could not (fully) measure, in area order. */
  notMeasured: Area[];
  /** "Skor sementara: foto belum dinilai", when provisional. */
  provisionalNote?: BilingualText;
  /** Only where the marketplace publishes levels (Shopee), and only when what it depends on was read. */
  level: QualityLevel | null;
  /** Why no level is shown on Shopee (its inputs are unknown). */
  levelNote?: BilingualText;
  /** The listing's category: read from it, picked by the seller, or guessed from the title. */
  category: import('./category').CategoryInfo;
  /** What Rapi read, normalised, each with the seller's words. */
  facts: import('./read-facts').ReadFacts;
  findings: Finding[];
  /** At most 3, ordered by impact. */
  fixFirst: Finding[];
  areas: AreaScore[];
}
