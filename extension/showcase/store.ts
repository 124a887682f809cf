import { Dexie } from 'dexie';
import type { AppDB } from '../../shared/storage/db';
import type { Result } from './input-checks';
import { SHOWCASE_PROBLEMS } from './messages';

export interface ShowcaseServiceOptions {
  now?: () => number;
  newId?: () => string;
}

/** What the showcase service's parts share: the database, the clock, ids, and the one way storage errors read. */
export function showcaseStore(db: AppDB, options: ShowcaseServiceOptions = {}) {
  return {
    db,
    now: options.now ?? Date.now,
    newId: options.newId ?? (() => crypto.randomUUID()),
    /** One showcase's items, by their place in its order. */
    itemsOf: (showcaseId: string) =>
      db.showcaseItems.where('[showcaseId+position]').between([showcaseId, Dexie.minKey], [showcaseId, Dexie.maxKey]),
    /** Full storage, a closed database …: one bilingual problem instead of a throw. */
    async guarded<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
      try {
        return await work();
      } catch {
        return { ok: false, problem: SHOWCASE_PROBLEMS.storage };
      }
    },
    async touch(showcaseId: string, at: number) {
      await db.showcases.update(showcaseId, { updatedAt: at });
    },
  };
}

export type ShowcaseStore = ReturnType<typeof showcaseStore>;
