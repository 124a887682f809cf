import { checkListing, profileFor } from '../../shared/checks';
import type { Area, Finding, Report } from '../../shared/checks/types';
import type { BilingualText } from '../../shared/i18n/text';
import { ScoreSnapshot, StoredFinding } from '../../shared/export/session';
import { Listing, type ListingInput } from '../../shared/listing/schema';

/** Photo findings measured in the side panel (pixels, text on photos), which the listing alone cannot repeat. */
export interface PhotoExtras {
  photoFindings?: readonly Finding[];
  measuredPhotoIndexes?: readonly number[];
  /** Photos the panel could not download or read: the photo score stays provisional. */
  failedPhotoIndexes?: readonly number[];
}

/** The same checklist the side panel shows, for a stored snapshot: the listing plus its measured photo findings. */
export function snapshotReport(
  snapshot: Pick<ScoreSnapshot, 'listing' | 'photoFindings' | 'measuredPhotoIndexes'> & { failedPhotoIndexes?: readonly number[] },
): Report {
  return checkListing(snapshot.listing, {
    profile: profileFor(snapshot.listing.marketplace),
    extraFindings: snapshot.photoFindings.map((f) => ({ ...f })),
    measuredPhotoIndexes: snapshot.measuredPhotoIndexes,
    ...(snapshot.failedPhotoIndexes?.length ? { failedPhotoIndexes: [...snapshot.failedPhotoIndexes] } : {}),
  });
}

const notMeasuredCache = new WeakMap<object, { notMeasured: Area[]; note?: BilingualText }>();

/**
 * The parts of a stored snapshot's score that were not measured (photos not checked, no description): its score is
 * then "sementara" on the dashboard and in the printed reports. Recomputed from the snapshot, so sessions stored by
 * an earlier Rapi say it too; a snapshot the checks cannot read any more counts as measured (its score still prints).
 */
export function snapshotProvisional(
  snapshot: Pick<ScoreSnapshot, 'listing' | 'photoFindings' | 'measuredPhotoIndexes'> & { failedPhotoIndexes?: readonly number[] },
): { notMeasured: Area[]; note?: BilingualText } {
  const cached = notMeasuredCache.get(snapshot);
  if (cached) return cached;
  let result: { notMeasured: Area[]; note?: BilingualText } = { notMeasured: [] };
  try {
    const report = snapshotReport(snapshot);
    result = report.provisionalNote ? { notMeasured: report.notMeasured, note: report.provisionalNote } : { notMeasured: report.notMeasured };
  } catch {
    // From another Rapi version: leave it as it was scored.
  }
  notMeasuredCache.set(snapshot, result);
  return result;
}

/** Keeps what a stored finding holds (drops boxes, impact); a finding that does not fit is left out, not stored broken. */
function storable(findings: readonly Finding[]): StoredFinding[] {
  const out: StoredFinding[] = [];
  for (const f of findings) {
    const parsed = StoredFinding.safeParse({
      checkId: f.checkId,
      area: f.area,
      severity: f.severity,
      certainty: f.certainty,
      message: f.message,
      why: f.why,
      fix: f.fix,
      example: f.example,
      source: f.source,
      photoIndex: f.photoIndex,
    });
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** A listing and its score at `at`. Throws only for a listing the schema refuses (callers pass parsed listings). */
export function takeSnapshot(input: Listing | ListingInput, at: number, extras: PhotoExtras = {}): ScoreSnapshot {
  const listing = Listing.parse(input);
  const base = {
    listing,
    photoFindings: storable(extras.photoFindings ?? []),
    measuredPhotoIndexes: [...new Set(extras.measuredPhotoIndexes ?? [])].filter((i) => Number.isInteger(i) && i >= 0),
    failedPhotoIndexes: [...new Set(extras.failedPhotoIndexes ?? [])].filter((i) => Number.isInteger(i) && i >= 0),
  };
  const report = snapshotReport(base);
  const checkIds = [...new Set(report.findings.map((f) => f.checkId))];
  const unreadIds = checkIds.filter((id) => report.findings.every((f) => f.checkId !== id || f.certainty === 'unreadable'));
  return { ...base, score: report.score, checkIds, unreadIds, at };
}

const photoKey = (listing: Listing) => JSON.stringify((listing.photos ?? []).map((p) => p.src ?? ''));

/**
 * The listing after the seller's edit, checked again. Photo findings measured earlier still count while the photos
 * are the same ones (an edit of the title or description); other photos drop them, since they were not measured.
 */
export function recheck(previous: ScoreSnapshot, listing: Listing, at: number): ScoreSnapshot {
  const samePhotos = photoKey(previous.listing) === photoKey(listing);
  return takeSnapshot(listing, at, samePhotos
      ? { photoFindings: previous.photoFindings, measuredPhotoIndexes: previous.measuredPhotoIndexes, failedPhotoIndexes: previous.failedPhotoIndexes }
      : {});
}
