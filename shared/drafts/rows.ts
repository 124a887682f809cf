import { Listing } from '../listing/schema';
import type { RevisionKind } from '../export/schema';
import { listingScore, listingWords } from '../storage/derive';
import type { DraftRow } from '../storage/drafts-table';
import { revisionId, type RevisionRow } from '../storage/revisions-table';

/** Building rows: every derived field is computed here, so the list's indexes always match the listing. */

export function withListing(row: DraftRow, listing: Listing, rev: number, now: number): DraftRow {
  return { ...row, listing, rev, updatedAt: now, score: listingScore(listing), words: listingWords(listing) };
}

export function newDraftRow(id: string, listing: Listing, original: Listing | undefined, now: number): DraftRow {
  const row: DraftRow = {
    id,
    listing,
    rev: 1,
    createdAt: now,
    updatedAt: now,
    score: listingScore(listing),
    words: listingWords(listing),
    trashed: 0,
    conflicts: [],
  };
  return original ? withOriginal(row, original) : row;
}

export function withOriginal(row: DraftRow, original: Listing): DraftRow {
  return { ...row, original, originalScore: listingScore(original) };
}

export function revisionRow(
  draftId: string,
  rev: number,
  listing: Listing,
  savedAt: number,
  kind: RevisionKind,
  session?: { editor: string; startedAt: number },
): RevisionRow {
  return { id: revisionId(draftId, rev), draftId, rev, listing, savedAt, kind, score: listingScore(listing), ...(session ?? {}) };
}

/** An empty listing for a draft typed by hand. */
export function blankListing(): Listing {
  return Listing.parse({ title: '' });
}
