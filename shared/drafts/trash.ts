import { Dexie } from 'dexie';
import type { AppDB } from '../storage/db';
import { revisionsOf } from './history';
import type { DraftKey } from './types';

/** How long a deleted draft can still be brought back before it and its history are removed for good. */
export const TRASH_KEEP_MS = 24 * 60 * 60 * 1000;

/** Deletes a draft so that undoDelete can bring it back; returns its title for the "Draf dihapus" message. */
export async function deleteDraft(db: AppDB, key: DraftKey, now: number): Promise<{ key: DraftKey; title: string } | null> {
  return db.transaction('rw', db.drafts, async () => {
    const row = await db.drafts.get(key);
    if (!row || row.trashed) return null;
    await db.drafts.put({ ...row, trashed: 1, deletedAt: now });
    return { key, title: row.listing.title };
  });
}

/** Brings a deleted draft back exactly as it was. False when it is no longer in the trash. */
export async function undoDelete(db: AppDB, key: DraftKey): Promise<boolean> {
  return db.transaction('rw', db.drafts, async () => {
    const row = await db.drafts.get(key);
    if (!row || !row.trashed) return false;
    const { deletedAt: _gone, ...rest } = row;
    await db.drafts.put({ ...rest, trashed: 0 });
    return true;
  });
}

/** Removes drafts deleted more than `keepMs` ago, with their history. Returns how many. */
export async function purgeTrash(db: AppDB, now: number, keepMs: number = TRASH_KEEP_MS): Promise<number> {
  return db.transaction('rw', db.drafts, db.revisions, async () => {
    const old = await db.drafts
      .where('[trashed+updatedAt]')
      .between([1, Dexie.minKey], [1, Dexie.maxKey])
      .filter((row) => (row.deletedAt ?? 0) <= now - keepMs)
      .primaryKeys();
    for (const key of old) await revisionsOf(db, key).delete();
    await db.drafts.bulkDelete(old);
    return old.length;
  });
}
