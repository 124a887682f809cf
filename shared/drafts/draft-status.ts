import type { BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';
import { DRAFT_COPY } from './copy';
import type { Draft } from './types';

/**
 * loading: opening the draft. pending: the seller typed, the save is waiting for a pause. saving: writing.
 * saved: what is on screen is stored. error: the save failed; the text stays here and is retried.
 * conflict: another window changed the draft; both versions are kept until the seller chooses.
 */
export type SaveStatus = 'loading' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

/** Two versions of the draft: what this window shows (`mine`) and the other one (`theirs`). */
export interface DraftConflict {
  copyId: string;
  /** True when this window's save was the one refused; false when another window's copy waits beside ours. */
  own: boolean;
  mine: Listing;
  theirs: Listing;
  theirsSavedAt: number;
  source: 'window' | 'import';
}

/** The two versions to choose from, if any: this window's refused save, or another window's copy beside ours. */
export function conflictOf(stored: Draft | null, mine: Listing | null, ownConflict: boolean, editorId: string): DraftConflict | null {
  if (!stored || !mine) return null;
  if (ownConflict) {
    const copy = stored.conflicts.find((c) => c.id === editorId);
    return { copyId: editorId, own: true, mine, theirs: stored.listing, theirsSavedAt: stored.updatedAt, source: copy?.source ?? 'window' };
  }
  const other = stored.conflicts.find((c) => c.id !== editorId);
  return other ? { copyId: other.id, own: false, mine, theirs: other.listing, theirsSavedAt: other.savedAt, source: other.source } : null;
}

/** What the seller reads beside the draft: "Menyimpan…", "Tersimpan", the problem, or the choice to make. */
export function statusTextOf(status: SaveStatus, problem: BilingualText | null, inConflict: boolean): BilingualText {
  switch (status) {
    case 'loading':
      return DRAFT_COPY.status.loading;
    case 'pending':
    case 'saving':
      return DRAFT_COPY.status.saving;
    case 'error':
      return problem ?? DRAFT_COPY.status.saving;
    case 'conflict':
      return DRAFT_COPY.status.conflict;
    case 'saved':
      return inConflict ? DRAFT_COPY.status.conflict : DRAFT_COPY.status.saved;
  }
}
