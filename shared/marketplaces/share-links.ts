import { detectPage } from './detect';
import type { PageInfo } from './types';

/**
 * What a share from another app carries (the Web Share Target's title, text and url fields). Android apps put
 * the product link inside `text` ("Cek Kopi Gayo di Tokopedia! https://tokopedia.link/…"), not in `url`, so every
 * field is searched. Rapi never fetches a shared link: it only names the marketplace and labels the draft.
 */
export interface SharedFields {
  title?: string;
  text?: string;
  url?: string;
}

export type LinkMarketplace = 'shopee' | 'tokopedia';

export interface SharedLink {
  /** The link as found, normalised by the URL parser (https, lower-case host). */
  href: string;
  marketplace: LinkMarketplace;
  /** short: an app's share link that redirects (its product is unknown until opened); product: a product page. */
  kind: 'short' | 'product' | 'other';
  /** For a product page: its ids, as the extension reads them from the same URL. */
  page?: PageInfo;
}

export interface ReadShare {
  /** The first marketplace link in the share, or null. */
  link: SharedLink | null;
  /** The shared words with the link taken out (what the other app said about the product), trimmed. */
  words: string;
}

/** Each app's share-link hosts (they redirect to the product page). */
const SHORT_LINK_HOSTS: Record<string, LinkMarketplace> = {
  'tokopedia.link': 'tokopedia',
  'vt.tokopedia.com': 'tokopedia',
  'shope.ee': 'shopee',
  'id.shp.ee': 'shopee',
  's.shopee.co.id': 'shopee',
};

const LONGEST_FIELD = 20_000;
/** http(s) links, and bare short links ("tokopedia.link/abc") that some apps write without a scheme. */
const LINK = /\bhttps?:\/\/[^\s<>"'`]+|\b(?:tokopedia\.link|vt\.tokopedia\.com|shope\.ee|id\.shp\.ee|s\.shopee\.co\.id)\/[^\s<>"'`]+/gi;
/** Closing punctuation that ends a sentence around a link rather than belonging to it. */
const TRAILING = /[).,!?;:'"\]]+$/;

/** The marketplace link in a piece of text, if any: what it names, never what it leads to. */
export function marketplaceLink(raw: string): SharedLink | null {
  const candidate = raw.replace(TRAILING, '');
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(candidate) ? candidate : `https://${candidate}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const short = SHORT_LINK_HOSTS[host];
  if (short) return url.pathname.length > 1 ? { href: url.href, marketplace: short, kind: 'short' } : null;
  const page = detectPage(url.href);
  if (page.site === 'other') return null;
  const marketplace = page.site;
  return page.kind === 'product' ? { href: url.href, marketplace, kind: 'product', page } : { href: url.href, marketplace, kind: 'other' };
}

/**
 * Reads a share: the first marketplace link in url, text or title (a product page before a short link before any
 * other marketplace page), and the words around it. Bounded: a huge shared text is cut before it is searched.
 */
export function readShare(fields: SharedFields): ReadShare {
  const parts = [fields.url, fields.text, fields.title].map((p) => (typeof p === 'string' ? p.slice(0, LONGEST_FIELD) : ''));
  const links = parts.flatMap((part) => [...part.matchAll(LINK)].map((m) => marketplaceLink(m[0]))).filter((l): l is SharedLink => l !== null);
  const rank = { product: 0, short: 1, other: 2 } as const;
  const link = links.sort((a, b) => rank[a.kind] - rank[b.kind])[0] ?? null;
  const words = [fields.title, fields.text]
    .map((p) => (typeof p === 'string' ? p.slice(0, LONGEST_FIELD).replace(LINK, ' ') : ''))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p, i, all) => p && all.indexOf(p) === i)
    .join(' — ');
  return { link, words };
}
