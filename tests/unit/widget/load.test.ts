// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { loadShowcase, type LoadRequest } from '../../../widget/load';
import { createShowcaseModel } from '../../../widget/model';
import { readCachedFeed } from '../../../widget/cache';
import { demoFeedText, widgetParser } from './feed-for-tests';

const FEED_URL = 'https://cafe.example/etalase.json';

function request(overrides: Partial<LoadRequest> = {}): LoadRequest {
  return {
    url: FEED_URL,
    pageUrl: 'https://cafe.example/toko.html',
    pageOrigin: 'https://cafe.example',
    signal: new AbortController().signal,
    parser: widgetParser,
    ...overrides,
  };
}

function serve(body: string, status = 200) {
  const fetchMock = vi.fn(async () => new Response(body, { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function offline() {
  const fetchMock = vi.fn(async () => {
    throw new TypeError('Failed to fetch');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const MB = 1024 * 1024;
const LIMIT = 12 * MB;

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

describe('loadShowcase', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    localStorage.clear();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    warn.mockRestore();
  });

  it('fetches the feed without cookies or referrer, shows it, and saves a copy', async () => {
    const fetchMock = serve(demoFeedText());
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.status.value).toBe('ready');
    expect(model.cards.value.length).toBeGreaterThan(20);
    expect(model.staleSince.value).toBeUndefined();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(FEED_URL);
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(readCachedFeed(FEED_URL)?.feed).toMatchObject({ title: 'Etalase Produk Lokal Kedai Kopi Kuru' });
  });

  it('offline after a first visit: shows the saved copy and says when it was updated', async () => {
    serve(demoFeedText());
    await loadShowcase(createShowcaseModel(), request());
    offline();
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.status.value).toBe('ready');
    expect(model.cards.value.length).toBeGreaterThan(20);
    expect(model.staleSince.value).toBe('2026-11-20T09:00:00+07:00');
    expect(warn.mock.calls.flat().join(' ')).toContain('Feed tidak bisa diambil (offline atau diblokir). / The feed could not be fetched');
  });

  it('a broken feed on the server does not replace the good saved copy', async () => {
    serve(demoFeedText());
    await loadShowcase(createShowcaseModel(), request());
    serve('<html>502 Bad Gateway</html>');
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.cards.value.length).toBeGreaterThan(20);
    expect(model.staleSince.value).toBeDefined();
    expect(readCachedFeed(FEED_URL)?.feed).toMatchObject({ version: 1 });
  });

  it('offline on the first visit: a friendly message, no cards', async () => {
    offline();
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.status.value).toBe('error');
    expect(model.error.value).toBeUndefined();
    expect(model.feed.value).toBeUndefined();
  });

  it('an invalid feed: says why, in both languages', async () => {
    serve(JSON.stringify({ version: 1, title: '', items: [] }));
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.status.value).toBe('error');
    expect(model.error.value).toEqual({
      id: 'Feed tidak valid: kolom title: tidak boleh kosong.',
      en: 'The feed is not valid: field title: must not be empty.',
    });
  });

  it('a server error status is reported', async () => {
    serve('not here', 404);
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.status.value).toBe('error');
    expect(warn.mock.calls.flat().join(' ')).toContain('Server feed menjawab 404. / The feed server answered 404.');
  });

  it('warns in the console about each skipped item, naming which and why in both languages', async () => {
    const feed = JSON.parse(demoFeedText());
    feed.items.push({ id: 'jahat', name: 'Jahat', links: { shopee: 'javascript:alert(1)' } });
    serve(JSON.stringify(feed));
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.cards.value.map((c) => c.key)).not.toContain('jahat');
    const line = warn.mock.calls.map((c) => c.join(' ')).find((l) => l.includes('jahat'));
    expect(line).toContain('[rapi-etalase]');
    expect(line).toContain(`Barang ke-${feed.items.length} (id "jahat") dilewati: kolom links.shopee: harus tautan https:// ke shopee.co.id`);
    expect(line).toContain(`Item ${feed.items.length} (id "jahat") skipped: field links.shopee: must be an https:// link to shopee.co.id`);
  });

  it('summarises after 20 warnings instead of flooding the console', async () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ id: `x${i}`, name: '' }));
    serve(JSON.stringify({ version: 1, title: 'Rusak', items: [...items, { id: 'ok', name: 'OK' }] }));
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.cards.value).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(21);
    expect(warn.mock.calls.at(-1)!.join(' ')).toContain('…dan 30 barang lain dilewati. / …and 30 more items skipped.');
  });

  it('refuses a feed address that is not https (unless it is the page own origin)', async () => {
    const fetchMock = serve(demoFeedText());
    for (const url of ['http://evil.example/etalase.json', 'javascript:alert(1)', 'data:application/json,{}']) {
      const model = createShowcaseModel();
      await loadShowcase(model, request({ url }));
      expect(model.error.value?.en).toBe('The feed address must start with https://.');
    }
    expect(fetchMock).not.toHaveBeenCalled();
    const model = createShowcaseModel();
    await loadShowcase(model, request({ url: 'etalase.json', pageUrl: 'http://localhost:8080/', pageOrigin: 'http://localhost:8080' }));
    expect(fetchMock).toHaveBeenCalledWith('http://localhost:8080/etalase.json', expect.anything());
  });

  it('reads an inline feed without any request', async () => {
    const fetchMock = serve('');
    const model = createShowcaseModel();
    await loadShowcase(model, request({ url: null, inline: demoFeedText() }));
    expect(model.cards.value.length).toBeGreaterThan(20);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('falls back to the inline feed when the feed URL fails and nothing is saved', async () => {
    offline();
    const model = createShowcaseModel();
    await loadShowcase(model, request({ inline: demoFeedText() }));
    expect(model.status.value).toBe('ready');
  });

  it('says what to add when there is no feed at all', async () => {
    const model = createShowcaseModel();
    await loadShowcase(model, request({ url: null, inline: '  ' }));
    expect(model.error.value?.id).toContain('feed="https://…/etalase.json"');
  });

  it('survives a corrupted saved copy', async () => {
    localStorage.setItem(`rapi-etalase:v1:${FEED_URL}`, '{"savedAt":"2026-01-01","feed":{"version":1,"title":5}}');
    offline();
    const model = createShowcaseModel();
    await loadShowcase(model, request());
    expect(model.status.value).toBe('error');
  });

  // The widget runs on a café's page: a server sending far too much must not fill the page's memory.
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
