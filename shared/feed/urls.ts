/**
 * Link and image rules for the showcase. Feed text comes from strangers, so every URL goes through the
 * browser's own URL parser (which strips tabs and newlines: "java\tscript:" becomes "javascript:") and only
 * then is its scheme checked. Callers render `.href` of the parsed URL, never the raw string.
 */

/** The parsed URL when `value` is an absolute https: URL, else undefined. */
export function parseHttpsUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' && url.hostname !== '' ? url : undefined;
}

/** The href of an absolute https: URL, or undefined. */
export function safeHttpsHref(value: unknown): string | undefined {
  return parseHttpsUrl(value)?.href;
}

/** True when `host` is `domain` itself or one of its subdomains. */
export function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Where each "buy" button may point. A "Beli di Shopee" button that opens some other site would mislead buyers. */
export const MARKETPLACE_HOSTS = {
  shopee: ['shopee.co.id', 'shp.ee'],
  tokopedia: ['tokopedia.com', 'tokopedia.link'],
  instagram: ['instagram.com', 'instagr.am'],
} as const;
export type MarketplaceLink = keyof typeof MARKETPLACE_HOSTS;

/** The href when `value` is an https: URL on one of `kind`'s hosts, else undefined. */
export function safeMarketplaceHref(value: unknown, kind: MarketplaceLink): string | undefined {
  const url = parseHttpsUrl(value);
  if (!url) return undefined;
  return MARKETPLACE_HOSTS[kind].some((domain) => isHostOf(url.hostname, domain)) ? url.href : undefined;
}

/**
 * Photo sources may be https: URLs or paths relative to the feed (a café can host `foto/kopi.jpg` beside its
 * `etalase.json`). Resolved against an https: base, a relative path must stay https:, which rules out every
 * other scheme however it is disguised.
 */
export function isPhotoSource(value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    return new URL(value, 'https://feed.invalid/').protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Resolves a photo source (or a feed URL) against `base` and returns its href when the browser may load it:
 * https:, or the host page's own origin (a site on plain http, or localhost while testing, can use its own files),
 * or, for a page opened from local files, files beside it.
 * Never data:, blob:, javascript: or any other scheme.
 */
export function safeResourceHref(value: unknown, base: string, pageOrigin: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && url.origin === pageOrigin) return url.href;
  // A standalone etalase.html opened from a phone's or tablet's files shows the photos kept beside it.
  if (url.protocol === 'file:' && base.startsWith('file:')) return url.href;
  return undefined;
}
