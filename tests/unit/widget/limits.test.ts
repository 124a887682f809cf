// @vitest-environment happy-dom
/**
 * The widget runs on a café's page: a feed server that sends far too much (with an honest, a lying or no
 * Content-Length) must not make it hold the whole answer in memory, and the saved copies in the café's
 * localStorage stay a bounded few.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadShowcase, type LoadRequest } from '../../../widget/load';
import { createShowcaseModel } from '../../../widget/model';
import { MAX_CACHED_FEEDS, readCachedFeed, writeCachedFeed } from '../../../widget/cache';
import { demoFeed, demoFeedText, widgetParser } from './feed-for-tests';

const FEED_URL = 'https://cafe.example/etalase.json';
const MB = 1024 * 1024;
const LIMIT = 12 * MB;

function request(overrides: Partial<LoadRequest> = {}): LoadRequest {
  return { url: FEED_URL, pageUrl: 'https://cafe.example/', pageOrigin: 'https://cafe.example', signal: new AbortController().signal, parser: widgetParser, ...overrides };
}

/** A body of `total` bytes of JSON whitespace in 1 MB chunks, pulled only when read; counts what was pulled. */
function hugeBody(total: number) {
  const pulled = { bytes: 0, cancelled: false };
  const chunk = new Uint8Array(MB).fill(0x20);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled.bytes >= total) return controller.close();
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        pulled.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled };
}

function serveStream(stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(stream, { status: 200, headers })));
}

describe('feed size', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    localStorage.clear();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    warn.mockRestore();
  });

  it('a Content-Length over the limit: refused before reading the body', async () => {
    const { stream, pulled } = hugeBody(40 * MB);
    serveStream(stream, { 'content-length': String(40 * MB) });
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.status.value).toBe('error');
    expect(pulled.bytes).toBe(0);
    expect(warn.mock.calls.flat().join(' ')).toContain('Feed terlalu besar (lebih dari 12 MB). / The feed is too large (over 12 MB).');
  });

  it.each([
    ['no Content-Length', {}],
    ['a lying Content-Length', { 'content-length': '2048' }],
  ])('%s: reading stops just past the limit and the body is cancelled', async (_name, headers) => {
    const { stream, pulled } = hugeBody(40 * MB);
    serveStream(stream, headers);
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.status.value).toBe('error');
    expect(pulled.bytes).toBeLessThanOrEqual(LIMIT + MB);
    expect(pulled.bytes).toBeGreaterThan(LIMIT);
    expect(pulled.cancelled).toBe(true);
    expect(warn.mock.calls.flat().join(' ')).toContain('The feed is too large (over 12 MB).');
  });

  it('a feed within the limit, sent in pieces (multi-byte characters split across them), reads whole', async () => {
    const bytes = new TextEncoder().encode(demoFeedText().replace('"title"', '"title_note":"Kopi ☕ Gayo — ‘asli’","title"'));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 7) controller.enqueue(bytes.slice(at, at + 7));
        controller.close();
      },
    });
    serveStream(stream);
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.status.value).toBe('ready');
    expect(model.cards.value.length).toBeGreaterThan(20);
  });
});

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
