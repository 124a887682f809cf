/**
 * What one card shows, worked out once per feed: links made safe, price formatted, photo resolved, text for
 * search. Rendering then only reads plain strings, which keeps the first render and every keystroke cheap.
 */
import { formatRupiah } from './format';
import type { Badge, ShowcaseFeed, ShowcaseItem } from './schema';
import { safeHttpsHref, safeMarketplaceHref, safeResourceHref } from './urls';
import { orderMessage, whatsAppHref } from './whatsapp';

export interface CardData {
  key: string;
  name: string;
  price?: string;
  priceNote?: string;
  photo?: string;
  photoAlt: string;
  seller?: string;
  place?: string;
  badges: Badge[];
  blurb?: string;
  category?: string;
  shopee?: string;
  tokopedia?: string;
  whatsapp?: string;
  instagram?: string;
  website?: string;
  /** Lower-case name, category, tags, seller and place, for search. */
  haystack: string;
}

export interface Origin {
  /** Relative photo paths resolve against this: the feed's URL, or the page for an inline feed. */
  base: string;
  /** The host page's origin: its own http: files are allowed besides https:. */
  pageOrigin: string;
}

export function toCardData(item: ShowcaseItem, feed: ShowcaseFeed, origin: Origin): CardData {
  const price = item.price ? formatRupiah(item.price.idr) : undefined;
  const place = [item.seller?.district, item.seller?.city].filter(Boolean).join(', ') || undefined;
  const wa = item.links.whatsapp;
  return {
    key: item.id,
    name: item.name,
    price,
    priceNote: item.price?.note,
    photo: item.photo ? safeResourceHref(item.photo.src, origin.base, origin.pageOrigin) : undefined,
    photoAlt: item.photo?.alt ?? item.name,
    seller: item.seller?.name,
    place,
    // A feed may list a badge twice; show it once.
    badges: [...new Set(item.badges ?? [])],
    blurb: item.blurb,
    category: item.category,
    shopee: safeMarketplaceHref(item.links.shopee, 'shopee'),
    tokopedia: safeMarketplaceHref(item.links.tokopedia, 'tokopedia'),
    whatsapp: wa ? whatsAppHref(wa.number, wa.message ?? orderMessage(item.name, price, feed.title)) : undefined,
    instagram: safeMarketplaceHref(item.links.instagram, 'instagram'),
    website: safeHttpsHref(item.links.website),
    haystack: [item.name, item.category, ...(item.tags ?? []), item.seller?.name, place, item.blurb]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
  };
}

/** Every word of the query must appear somewhere in the card's text. */
export function matchesQuery(card: CardData, words: string[]): boolean {
  return words.every((w) => card.haystack.includes(w));
}

export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}
