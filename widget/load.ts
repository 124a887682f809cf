/**
 * Getting the feed: from the `feed` URL (with the saved copy shown at once and used when the network fails),
 * or from the JSON inside the element. Every outcome ends in cards or a friendly message; nothing throws.
 * The only request is the feed itself: no cookies, no referrer.
 */
import type { FeedResult, SkippedItem } from '../shared/feed/parse-core';
import { describeSkipped } from '../shared/feed/parse-core';
import { safeResourceHref } from '../shared/feed/urls';
import { readCachedFeed, writeCachedFeed } from './cache';
import type { ShowcaseModel } from './model';
import { both, type BilingualText } from '../shared/i18n/text';

export interface FeedParser {
  parseFeed(json: unknown): FeedResult;
  parseFeedText(text: string): FeedResult;
}

export interface LoadRequest {
  /** The `feed` attribute as written. */
  url?: string | null;
  /** Text of a <script type="application/json"> inside the element. */
  inline?: string | null;
  /** document.baseURI and location.origin of the host page. */
  pageUrl: string;
  pageOrigin: string;
  signal: AbortSignal;
  parser: FeedParser;
}

const TIMEOUT_MS = 15_000;
/** A feed of 5,000 items is about 3 MB; refuse anything far bigger instead of freezing the page. */
const MAX_FEED_BYTES = 12 * 1024 * 1024;
const MAX_WARNINGS = 20;

const TAG = '[rapi-etalase]';

export function warnSkipped(skipped: SkippedItem[], where: string): void {
  for (const skip of skipped.slice(0, MAX_WARNINGS)) console.warn(TAG, where, both(describeSkipped(skip)));
  const rest = skipped.length - MAX_WARNINGS;
  if (rest > 0) {
    console.warn(TAG, where, both({ id: `…dan ${rest} barang lain dilewati.`, en: `…and ${rest} more items skipped.` }));
  }
}

const notHttps: BilingualText = {
  id: 'Alamat feed harus diawali https://.',
  en: 'The feed address must start with https://.',
};
const noFeed: BilingualText = {
  id: 'Tambahkan atribut feed="https://…/etalase.json" atau data JSON di dalam <rapi-etalase>.',
  en: 'Add a feed="https://…/etalase.json" attribute or JSON data inside <rapi-etalase>.',
};

async function fetchFeedText(href: string, signal: AbortSignal): Promise<string | BilingualText> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = typeof AbortSignal.any === 'function' ? AbortSignal.any([signal, timeout]) : signal;
  try {
    const response = await fetch(href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-cache',
      signal: combined,
    });
    if (!response.ok) {
      return { id: `Server feed menjawab ${response.status}.`, en: `The feed server answered ${response.status}.` };
    }
    return (await readLimited(response)) ?? { id: 'Feed terlalu besar (lebih dari 12 MB).', en: 'The feed is too large (over 12 MB).' };
  } catch {
    return { id: 'Feed tidak bisa diambil (offline atau diblokir).', en: 'The feed could not be fetched (offline or blocked).' };
  }
}

/**
 * The body as text, or undefined past MAX_FEED_BYTES: refused from its Content-Length without reading, else read
 * with a running byte count and cancelled at the limit (the header may be missing, or lie).
 */
async function readLimited(response: Response): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  let text = '';
  for (let bytes = Number(response.headers.get('content-length')) > MAX_FEED_BYTES ? Infinity : 0, decoder = new TextDecoder(); ; ) {
    // Past the limit (declared, or counted): stop and drop the rest.
    if (bytes > MAX_FEED_BYTES) return void reader.cancel().catch(() => {});
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
}

function parseInline(request: LoadRequest): FeedResult | undefined {
  return request.inline?.trim() ? request.parser.parseFeedText(request.inline) : undefined;
}

export async function loadShowcase(model: ShowcaseModel, request: LoadRequest): Promise<void> {
  const pageBase = { base: request.pageUrl, pageOrigin: request.pageOrigin };
  const url = request.url?.trim();

  if (!url) {
    const inline = parseInline(request);
    if (!inline) return model.showError(noFeed);
    if (!inline.ok) {
      console.warn(TAG, both(inline.error));
      return model.showError(inline.error);
    }
    warnSkipped(inline.skipped, '(inline)');
    return model.showFeed(inline.feed, pageBase);
  }

  const href = safeResourceHref(url, request.pageUrl, request.pageOrigin);
  if (!href) {
    console.warn(TAG, both(notHttps));
    return model.showError(notHttps);
  }
  const feedBase = { base: href, pageOrigin: request.pageOrigin };

  // Show the saved copy at once; the fresh feed replaces it when it arrives.
  const cached = readCachedFeed(href);
  const saved = cached ? request.parser.parseFeed(cached.feed) : undefined;
  if (saved?.ok) model.showFeed(saved.feed, feedBase);

  const text = await fetchFeedText(href, request.signal);
  if (request.signal.aborted) return;
  const fresh = typeof text === 'string' ? request.parser.parseFeedText(text) : undefined;
  if (fresh?.ok) {
    warnSkipped(fresh.skipped, href);
    writeCachedFeed(href, fresh.feed);
    return model.showFeed(fresh.feed, feedBase);
  }

  const why = fresh && !fresh.ok ? fresh.error : (text as BilingualText);
  console.warn(TAG, href, both(why));
  if (saved?.ok && cached) {
    return model.markStale(saved.feed.updated ?? cached.savedAt);
  }
  const inline = parseInline(request);
  if (inline?.ok) return model.showFeed(inline.feed, pageBase);
  model.showError(fresh ? why : undefined);
}
