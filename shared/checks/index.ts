import './all-rules';
import { Listing, type ListingInput } from '../listing/schema';
import { computeFacts, type ListingFacts } from './facts';
import { profileFor } from './profiles';
import { readFacts, type ReadFacts } from './read-facts';
import { allChecks } from './registry';
import { fixFirst, impactOf, provisionalNote, qualityLevel, scoreFindings, type LevelInputs, type Measurement } from './score';
import type { Area, Finding, ProfileId, Report } from './types';

export { PROFILES, profileFor } from './profiles';
export { SCORE_WEIGHTS, SCORE_EXPLAINED, LEVEL_NAMES } from './score';
export { allChecks } from './registry';
export { CATEGORY_NAMES, CATEGORIES, categorize, isSure } from './category';
export { OUTCOME_TEXT, outcomeOf } from './outcome';
export type * from './types';

export interface CheckOptions {
  /** Defaults to the listing's marketplace. */
  profile?: ProfileId;
  /** Findings computed elsewhere (photo pixels, OCR) that feed the same score. */
  extraFindings?: Finding[];
  /**
   * Photos whose real pixels were measured (0 = cover). For these the pixel checks judge size, shape and file,
   * so a listing check that declares `supersededBy` stays quiet instead of saying the same thing twice.
   */
  measuredPhotoIndexes?: readonly number[];
  /** Photos that could not be downloaded or decoded: the photo part is then not fully measured. */
  failedPhotoIndexes?: readonly number[];
}

/**
 * How much of each part Rapi could see. Photos: measured when their pixels were checked (or there are none at all),
 * partly when only their sizes are known or some failed, not at all when only a count or addresses are known.
 */
function measurement(listing: Listing, facts: ListingFacts, options: CheckOptions): Record<Area, Measurement> {
  const measured = options.measuredPhotoIndexes?.length ?? 0;
  const failed = options.failedPhotoIndexes?.length ?? 0;
  const sized = listing.photos?.some((p) => p.width && p.height) ?? false;
  const foto: Measurement = facts.photoCount === 0 ? 'yes' : measured > 0 ? (failed > 0 ? 'partly' : 'yes') : sized ? 'partly' : 'no';
  return {
    foto,
    judul: 'yes',
    spesifik: facts.specificsKnown ? 'yes' : 'no',
    deskripsi: listing.description !== undefined ? 'yes' : 'no',
  };
}

function levelInputs(listing: Listing, facts: ListingFacts, options: CheckOptions): LevelInputs {
  const clothing = facts.category.id === 'fashion';
  return {
    photos: facts.photoCount !== undefined,
    attributes: listing.attributes !== undefined,
    sizeChart: !clothing || listing.hasSizeChart !== undefined || listing.description !== undefined,
    description: listing.description !== undefined,
    video: listing.video !== undefined || (listing.photos?.length ?? 0) > 0 || (options.measuredPhotoIndexes?.length ?? 0) > 0,
  };
}

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
      if (measured && check.supersededBy) continue;
      findings.push(f);
    }
  }
  if (options.extraFindings) findings.push(...options.extraFindings);
  for (const f of findings) f.impact = impactOf(f);
  const { score, areas, notMeasured } = scoreFindings(findings, measurement(listing, facts, options));
  const { level, note } = qualityLevel(profile, findings, levelInputs(listing, facts, options));
  // Some photos measured and others failed: "sebagian foto belum dinilai" (sizes alone still say "foto").
  const somePhotos = (options.measuredPhotoIndexes?.length ?? 0) > 0 && (options.failedPhotoIndexes?.length ?? 0) > 0;
  const provisional = provisionalNote(notMeasured, somePhotos ? ['foto'] : []);
  const report = {
    profile,
    score,
    provisional: notMeasured.length > 0,
    notMeasured,
    ...(provisional ? { provisionalNote: provisional } : {}),
    level,
    ...(note ? { levelNote: note } : {}),
    category: facts.category,
    findings,
    fixFirst: fixFirst(findings),
    areas,
  } as Omit<Report, 'facts'> as Report;
  // Read on demand: a batch of thousands of listings pays for the facts only when it prints them.
  let read: ReadFacts | undefined;
  Object.defineProperty(report, 'facts', { enumerable: true, configurable: true, get: () => (read ??= readFacts(facts.specifics, facts.titleSpecifics)) });
  return report;
}
