// @vitest-environment happy-dom
/** The saved copies of feeds in the café's localStorage stay a bounded few, least recently used dropped first. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_CACHED_FEEDS, readCachedFeed, writeCachedFeed } from '../../../widget/cache';
import { demoFeed } from './feed-for-tests';

const FEED_URL = 'https://cafe.example/etalase.json';

/** A Storage that throws QuotaExceededError past `quota` characters, as browsers do. */
class QuotaStorage {
  private items = new Map<string, string>();
  constructor(private quota: number) {}
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('saved copies of feeds', () => {
  beforeEach(() => localStorage.clear());

  it(`keeps at most ${5}, dropping the least recently used`, () => {
    expect(MAX_CACHED_FEEDS).toBe(5);
    const feed = demoFeed();
    const url = (i: number) => `https://cafe${i}.example/etalase.json`;
    for (let i = 1; i <= 5; i++) expect(writeCachedFeed(url(i), feed)).toBe(true);
    // Feed 1 is shown again (read), so feed 2 is now the least recently used.
    expect(readCachedFeed(url(1))).toBeDefined();
    writeCachedFeed(url(6), feed);
    const kept = [1, 2, 3, 4, 5, 6].filter((i) => readCachedFeed(url(i)));
    expect(kept).toEqual([1, 3, 4, 5, 6]);
    const stored = Object.keys(localStorage).filter((k) => k.startsWith('rapi-etalase:v1:'));
    expect(stored).toHaveLength(5);
  });

  it('a key of the café page\'s own named "" (allowed in localStorage) does not hide our copies from the count', () => {
    localStorage.setItem('', 'the page\'s own');
    const feed = demoFeed();
    for (let i = 1; i <= 7; i++) writeCachedFeed(`https://cafe${i}.example/etalase.json`, feed);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('rapi-etalase:v1:'))).toHaveLength(5);
    expect(localStorage.getItem('')).toBe('the page\'s own');
  });

  it('copies written by an older widget (no order kept) count too, and go first', () => {
    const feed = demoFeed();
    for (let i = 1; i <= 7; i++) localStorage.setItem(`rapi-etalase:v1:https://old${i}.example/f.json`, JSON.stringify({ savedAt: '2026-01-01T00:00:00Z', feed }));
    localStorage.setItem('other-site-key', 'kept');
    writeCachedFeed(FEED_URL, feed);
    const stored = Object.keys(localStorage).filter((k) => k.startsWith('rapi-etalase:v1:'));
    expect(stored).toHaveLength(5);
    expect(readCachedFeed(FEED_URL)).toBeDefined();
    expect(localStorage.getItem('other-site-key')).toBe('kept');
  });

  it('a full localStorage: the least recently used copies make room for the newest, one by one', () => {
    const feed = demoFeed();
    const size = JSON.stringify({ savedAt: new Date().toISOString(), feed }).length;
    vi.stubGlobal('localStorage', new QuotaStorage(size * 2.5)); // room for two copies, not three
    try {
      for (const host of ['a', 'b', 'c']) expect(writeCachedFeed(`https://${host}.example/f.json`, feed), host).toBe(true);
      expect(readCachedFeed('https://a.example/f.json')).toBeUndefined();
      expect(readCachedFeed('https://b.example/f.json')).toBeDefined();
      expect(readCachedFeed('https://c.example/f.json')).toBeDefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
