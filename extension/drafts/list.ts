import { Dexie } from 'dexie';
import type { AppDB } from '../storage/db';
import { searchWords } from '../storage/derive';
import type { DraftRow } from '../storage/drafts-table';
import type { Draft, DraftKey, DraftPage, DraftSort, DraftSummary, ListQuery } from './types';

export const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

/** A draft that is not deleted, or null. */
export async function findDraft(db: AppDB, key: DraftKey): Promise<Draft | null> {
  const row = await db.drafts.get(key);
  return row && !row.trashed ? row : null;
}

export function summarize(row: DraftRow): DraftSummary {
  return {
    key: row.id,
    title: row.listing.title,
    marketplace: row.listing.marketplace,
    score: row.score,
    originalScore: row.originalScore,
    rev: row.rev,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    conflicts: row.conflicts.length,
    sourceUrl: row.listing.sourceUrl ?? row.original?.sourceUrl,
  };
}

/**
 * One page of the drafts list. Without a query it reads straight from an index ([trashed+updatedAt] or
 * [trashed+score]), so the first page of 10,000 drafts costs one short index walk. With a query, the rarest-looking
 * (longest) word narrows the drafts through the word index, and the rest are checked on those few.
 */
export async function listDrafts(db: AppDB, { query = '', sort = 'updated', limit = DEFAULT_PAGE_SIZE, offset = 0 }: ListQuery = {}): Promise<DraftPage> {
  const size = Math.min(Math.max(1, Math.floor(limit)), MAX_PAGE_SIZE);
  const skip = Math.max(0, Math.floor(offset));
  const words = searchWords(query);
  if (!words.length) {
    const index = sort === 'updated' ? '[trashed+updatedAt]' : '[trashed+score]';
    const live = () => db.drafts.where(index).between([0, Dexie.minKey], [0, Dexie.maxKey]);
    const ordered = sort === 'score-low' ? live() : live().reverse();
    const [total, rows] = await Promise.all([live().count(), ordered.offset(skip).limit(size).toArray()]);
    return { items: rows.map(summarize), total };
  }
  const [first, ...rest] = [...words].sort((a, b) => b.length - a.length);
  const keys = await db.drafts.where('words').startsWith(first!).primaryKeys();
  const rows = (await db.drafts.bulkGet([...new Set(keys)])).filter(
    (row): row is DraftRow => !!row && !row.trashed && rest.every((w) => row.words.some((own) => own.startsWith(w))),
  );
  rows.sort(comparator(sort));
  return { items: rows.slice(skip, skip + size).map(summarize), total: rows.length };
}

function comparator(sort: DraftSort): (a: DraftRow, b: DraftRow) => number {
  if (sort === 'score-low') return (a, b) => a.score - b.score || b.updatedAt - a.updatedAt;
  if (sort === 'score-high') return (a, b) => b.score - a.score || b.updatedAt - a.updatedAt;
  return (a, b) => b.updatedAt - a.updatedAt;
}
