import type { Transaction } from 'dexie';
import { ExportedDraftKey } from '../export/schema';
import type { ShowcaseItem } from '../feed/schema';
import { Listing } from '../listing/schema';
import type { ShowcaseItemRow } from './showcase-items-table';
import type { ShowcaseRow } from './showcases-table';
import { feedIdFor, prefillItem } from '../feed/prefill';

/**
 * Before showcases existed (database version 2, export files of that time), a showcase row was only
 * `{id, updatedAt}` plus whatever its writer added (`draftKey`, `note`). Such rows become items of one showcase,
 * "Etalase saya", their feed item made from their draft when the draft is known. Every field they had is kept.
 */
export const SEAM_SHOWCASE_ID = 'etalase-saya';
export const SEAM_SHOWCASE_TITLE = 'Etalase saya';

export interface SeamRow {
  id: string;
  updatedAt: number;
  [key: string]: unknown;
}

/** True for a row written before showcases existed (no showcase or no feed item). */
export function isSeamRow(row: object): boolean {
  const r = row as Record<string, unknown>;
  return typeof r.showcaseId !== 'string' || typeof r.item !== 'object' || r.item === null;
}

/** The item for one old row: from its draft's listing when there is one, else from its note. */
export function itemFromSeamRow(row: SeamRow, draft: unknown, taken: Set<string>): ShowcaseItem {
  const listing = Listing.safeParse((draft as { listing?: unknown } | undefined)?.listing);
  const note = typeof row.note === 'string' ? row.note.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
  const item: ShowcaseItem = listing.success && listing.data.title.trim() ? prefillItem(listing.data) : { id: '', name: note || 'Barang tanpa nama', links: {} };
  item.id = feedIdFor(item.name, taken);
  taken.add(item.id);
  return item;
}

/** The new shape of an old row: its own fields unchanged, plus showcase, order and feed item. */
export function upgradeSeamRow(row: SeamRow, draft: unknown, position: number, taken: Set<string>, showcaseId = SEAM_SHOWCASE_ID): ShowcaseItemRow {
  const upgraded = { ...row } as Record<string, unknown>;
  if (upgraded.draftKey !== undefined && !ExportedDraftKey.safeParse(upgraded.draftKey).success) {
    // Not a key Rapi makes: keep the text where the curator can still read it.
    upgraded.note = [typeof upgraded.note === 'string' ? upgraded.note : '', `(draf: ${String(upgraded.draftKey).slice(0, 200)})`].join(' ').trim();
    delete upgraded.draftKey;
  }
  upgraded.showcaseId = showcaseId;
  upgraded.position = position;
  upgraded.item = itemFromSeamRow(row, draft, taken);
  upgraded.createdAt = typeof row.createdAt === 'number' ? row.createdAt : row.updatedAt;
  if (draft) upgraded.origin = { kind: 'draft' };
  return upgraded as ShowcaseItemRow;
}

export function seamShowcase(rows: readonly SeamRow[]): ShowcaseRow {
  const times = rows.map((r) => r.updatedAt);
  return { id: SEAM_SHOWCASE_ID, title: SEAM_SHOWCASE_TITLE, createdAt: Math.min(...times), updatedAt: Math.max(...times) };
}

/** Database version 3's upgrade. */
export async function upgradeSeamShowcaseItems(tx: Transaction): Promise<void> {
  const items = tx.table('showcase');
  const seam = ((await items.toArray()) as SeamRow[]).filter(isSeamRow).sort((a, b) => a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : 1));
  if (!seam.length) return;
  const showcases = tx.table('showcases');
  if (!(await showcases.get(SEAM_SHOWCASE_ID))) await showcases.put(seamShowcase(seam));
  const taken = new Set<string>();
  for (const [position, row] of seam.entries()) {
    const draft = typeof row.draftKey === 'string' ? await tx.table('drafts').get(row.draftKey) : undefined;
    await items.put(upgradeSeamRow(row, draft, position, taken));
  }
}
