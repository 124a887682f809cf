import './all-rules';
import { Listing, type ListingInput } from '../listing/schema';
import { computeFacts } from './facts';
import { profileFor } from './profiles';
import { allChecks } from './registry';
import { fixFirst, impactOf, qualityLevel, scoreFindings } from './score';
import type { Finding, ProfileId, Report } from './types';

export { PROFILES, profileFor } from './profiles';
export { SCORE_WEIGHTS, SCORE_EXPLAINED } from './score';
export { allChecks } from './registry';
export { CATEGORY_NAMES, categorize } from './category';
export type * from './types';

export interface CheckOptions {
  /** Defaults to the listing's marketplace. */
  profile?: ProfileId;
  /** Findings computed elsewhere (photo pixels, OCR) that feed the same score. */
  extraFindings?: Finding[];
  /**
   * Photos whose real pixels were measured (0 = cover). For these the pixel checks judge size, shape and file,
   * so the metadata checks below stay quiet instead of saying the same thing twice.
   */
  measuredPhotoIndexes?: readonly number[];
}

/** Metadata checks that a measured photo makes redundant. */
const SUPERSEDED_BY_MEASUREMENT = new Set(['photo-size-small', 'photo-ratio', 'photo-file']);

/** The checklist: every registered check that applies to the profile, scored, with the three fixes that matter most. */
export function checkListing(input: Listing | ListingInput, options: CheckOptions = {}): Report {
  const listing = Listing.parse(input);
  const profile = options.profile ?? profileFor(listing.marketplace);
  const facts = computeFacts(listing);
  const findings: Finding[] = [];
  for (const check of allChecks()) {
    if (!check.profiles.includes(profile)) continue;
    for (const f of check.run({ listing, profile, facts })) {
      const measured = f.photoIndex !== undefined && options.measuredPhotoIndexes?.includes(f.photoIndex);
      if (measured && SUPERSEDED_BY_MEASUREMENT.has(f.checkId)) continue;
      findings.push(f);
    }
  }
  if (options.extraFindings) findings.push(...options.extraFindings);
  for (const f of findings) f.impact = impactOf(f);
  const { score, areas } = scoreFindings(findings);
  return { profile, score, level: qualityLevel(profile, findings), findings, fixFirst: fixFirst(findings), areas };
}
