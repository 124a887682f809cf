import { ExportedShowcaseItem, ItemOrigin } from '../export/showcase';

/**
 * showcaseItems: the items of every showcase (showcases-table.ts), one row each. (Versions 2 and 3 called this
 * table `showcase`; the export file still does, it is a public format.) `item` is exactly what goes into the
 * feed (the shared ShowcaseItem schema, so a stored item is always a valid feed item); the rest is the curator's
 * bookkeeping, never put in the feed: which showcase, where in its order, where the item came from.
 * extension/showcase/service.ts is the only writer and checks every row before it is put.
 */
export const ShowcaseItemRow = ExportedShowcaseItem;
export type ShowcaseItemRow = ExportedShowcaseItem;
export { ItemOrigin };

/** The current index list (see versions.ts for each version's): items of one showcase in order. */
export const SHOWCASE_ITEMS_STORE = 'id, updatedAt, [showcaseId+position]';
