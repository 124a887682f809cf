/**
 * What one card shows, worked out once per feed: links made safe, price formatted, photo resolved, text for
 * search. Rendering then only reads plain strings, which keeps the first render and every keystroke cheap.
 */
import { formatRupiah } from './format';
import { itemLinks, type ItemLink, type LinkKind } from './links';
import type { Badge, ShowcaseFeed, ShowcaseItem } from './schema';
import { safeResourceHref } from './urls';

export type { ItemLink, LinkKind };

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
  /** The feed marks it out of stock: the card says so and WhatsApp (ask when it is back) comes first. */
  soldOut: boolean;
  /** Every safe link, primary first (shared/feed/links.ts). */
  links: ItemLink[];
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
    soldOut: item.stock === 'out',
    links: itemLinks(item, price, feed.title),
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
