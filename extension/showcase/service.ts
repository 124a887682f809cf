import { liveQuery } from 'dexie';
import type { SkippedItem } from '../../shared/feed/parse-core';
import { itemKeys } from '../../shared/feed/refresh';
import type { ShowcaseFeed } from '../../shared/feed/schema';
import { appDB, type AppDB } from '../../shared/storage/db';
import type { ShowcaseItemRow } from '../../shared/storage/showcase-items-table';
import type { ShowcaseRow } from '../../shared/storage/showcases-table';
import { buildFeed, feedFileName, feedText, inShowcaseOrder, type LeftOut } from './feed-export';
import { readFeedFile } from './feed-import';
import { checkShowcase, withoutUndefined, type Result, type ShowcaseInput } from './input-checks';
import { itemWrites } from './item-writes';
import { SHOWCASE_PROBLEMS } from './messages';
import { showcaseStore, type ShowcaseServiceOptions } from './store';

export type { Result, ShowcaseInput } from './input-checks';
export type { AddItemInput } from './item-writes';
export type { ShowcaseServiceOptions } from './store';

export interface ShowcaseSummary extends ShowcaseRow {
  itemCount: number;
}

export interface ExportedFeed {
  feed: ShowcaseFeed;
  text: string;
  fileName: string;
  leftOut: LeftOut[];
}

/**
 * The one way to showcases and their items, for extension pages (side panel, Etalase saya). Every write is
 * checked against the shared feed schema first, so whatever is stored can be exported as a valid feed.
 * Failures (a bad field, full storage, a row deleted in another window) come back as bilingual problems;
 * nothing throws at the curator.
 */
