/**
 * Where an item's buttons lead, made safe, in the order a card offers them. The widget's cards, the embed
 * snippet's no-JavaScript links and the printed QR codes all take their links from here, so they never disagree.
 */
import type { ShowcaseItem } from './schema';
import { safeHttpsHref, safeMarketplaceHref } from './urls';
import { orderMessage, whatsAppHref } from './whatsapp';

export type LinkKind = 'shopee' | 'tokopedia' | 'whatsapp' | 'website' | 'instagram';
export interface ItemLink {
  kind: LinkKind;
  href: string;
}

/** The buy places in the order a card offers them: its one primary button is the first that the item has. */
export const LINK_ORDER: readonly LinkKind[] = ['shopee', 'tokopedia', 'whatsapp', 'website', 'instagram'];

/**
 * Every safe link of an item, primary first; WhatsApp comes first for an item out of stock (the buyer asks when
 * it is back). `price` is the formatted price the WhatsApp message quotes; `showcase` the feed's title.
 */
export function itemLinks(item: ShowcaseItem, price: string | undefined, showcase: string | undefined): ItemLink[] {
  const { links } = item;
  const soldOut = item.stock === 'out';
  const wa = links.whatsapp;
  const hrefs: Record<LinkKind, string | undefined> = {
    shopee: safeMarketplaceHref(links.shopee, 'shopee'),
    tokopedia: safeMarketplaceHref(links.tokopedia, 'tokopedia'),
    whatsapp: wa ? whatsAppHref(wa.number, wa.message ?? orderMessage(item.name, price, showcase, soldOut)) : undefined,
    instagram: safeMarketplaceHref(links.instagram, 'instagram'),
    website: safeHttpsHref(links.website),
  };
  const order = new Set<LinkKind>(soldOut ? ['whatsapp', ...LINK_ORDER] : LINK_ORDER);
  return [...order].flatMap((kind) => (hrefs[kind] ? [{ kind, href: hrefs[kind] }] : []));
}
