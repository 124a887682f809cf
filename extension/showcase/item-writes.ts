import type { ShowcaseItemInput } from '../../shared/feed/schema';
import { feedIdFor } from '../../shared/feed/prefill';
import type { ItemOrigin, ShowcaseItemRow } from '../../shared/storage/showcase-items-table';
import { inShowcaseOrder } from './feed-export';
import { checkItem, withoutUndefined, type Result } from './input-checks';
import { SHOWCASE_PROBLEMS } from './messages';
import type { ShowcaseStore } from './store';

export interface AddItemInput {
  item: ShowcaseItemInput;
  origin?: ItemOrigin;
  draftKey?: string;
  note?: string;
}

/** Adding, changing, removing and reordering the items of a showcase (the showcase service's item half). */
export function itemWrites(store: ShowcaseStore) {
  const { db, now, newId, itemsOf, guarded, touch } = store;

  /** Feed ids already used by other items of the showcase. */
  async function takenIds(showcaseId: string, except?: string): Promise<Set<string>> {
    const rows = await itemsOf(showcaseId).toArray();
    return new Set(rows.filter((r) => r.id !== except).map((r) => r.item.id));
  }

  return {
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
  };
}