export function createShowcaseService(db: AppDB, options: ShowcaseServiceOptions = {}) {
  const store = showcaseStore(db, options);
  const { now, newId, itemsOf, guarded } = store;

  const service = {
    db,

    async listShowcases(): Promise<ShowcaseSummary[]> {
      const showcases = await db.showcases.toArray();
      const summaries = await Promise.all(showcases.map(async (s) => ({ ...s, itemCount: await itemsOf(s.id).count() })));
      return summaries.sort((a, b) => a.title.localeCompare(b.title, 'id') || a.createdAt - b.createdAt);
    },

    getShowcase: (id: string) => db.showcases.get(id),

    async listItems(showcaseId: string): Promise<ShowcaseItemRow[]> {
      return inShowcaseOrder(await itemsOf(showcaseId).toArray());
    },

    /** The items, in any showcase, that are this product (keys from shared/feed/refresh.ts), with their showcase. */
    async findProduct(keys: readonly string[]): Promise<{ row: ShowcaseItemRow; showcaseTitle: string }[]> {
      if (!keys.length) return [];
      const wanted = new Set(keys);
      const [rows, showcases] = await Promise.all([db.showcaseItems.toArray(), db.showcases.toArray()]);
      const titles = new Map(showcases.map((s) => [s.id, s.title]));
      return rows
        .filter((row) => titles.has(row.showcaseId) && itemKeys(row.item, row.origin?.url).some((key) => wanted.has(key)))
        .map((row) => ({ row, showcaseTitle: titles.get(row.showcaseId)! }));
    },

    async createShowcase(input: ShowcaseInput): Promise<Result<{ showcase: ShowcaseRow }>> {
      const checked = checkShowcase(input);
      if (!checked.ok) return checked;
      return guarded(async () => {
        const at = now();
        const showcase: ShowcaseRow = { id: newId(), ...withoutUndefined(checked.value), createdAt: at, updatedAt: at };
        await db.showcases.add(showcase);
        return { ok: true, showcase };
      });
    },

    async updateShowcase(id: string, input: ShowcaseInput): Promise<Result<{ showcase: ShowcaseRow }>> {
      const checked = checkShowcase(input);
      if (!checked.ok) return checked;
      return guarded<{ showcase: ShowcaseRow }>(async () =>
        db.transaction('rw', db.showcases, async () => {
          const current = await db.showcases.get(id);
          if (!current) return { ok: false as const, problem: SHOWCASE_PROBLEMS.notFound };
          const { curator: _c, hosting: _h, ...rest } = current;
          const showcase: ShowcaseRow = { ...rest, ...withoutUndefined(checked.value), updatedAt: now() };
          await db.showcases.put(showcase);
          return { ok: true as const, showcase };
        }),
      );
    },

    /** Deletes the showcase and its items; returns them so the page can offer undo. */
    async deleteShowcase(id: string): Promise<Result<{ showcase: ShowcaseRow; items: ShowcaseItemRow[] }>> {
      return guarded<{ showcase: ShowcaseRow; items: ShowcaseItemRow[] }>(async () =>
        db.transaction('rw', db.showcases, db.showcaseItems, async () => {
          const showcase = await db.showcases.get(id);
          if (!showcase) return { ok: false as const, problem: SHOWCASE_PROBLEMS.notFound };
          const items = await itemsOf(id).toArray();
          await itemsOf(id).delete();
          await db.showcases.delete(id);
          return { ok: true as const, showcase, items };
        }),
      );
    },

    /** Puts back what deleteShowcase or removeItem returned. */
    async restore(showcase: ShowcaseRow | undefined, items: readonly ShowcaseItemRow[]): Promise<Result<object>> {
      return guarded(async () => {
        await db.transaction('rw', db.showcases, db.showcaseItems, async () => {
          if (showcase) await db.showcases.put(showcase);
          await db.showcaseItems.bulkPut([...items]);
        });
        return { ok: true };
      });
    },

    ...itemWrites(store),

    /** The showcase as a feed file, checked by ShowcaseFeed. */
    async exportFeed(showcaseId: string): Promise<Result<ExportedFeed>> {
      return guarded<ExportedFeed>(async () => {
        const showcase = await db.showcases.get(showcaseId);
        if (!showcase) return { ok: false, problem: SHOWCASE_PROBLEMS.notFound };
        const { feed, leftOut } = buildFeed(showcase, await itemsOf(showcaseId).toArray(), now());
        return { ok: true, feed, leftOut, text: feedText(feed), fileName: feedFileName(showcase.title) };
      });
    },

    /**
     * A feed file becomes a new showcase (title, curator, items in the feed's order), so a curator can keep
     * curating a feed made elsewhere or earlier. A bad file changes nothing.
     */
    async importFeed(file: Blob | string): Promise<Result<{ showcase: ShowcaseRow; added: number; skipped: SkippedItem[] }>> {
      const read = await readFeedFile(file);
      if (!read.ok) return read;
      const { feed } = read;
      return guarded<{ showcase: ShowcaseRow; added: number; skipped: SkippedItem[] }>(async () => {
        const at = now();
        const showcase: ShowcaseRow = withoutUndefined({ id: newId(), title: feed.title, curator: feed.curator, createdAt: at, updatedAt: at });
        const rows: ShowcaseItemRow[] = feed.items.map((item, position) => ({
          id: newId(),
          showcaseId: showcase.id,
          position,
          item,
          origin: { kind: 'feed' },
          createdAt: at,
          updatedAt: at,
        }));
        await db.transaction('rw', db.showcases, db.showcaseItems, async () => {
          await db.showcases.add(showcase);
          await db.showcaseItems.bulkAdd(rows);
        });
        return { ok: true, showcase, added: rows.length, skipped: read.skipped };
      });
    },

    /** Re-runs `read` whenever what it read changes, here or in another extension page. */
    watch<T>(read: () => Promise<T>, onChange: (value: T) => void): () => void {
      const subscription = liveQuery(read).subscribe({ next: onChange, error: () => undefined });
      return () => subscription.unsubscribe();
    },
  };
  return service;
}

export type ShowcaseService = ReturnType<typeof createShowcaseService>;

let shared: ShowcaseService | undefined;

/** The page's one service over the page's one database connection. */
export function showcaseService(): ShowcaseService {
  shared ??= createShowcaseService(appDB());
  return shared;
}

