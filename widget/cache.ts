/**
 * The last good copy of each feed, in the host page's localStorage, so a visitor who comes back offline still
 * sees the products. localStorage can be missing (sandboxed iframes, privacy modes) or full: then nothing is
 * cached and nothing breaks.
 */
import type { ShowcaseFeed } from '../shared/feed/schema';

const PREFIX = 'rapi-etalase:v1:';

export interface CachedFeed {
  /** When this copy was fetched, ISO 8601. */
  savedAt: string;
  /** The feed as validated then; it is validated again on reading (storage can be edited or corrupted). */
  feed: unknown;
}

export function readCachedFeed(url: string): CachedFeed | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + url);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<CachedFeed>;
    return typeof parsed.savedAt === 'string' && parsed.feed ? (parsed as CachedFeed) : undefined;
  } catch {
    return undefined;
  }
}

export function writeCachedFeed(url: string, feed: ShowcaseFeed, savedAt = new Date()): boolean {
  try {
    localStorage.setItem(PREFIX + url, JSON.stringify({ savedAt: savedAt.toISOString(), feed }));
    return true;
  } catch {
    return false;
  }
}
