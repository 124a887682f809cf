import { bi, type BilingualText } from '../../shared/i18n/text';
import { describeIssues } from '../../shared/feed/reasons';
import { ShowcaseFeed, ShowcaseItem, FEED_VERSION, type ShowcaseFeedInput } from '../../shared/feed/schema';
import type { ShowcaseItemRow } from '../../shared/storage/showcase-items-table';
import type { ShowcaseRow } from '../../shared/storage/showcases-table';
import { feedIdFor } from '../../shared/feed/prefill';

export interface LeftOut {
  rowId: string;
  name: string;
  reason: BilingualText;
}

export interface BuiltFeed {
  /** Valid by ShowcaseFeed, in the curator's order. */
  feed: ShowcaseFeed;
  /** Items that could not go in (a row damaged outside Rapi), each with the reason. */
  leftOut: LeftOut[];
}

/** Rows in the showcase's order: position, then age (two devices may have used the same position). */
export function inShowcaseOrder<T extends Pick<ShowcaseItemRow, 'position' | 'createdAt' | 'id'>>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.position - b.position || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** "2026-11-20T09:00:00+07:00": the feed wants a time zone; the curator's own is the natural one. */
export function isoWithOffset(ms: number, offsetMinutes = -new Date(ms).getTimezoneOffset()): string {
  const local = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The showcase as an ShowcaseFeed, checked by the shared schema (the same one the widget's validator is built
 * from). Ids stay unique even when two devices added the same product; a row that does not pass is left out and
 * named, never silently dropped.
 */
export function buildFeed(showcase: ShowcaseRow, rows: readonly ShowcaseItemRow[], now: number, offsetMinutes?: number): BuiltFeed {
  const leftOut: LeftOut[] = [];
  const taken = new Set<string>();
  const items: ShowcaseItem[] = [];
  for (const row of inShowcaseOrder(rows)) {
    const parsed = ShowcaseItem.safeParse(row.item, { reportInput: true });
    if (!parsed.success) {
      leftOut.push({ rowId: row.id, name: nameOf(row), reason: describeIssues(parsed.error.issues) });
      continue;
    }
    const item = parsed.data;
    const id = taken.has(item.id) ? feedIdFor(item.id, taken) : item.id;
    taken.add(id);
    items.push({ ...item, id });
  }
  const input: ShowcaseFeedInput = {
    version: FEED_VERSION,
    title: showcase.title,
    updated: isoWithOffset(now, offsetMinutes),
    items,
  };
  if (showcase.curator) input.curator = showcase.curator;
  const checked = ShowcaseFeed.safeParse(input, { reportInput: true });
  if (checked.success) return { feed: checked.data, leftOut };
  // Only the title or curator can fail here (every item passed above): export the items under a plain title.
  const feed = ShowcaseFeed.parse({ version: FEED_VERSION, title: 'Etalase', updated: input.updated, items });
  leftOut.push({ rowId: showcase.id, name: showcase.title, reason: describeIssues(checked.error.issues) });
  return { feed, leftOut };
}

function nameOf(row: ShowcaseItemRow): string {
  const name = (row.item as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name.trim() ? name : row.id;
}

/** The feed file's text: readable (curators open it), and what the widget reads. */
export function feedText(feed: ShowcaseFeed): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** etalase-kedai-kopi-kuru.json */
export function feedFileName(title: string): string {
  return `etalase-${feedIdFor(title)}.json`;
}

export const LEFT_OUT = (count: number, names: string): BilingualText =>
  bi(
    `${count} barang tidak ikut di feed karena datanya rusak: ${names}. Buka barangnya, perbaiki, lalu ekspor lagi.`,
    `${count} items were left out of the feed because their data is damaged: ${names}. Open them, fix them, then export again.`,
  );
