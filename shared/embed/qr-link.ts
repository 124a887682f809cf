import { formatRupiah } from '../feed/format';
import { itemLinks, type ItemLink, type LinkKind } from '../feed/links';
import type { ShowcaseFeed, ShowcaseItem } from '../feed/schema';

/**
 * The link a printed card's QR code opens: the one the widget's own buy button opens (shared/feed/links.ts), so a
 * printed card and the widget never disagree; or WhatsApp first when the curator prefers it.
 */
export type QrPreference = 'buy' | 'whatsapp';
export type QrKind = LinkKind;
export type QrLink = ItemLink;

export function qrLinkFor(item: ShowcaseItem, feed: Pick<ShowcaseFeed, 'title'>, prefer: QrPreference = 'buy'): QrLink | undefined {
  const links = itemLinks(item, item.price ? formatRupiah(item.price.idr) : undefined, feed.title);
  return prefer === 'whatsapp' ? (links.find((l) => l.kind === 'whatsapp') ?? links[0]) : links[0];
}
