import { Dexie } from 'dexie';
import type { AppDB } from '../storage/db';
import type { DraftRow } from '../storage/drafts-table';
import { revisionId, type RevisionRow } from '../storage/revisions-table';
import { revisionsToDrop, startOfDay } from './compaction';

/** A draft's revisions, newest first. */
export function listRevisions(db: AppDB, key: string): Promise<RevisionRow[]> {
  return revisionsOf(db, key).reverse().toArray();
}

export function revisionsOf(db: AppDB, key: string) {
  return db.revisions.where('[draftId+rev]').between([key, Dexie.minKey], [key, Dexie.maxKey]);
}

/**
 * Thins a draft's history (compaction.ts). Call inside a rw transaction over revisions. Cheap when there is
 * nothing to do: it only runs when the draft was last changed before today.
 */
export async function compactInTransaction(db: AppDB, row: DraftRow, now: number): Promise<number> {
  if (row.updatedAt >= startOfDay(now)) return 0;
  const stamps: { rev: number; savedAt: number }[] = [];
  await revisionsOf(db, row.id).each((r) => void stamps.push({ rev: r.rev, savedAt: r.savedAt }));
  const drop = revisionsToDrop(stamps, row.rev, now);
  if (drop.length) await db.revisions.bulkDelete(drop.map((rev) => revisionId(row.id, rev)));
  return drop.length;
}

/** Compacts one draft's history now. */
export async function compactDraft(db: AppDB, key: string, now: number): Promise<number> {
  return db.transaction('rw', db.drafts, db.revisions, async () => {
    const row = await db.drafts.get(key);
    return row ? compactInTransaction(db, row, now) : 0;
  });
}
