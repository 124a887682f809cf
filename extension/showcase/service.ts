import { Dexie, liveQuery } from 'dexie';
import { describeIssues } from '../../shared/feed/reasons';
import { Curator, ShowcaseItem, type ShowcaseFeed, type ShowcaseItemInput } from '../../shared/feed/schema';
import type { BilingualText } from '../../shared/i18n/text';
import { appDB, type AppDB } from '../storage/db';
import type { ItemOrigin, ShowcaseItemRow } from '../storage/showcase-items-table';
import type { ShowcaseRow } from '../storage/showcases-table';
import { buildFeed, feedFileName, feedText, inShowcaseOrder, type LeftOut } from './feed-export';
import { readFeedFile } from './feed-import';
import type { SkippedItem } from '../../shared/feed/parse-core';
import { SHOWCASE_PROBLEMS } from './messages';
import { feedIdFor } from '../../shared/feed/prefill';

export interface ShowcaseServiceOptions {
  now?: () => number;
  newId?: () => string;
}

export type Result<T> = ({ ok: true } & T) | { ok: false; problem: BilingualText };

export interface ShowcaseSummary extends ShowcaseRow {
  itemCount: number;
}

export interface ShowcaseInput {
  title: string;
  curator?: { name: string; url?: string };
  hosting?: ShowcaseRow['hosting'];
}

