import { z } from 'zod';
import { Curator, ShowcaseItem } from '../feed/schema';
import { bi, type BilingualText } from '../i18n/text';

/**
 * Showcases (etalase) and their items, as stored and as exported: the database's showcases and showcase tables
 * hold exactly these rows (shared/storage/showcases-table.ts, showcase-items-table.ts). An item's `item` is the
 * shared feed item (shared/feed), so what is stored can always be exported as a valid ShowcaseFeed.
 */

/** The same range as `Timestamp` in ./schema.ts. Not imported from there: schema.ts imports this file. */
const Time = z
  .number()
  .int()
  .min(0)
  .max(Date.UTC(2200, 0, 1));
const Key = z.string().min(1).max(400);
const notBlank = (s: string) => s.trim().length > 0;

export const SHOWCASE_LIMITS = { showcases: 10_000, items: 100_000 } as const;

export const ExportedShowcase = z.object({
  id: Key,
  /** The feed's title, shown above the cards: "Produk lokal pilihan Kedai Kuru". */
  title: z
    .string()
    .max(120)
    .refine(notBlank, { message: 'the title is empty', params: { text: bi('judul etalase kosong', 'the showcase title is empty') } }),
  curator: z.optional(Curator),
  /** Where the curator hosts the widget and the feed, remembered for the embed snippet. */
  hosting: z
    .object({
      scriptUrl: z.string().max(2000).optional(),
      feedUrl: z.string().max(2000).optional(),
    })
    .optional(),
  createdAt: Time,
  updatedAt: Time,
});
export type ExportedShowcase = z.infer<typeof ExportedShowcase>;

export const ItemOrigin = z.object({
  /** page: a marketplace product page; seller-form; manual: typed in the panel; draft; feed: an imported feed. */
  kind: z.enum(['page', 'seller-form', 'manual', 'draft', 'feed']),
  /** The address it was read from. */
  url: z.string().max(2000).optional(),
  /** The listing's score when it was added (the panel warns under a threshold). */
  score: z.number().int().min(0).max(100).optional(),
});
export type ItemOrigin = z.infer<typeof ItemOrigin>;

export const ExportedShowcaseItem = z.object({
  id: Key,
  showcaseId: Key,
  /** Order within the showcase, smallest first. */
  position: z.number().finite().min(-1e9).max(1e9),
  /** Exactly what goes into the feed. */
  item: ShowcaseItem,
  origin: ItemOrigin.optional(),
  /** The draft this item was made from (a draft key, see shared/storage/draft-keys.ts). */
  draftKey: Key.optional(),
  /** The curator's own note, never shown to buyers. */
  note: z.string().max(1000).optional(),
  createdAt: Time,
  updatedAt: Time,
});
export type ExportedShowcaseItem = z.infer<typeof ExportedShowcaseItem>;

/**
 * A showcase row from before showcases existed (export files of database version 2): an id, a time, and what its
 * writer added (draftKey, note). Import turns it into an item of one showcase (shared/storage/showcase-legacy.ts).
 * A row with a showcase or an item is a current row and must pass ExportedShowcaseItem instead.
 */
export const SeamShowcaseItem = z.looseObject({
  id: Key,
  updatedAt: Time,
  showcaseId: z.never().optional(),
  item: z.never().optional(),
});
export type SeamShowcaseItem = z.infer<typeof SeamShowcaseItem>;

export const ExportedShowcases = z.array(ExportedShowcase).max(SHOWCASE_LIMITS.showcases);
export const ExportedShowcaseItems = z.array(z.union([ExportedShowcaseItem, SeamShowcaseItem])).max(SHOWCASE_LIMITS.items);

export function isCurrentShowcaseItem(row: ExportedShowcaseItem | SeamShowcaseItem): row is ExportedShowcaseItem {
  return typeof row.showcaseId === 'string';
}

/** A file whose items point at showcases it does not hold, or that repeats ids, contradicts itself. */
export function showcaseProblems(showcases: readonly ExportedShowcase[], items: readonly (ExportedShowcaseItem | SeamShowcaseItem)[]): BilingualText[] {
  const problems: BilingualText[] = [];
  const ids = new Set<string>();
  for (const s of showcases) {
    if (ids.has(s.id)) problems.push(bi(`etalase "${s.id}" ada dua kali`, `duplicate showcase "${s.id}"`));
    ids.add(s.id);
  }
  const itemIds = new Set<string>();
  for (const item of items) {
    if (itemIds.has(item.id)) problems.push(bi(`barang etalase "${item.id}" ada dua kali`, `duplicate showcase item "${item.id}"`));
    itemIds.add(item.id);
    if (isCurrentShowcaseItem(item) && !ids.has(item.showcaseId)) {
      problems.push(bi(`barang etalase "${item.id}" milik etalase "${item.showcaseId}" yang tidak ada di file`, `showcase item "${item.id}" of a missing showcase "${item.showcaseId}"`));
    }
  }
  return problems.slice(0, 5);
}
