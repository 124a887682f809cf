/**
 * The last good copy of each feed, in the host page's localStorage, so a visitor who comes back offline still
 * sees the products. localStorage can be missing (sandboxed iframes, privacy modes) or full: then nothing is
 * cached and nothing breaks. Only the few feeds used last are kept (a page may show several, or change its feed),
 * so the café's storage does not fill up with copies of feeds it no longer shows.
 */
import type { ShowcaseFeed } from '../shared/feed/schema';

const PREFIX = 'rapi-etalase:v1:';
/** The cached feeds' addresses, most recently used first. */
const ORDER = 'rapi-etalase:order';
export const MAX_CACHED_FEEDS = 5;

export interface CachedFeed {
  /** When this copy was fetched, ISO 8601. */
  savedAt: string;
  /** The feed as validated then; it is validated again on reading (storage can be edited or corrupted). */
  feed: unknown;
}

/** Every cached address, most recently used first; copies an older widget saved (not in the order) come last. */
function cachedUrls(): string[] {
  const stored: string[] = [];
  for (let i = 0, key; (key = localStorage.key(i++)) !== null; ) if (key.startsWith(PREFIX)) stored.push(key.slice(PREFIX.length));
  let order: unknown;
  try {
    order = JSON.parse(localStorage.getItem(ORDER)!);
  } catch {
    // A damaged order: every copy counts as old.
  }
  return [...new Set([...(Array.isArray(order) ? order : []), ...stored])].filter((u) => stored.includes(u));
}

/** Marks `url` as just used and drops the copies beyond the newest `keep`. */
function use(url: string, keep = MAX_CACHED_FEEDS): void {
  const urls = [url, ...cachedUrls().filter((u) => u !== url)];
  for (const old of urls.slice(keep)) localStorage.removeItem(PREFIX + old);
  localStorage.setItem(ORDER, JSON.stringify(urls.slice(0, keep)));
}

export function readCachedFeed(url: string): CachedFeed | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + url);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<CachedFeed>;
    if (typeof parsed.savedAt !== 'string' || !parsed.feed) return undefined;
    use(url);
    return parsed as CachedFeed;
  } catch {
    return undefined;
  }
}

export function writeCachedFeed(url: string, feed: ShowcaseFeed, savedAt = new Date()): boolean {
  const value = JSON.stringify({ savedAt: savedAt.toISOString(), feed });
  // Full storage: keep fewer older copies (least recently used go first) until this one fits.
  for (let keep = MAX_CACHED_FEEDS; keep; keep--) {
    try {
      use(url, keep);
      localStorage.setItem(PREFIX + url, value);
      return true;
    } catch {
      // Try again with one copy fewer.
    }
  }
  return false;
}
