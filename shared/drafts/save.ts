import { bi } from '../i18n/text';
import { InvalidDraftError } from './errors';

export { InvalidDraftError } from './errors';
import { Listing } from '../listing/schema';
import type { AppDB } from '../storage/db';
import type { ConflictCopy, DraftRow } from '../storage/drafts-table';
import { continuesSession } from '../storage/editing-sessions';
import { revisionId } from '../storage/revisions-table';
import { compactInTransaction, revisionsOf } from './history';
import { blankListing, newDraftRow, revisionRow, withListing, withOriginal } from './rows';
import { sameListing } from './same-listing';
import type { ConflictChoice, Draft, DraftKey, SaveInput, SaveResult } from './types';

const INVALID = bi(
  'Isi draf ini tidak bisa disimpan karena ada data yang tidak sesuai (misalnya harga negatif). Periksa isian Anda.',
  'This draft cannot be saved because some data does not fit (a negative price, for example). Check what you entered.',
);

/** Most conflict copies a draft keeps; beyond that the oldest goes (they are also in the windows that made them). */
const MAX_COPIES = 20;

function parseListing(listing: unknown): Listing {
  const parsed = Listing.safeParse(listing);
  if (!parsed.success) throw new InvalidDraftError(INVALID);
  return parsed.data;
}

/** The draft for `key`, created (revision 1) from `init` if there is none. A deleted draft is replaced. */
export async function openDraft(db: AppDB, key: DraftKey, init: { listing?: Listing; original?: Listing }, now: number): Promise<Draft> {
  const listing = init.listing ? parseListing(init.listing) : init.original ? parseListing(init.original) : blankListing();
  const original = init.original ? parseListing(init.original) : undefined;
  return db.transaction('rw', db.drafts, db.revisions, async () => {
    let row = await db.drafts.get(key);
    if (row && !row.trashed) {
      if (original && !row.original) {
        row = withOriginal(row, original);
        await db.drafts.put(row);
      }
      await compactInTransaction(db, row, now);
      return row;
    }
    if (row) await revisionsOf(db, key).delete();
    const fresh = newDraftRow(key, listing, original, now);
    await db.drafts.put(fresh);
    await db.revisions.put(revisionRow(key, 1, listing, now, 'created'));
    return fresh;
  });
}

/**
 * Saves the seller's listing as the draft's new version, unless another window saved since `baseRev`: then nothing is
 * overwritten, and this version is kept as a conflict copy beside the other (see SaveResult). Every save takes a new
 * revision number (windows tell each other's saves by it); within one editing session (editing-sessions.ts) the
 * session's revision moves forward to it, so the history keeps one revision per session.
 */
export async function saveDraft(db: AppDB, input: SaveInput, now: number, kind: 'edit' | 'restore' = 'edit'): Promise<SaveResult> {
  const listing = parseListing(input.listing);
  const original = input.original ? parseListing(input.original) : undefined;
  return db.transaction('rw', db.drafts, db.revisions, async (): Promise<SaveResult> => {
    let row = await db.drafts.get(input.key);
    if (!row) {
      // First save, or the draft was wiped meanwhile: the seller's text starts a new draft.
      const fresh = newDraftRow(input.key, listing, original, now);
      await db.drafts.put(fresh);
      await db.revisions.put(revisionRow(input.key, 1, listing, now, kind));
      return { status: 'saved', draft: fresh, rev: 1, unchanged: false };
    }
    // Deleted in another window while this one was still typing: keep typing wins, the draft comes back.
    if (row.trashed) row = { ...row, trashed: 0, deletedAt: undefined };
    if (original && !row.original) row = withOriginal(row, original);
    const ownCopy = row.conflicts.find((c) => c.id === input.editorId);

    if (input.baseRev !== row.rev) {
      if (sameListing(listing, row.listing)) {
        // Both windows hold the same text: nothing to keep apart.
        row = { ...row, conflicts: row.conflicts.filter((c) => c.id !== input.editorId) };
        await db.drafts.put(row);
        return { status: 'saved', draft: row, rev: row.rev, unchanged: true };
      }
      const mine: ConflictCopy = { id: input.editorId, listing, baseRev: input.baseRev, savedAt: now, source: 'window' };
      const others = row.conflicts.filter((c) => c.id !== input.editorId);
      row = { ...row, conflicts: [...others, mine].slice(-MAX_COPIES) };
      await db.drafts.put(row);
      return { status: 'conflict', draft: row, mine };
    }

    if (ownCopy) row = { ...row, conflicts: row.conflicts.filter((c) => c.id !== input.editorId) };
    if (sameListing(listing, row.listing)) {
      await db.drafts.put(row);
      return { status: 'saved', draft: row, rev: row.rev, unchanged: true };
    }
    await compactInTransaction(db, row, now);
    const head = kind === 'edit' ? await db.revisions.get(revisionId(input.key, row.rev)) : undefined;
    const continuing = continuesSession(head, input.editorId, now);
    const rev = row.rev + 1;
    row = withListing(row, listing, rev, now);
    await db.drafts.put(row);
    const session = kind === 'edit' ? { editor: input.editorId, startedAt: continuing ? (head!.startedAt ?? head!.savedAt) : now } : undefined;
    await db.revisions.put(revisionRow(input.key, rev, listing, now, kind, session));
    if (continuing) await db.revisions.delete(head!.id);
    return { status: 'saved', draft: row, rev, unchanged: false };
  });
}

/** Puts an earlier revision back as the current version (a new revision, so the restore can itself be undone). */
export async function restoreRevision(
  db: AppDB,
  key: DraftKey,
  rev: number,
  editor: { baseRev: number; editorId: string },
  now: number,
): Promise<SaveResult | null> {
  const revision = await db.revisions.get(revisionId(key, rev));
  if (!revision) return null;
  return saveDraft(db, { key, listing: revision.listing, baseRev: editor.baseRev, editorId: editor.editorId }, now, 'restore');
}

/** The seller chose between the current version and a conflict copy. Returns the draft after the choice. */
export async function resolveConflict(db: AppDB, key: DraftKey, copyId: string, choice: ConflictChoice, now: number): Promise<Draft | null> {
  return db.transaction('rw', db.drafts, db.revisions, async () => {
    let row: DraftRow | undefined = await db.drafts.get(key);
    if (!row) return null;
    const copy = row.conflicts.find((c) => c.id === copyId);
    if (!copy) return row;
    row = { ...row, conflicts: row.conflicts.filter((c) => c.id !== copyId) };
    if (choice === 'use-copy' && !sameListing(copy.listing, row.listing)) {
      const rev = row.rev + 1;
      row = withListing(row, copy.listing, rev, now);
      await db.revisions.put(revisionRow(key, rev, copy.listing, now, 'conflict'));
    }
    await db.drafts.put(row);
    return row;
  });
}
