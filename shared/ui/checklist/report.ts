import { computed, type ReadonlySignal } from '@preact/signals';
import { checkListing, profileFor, PROFILES } from '../../checks';
import { AREAS, type Area, type Finding, type ProfileId, type Report } from '../../checks/types';
import type { Listing } from '../../listing/schema';
import type { PhotoFinding } from '../../photos/types';

/** The photo checks' part of the checklist (in the extension: extension/photos/models/photo-checks.ts). */
export interface PhotoFindingsInput {
  findings: ReadonlySignal<PhotoFinding[]>;
  /** Photos whose pixels were measured: the metadata photo checks stay quiet for them. */
  measuredIndexes: ReadonlySignal<number[]>;
  /** Photos that could not be downloaded or decoded: the photo part of the score is then not fully measured. */
  failedIndexes?: ReadonlySignal<number[]>;
  /** The text read on each photo that had any (packaging labels): facts for the suggested title and description. */
  texts?: ReadonlySignal<string[]>;
}

/**
 * The checklist for whatever the editor holds, recomputed on every keystroke (checks are pure and fast), with the
 * photo checks' findings in the same score. No report while there is no title: checks need at least that, and an
 * empty form is not "score 0".
 */
export function createReportModel(listing: ReadonlySignal<Listing>, photos?: PhotoFindingsInput) {
  const profile = computed<ProfileId>(() => profileFor(listing.value.marketplace));
  const report = computed<Report | null>(() => {
    if (!listing.value.title.trim()) return null;
    try {
      return checkListing(listing.value, {
        profile: profile.value,
        extraFindings: photos?.findings.value,
        measuredPhotoIndexes: photos?.measuredIndexes.value,
        failedPhotoIndexes: photos?.failedIndexes?.value,
      });
    } catch {
      // A value the schema refuses (should not happen: the editor only writes parsed values). Show no score
      // rather than a thrown error; the fields stay editable.
      return null;
    }
  });
  const byArea = computed(() => {
    const groups = Object.fromEntries(AREAS.map((a) => [a, [] as Finding[]])) as Record<Area, Finding[]>;
    for (const f of report.value?.findings ?? []) groups[f.area].push(f);
    return groups;
  });
  const titleLimits = computed(() => PROFILES[profile.value].title);
  return { profile, report, byArea, titleLimits };
}

export type ReportModel = ReturnType<typeof createReportModel>;