export interface AddItemInput {
  item: ShowcaseItemInput;
  origin?: ItemOrigin;
  draftKey?: string;
  note?: string;
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
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());

  const itemsOf = (showcaseId: string) =>
    db.showcaseItems.where('[showcaseId+position]').between([showcaseId, Dexie.minKey], [showcaseId, Dexie.maxKey]);

  async function guarded<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await work();
    } catch {
      return { ok: false, problem: SHOWCASE_PROBLEMS.storage };
    }
  }

  function checkShowcase(input: ShowcaseInput): Result<{ value: Pick<ShowcaseRow, 'title' | 'curator' | 'hosting'> }> {
    const title = input.title.replace(/\s+/g, ' ').trim();
    if (!title) return { ok: false, problem: SHOWCASE_PROBLEMS.showcase({ id: 'judul etalase wajib diisi', en: 'the showcase title is required' }) };
    if (title.length > 120) return { ok: false, problem: SHOWCASE_PROBLEMS.showcase({ id: 'judul etalase terlalu panjang (maks. 120 huruf)', en: 'the showcase title is too long (max 120 characters)' }) };
    let curator: ShowcaseRow['curator'];
    const name = input.curator?.name.trim();
    if (name) {
      const url = input.curator?.url?.trim();
      const parsed = Curator.safeParse(url ? { name, url } : { name }, { reportInput: true });
      if (!parsed.success) {
        const why = describeIssues(parsed.error.issues.map((i) => ({ ...i, path: ['curator', ...i.path] })));
        return { ok: false, problem: SHOWCASE_PROBLEMS.showcase(why) };
      }
      curator = parsed.data;
    }
    return { ok: true, value: { title, curator, hosting: input.hosting } };
  }

  function checkItem(input: ShowcaseItemInput): Result<{ item: ShowcaseItem }> {
    const parsed = ShowcaseItem.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, problem: SHOWCASE_PROBLEMS.item(describeIssues(parsed.error.issues)) };
    return { ok: true, item: parsed.data };
  }

  /** Feed ids already used by other items of the showcase. */
  async function takenIds(showcaseId: string, except?: string): Promise<Set<string>> {
    const rows = await itemsOf(showcaseId).toArray();
    return new Set(rows.filter((r) => r.id !== except).map((r) => r.item.id));
  }

  async function touch(showcaseId: string, at: number) {
    await db.showcases.update(showcaseId, { updatedAt: at });
  }

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

    /** Adds an item at the end of the showcase. Its feed id is made unique within the showcase. */
    async addItem(showcaseId: string, input: AddItemInput): Promise<Result<{ row: ShowcaseItemRow }>> {
      const checked = checkItem(input.item);
      if (!checked.ok) return checked;
      return guarded<{ row: ShowcaseItemRow }>(async () =>
        db.transaction('rw', db.showcases, db.showcaseItems, async () => {
          if (!(await db.showcases.get(showcaseId))) return { ok: false as const, problem: SHOWCASE_PROBLEMS.notFound };
          const rows = await itemsOf(showcaseId).toArray();
          const taken = new Set(rows.map((r) => r.item.id));
          const at = now();
          const last = rows.reduce((max, r) => Math.max(max, r.position), -1);
          const row: ShowcaseItemRow = withoutUndefined({
            id: newId(),
            showcaseId,
            position: Math.floor(last) + 1,
            item: { ...checked.item, id: feedIdFor(checked.item.id || checked.item.name, taken) },
            origin: input.origin,
            draftKey: input.draftKey,
            note: input.note?.trim() || undefined,
            createdAt: at,
            updatedAt: at,
          });
          await db.showcaseItems.add(row);
          await touch(showcaseId, at);
          return { ok: true as const, row };
        }),
      );
    },

    /** Replaces an item's feed content (checked); keeps its place, origin and feed id unless another is given. */
    async updateItem(rowId: string, input: ShowcaseItemInput, note?: string): Promise<Result<{ row: ShowcaseItemRow }>> {
      const checked = checkItem(input);
      if (!checked.ok) return checked;
      return guarded<{ row: ShowcaseItemRow }>(async () =>
        db.transaction('rw', db.showcases, db.showcaseItems, async () => {
          const current = await db.showcaseItems.get(rowId);
          if (!current) return { ok: false as const, problem: SHOWCASE_PROBLEMS.itemNotFound };
          const taken = await takenIds(current.showcaseId, rowId);
          const at = now();
          const row: ShowcaseItemRow = withoutUndefined({
            ...current,
            item: { ...checked.item, id: feedIdFor(checked.item.id, taken) },
            note: note === undefined ? current.note : note.trim() || undefined,
            updatedAt: at,
          });
          await db.showcaseItems.put(row);
          await touch(current.showcaseId, at);
          return { ok: true as const, row };
        }),
      );
    },

    async removeItem(rowId: string): Promise<Result<{ row: ShowcaseItemRow }>> {
      return guarded<{ row: ShowcaseItemRow }>(async () =>
        db.transaction('rw', db.showcases, db.showcaseItems, async () => {
          const row = await db.showcaseItems.get(rowId);
          if (!row) return { ok: false as const, problem: SHOWCASE_PROBLEMS.itemNotFound };
          await db.showcaseItems.delete(rowId);
          await touch(row.showcaseId, now());
          return { ok: true as const, row };
        }),
      );
    },

    /**
     * Moves an item to `index` in its showcase's order (0 = first). Positions are renumbered 0, 1, 2 … in one
     * transaction, so two windows never see half a move.
     */
    async moveItem(rowId: string, index: number): Promise<Result<{ index: number }>> {
      return guarded<{ index: number }>(async () =>
        db.transaction('rw', db.showcases, db.showcaseItems, async () => {
          const row = await db.showcaseItems.get(rowId);
          if (!row) return { ok: false as const, problem: SHOWCASE_PROBLEMS.itemNotFound };
          const ordered = inShowcaseOrder(await itemsOf(row.showcaseId).toArray()).filter((r) => r.id !== rowId);
          const to = Math.max(0, Math.min(ordered.length, Math.trunc(index)));
          ordered.splice(to, 0, row);
          const at = now();
          const changed = ordered.flatMap((r, position) => (r.position === position ? [] : [{ ...r, position, updatedAt: at }]));
          await db.showcaseItems.bulkPut(changed);
          await touch(row.showcaseId, at);
          return { ok: true as const, index: to };
        }),
      );
    },

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

/** Drops keys whose value is undefined, so stored rows and exports carry no `"x": undefined`. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
