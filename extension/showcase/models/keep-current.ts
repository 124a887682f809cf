import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { applyRefresh, listingKeys, refreshFor, type ItemRefresh } from '../../../shared/feed/refresh';
import type { BilingualText } from '../../../shared/i18n/text';
import type { Listing } from '../../../shared/listing/schema';
import type { ShowcaseItemRow } from '../../../shared/storage/showcase-items-table';
import type { ShowcaseService } from '../service';

/** One showcase item that is this product and differs from its page now. */
export interface StaleItem {
  row: ShowcaseItemRow;
  showcaseTitle: string;
  refresh: ItemRefresh;
}

export type RefreshStatus = { kind: 'saving' } | { kind: 'done' } | { kind: 'failed'; problem: BilingualText };

/**
 * Keeping showcases current from the side panel: when the product the panel shows (read from its Shopee or
 * Tokopedia page, not the seller's edits) is already in one of the curator's showcases, and its price, cover photo
 * or stock changed since, the panel offers to update those items. Nothing changes until the curator says so.
 */
export function createKeepCurrent(service: ShowcaseService, source: { pageListing: ReadonlySignal<Listing | null> }) {
  const stale = signal<StaleItem[]>([]);
  const status = signal<Record<string, RefreshStatus>>({});
  let asked = 0;

  async function look(listing: Listing | null) {
    const ticket = ++asked;
    const keys = listing ? listingKeys(listing) : [];
    const found = keys.length ? await service.findProduct(keys).catch(() => []) : [];
    if (ticket !== asked) return;
    stale.value = listing
      ? found.flatMap(({ row, showcaseTitle }) => {
          const refresh = refreshFor(row.item, listing);
          return refresh ? [{ row, showcaseTitle, refresh }] : [];
        })
      : [];
  }

  const stop = effect(() => {
    const listing = source.pageListing.value;
    status.value = {};
    void look(listing);
  });

  const setStatus = (rowId: string, next: RefreshStatus) => (status.value = { ...status.peek(), [rowId]: next });

  return {
    stale,
    status,
    async update(rowId: string) {
      const match = stale.peek().find((s) => s.row.id === rowId);
      if (!match) return;
      setStatus(rowId, { kind: 'saving' });
      const result = await service.updateItem(rowId, applyRefresh(match.row.item, match.refresh), match.row.note);
      if (!result.ok) return setStatus(rowId, { kind: 'failed', problem: result.problem });
      setStatus(rowId, { kind: 'done' });
      stale.value = stale.peek().map((s) => (s.row.id === rowId ? { ...s, row: result.row } : s));
    },
    dispose: stop,
  };
}

export type KeepCurrentModel = ReturnType<typeof createKeepCurrent>;
