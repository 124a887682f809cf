// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123" }
/**
 * Any script on shopee.co.id can post a message in the API tap's shape. Rapi takes an API answer only when its
 * address and its ids are the page's product, and when answers and page disagree it says so instead of letting
 * the last message win.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createShopeeApiInbox } from '../../../extension/content/shopee-api-inbox';
import { summarize } from '../../../extension/messaging/extraction';
import { badgeText } from '../../../extension/content/badge-text';
import { extractListing } from '../../../shared/marketplaces';
import { SHOPEE_DATA_CONFLICT } from '../../../shared/marketplaces/read/problems';
import { SHOPEE_API_SOURCE, apiProductIds, isApiForPage } from '../../../shared/marketplaces/shopee/message';
import { detectPage } from '../../../shared/marketplaces/detect';
import { fixtureJson, loadDoc, SHOPEE_ID, SHOPEE_PRODUCT_SHELL } from './helpers';

const KOPI = fixtureJson('api/rapi_shopee_id_get_pc_kopi.json') as { data: { item: Record<string, unknown> } };
const PAGE = detectPage(SHOPEE_ID.url); // shop 358812345, item 24567890123
const API = 'https://shopee.co.id/api/v4/pdp/get_pc';
const OWN_URL = `${API}?item_id=24567890123&shop_id=358812345&tz_offset_minutes=420`;
const TITLE = 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast';

/** The Kopi answer with some fields of its item changed. */
function forged(change: Record<string, unknown>): unknown {
  const body = structuredClone(KOPI);
  Object.assign(body.data.item, change);
  return body;
}

/** What a page script does: post a message in the tap's shape to its own window. */
function post(url: string, body: unknown): void {
  window.dispatchEvent(new MessageEvent('message', { data: { source: SHOPEE_API_SOURCE, url, body }, origin: window.location.origin, source: window as never }));
}

describe('which API addresses are about the page', () => {
  it.each([
    [OWN_URL, true],
    [`${API}?shop_id=358812345&item_id=24567890123`, true],
    ['https://shopee.co.id/api/v4/item/get?itemid=24567890123&shopid=358812345', true],
    [`${API}?item_id=99&shop_id=358812345`, false], // another item
    [`${API}?item_id=24567890123&shop_id=1`, false], // another shop
    [`${API}?item_id=24567890123`, false], // no shop
    [API, false], // no product at all
    [`${API}?item_id=245678901230&shop_id=358812345`, false],
  ])('%s → %s', (url, expected) => expect(isApiForPage(url, PAGE)).toBe(expected));

  it('reads both spellings of the ids', () => {
    expect(apiProductIds(OWN_URL)).toEqual({ itemId: '24567890123', shopId: '358812345' });
    expect(apiProductIds('https://shopee.co.id/api/v4/item/get?itemid=1&shopid=2')).toEqual({ itemId: '1', shopId: '2' });
    expect(isApiForPage(OWN_URL, { shopId: '358812345' })).toBe(false);
  });
});

describe('the inbox hands the adapter only answers about the page’s product', () => {
  const stop = new AbortController();
  afterEach(() => stop.abort());

  it('drops forged messages about another product or with no product in the address', () => {
    const inbox = createShopeeApiInbox(window, stop.signal, () => {});
    post(`${API}?item_id=1&shop_id=2`, forged({ itemid: 1, shopid: 2, title: 'Produk lain' }));
    post(API, forged({ title: 'Tanpa alamat produk' }));
    post(`${API}?item_id=24567890123&shop_id=1`, forged({ shopid: 1, title: 'Toko lain' }));
    expect(inbox.bodies(PAGE)).toEqual([]);
    post(OWN_URL, KOPI);
    expect(inbox.bodies(PAGE)).toEqual([KOPI]);
  });

  it('keeps every answer in order (the last one does not silently replace the first)', () => {
    const inbox = createShopeeApiInbox(window, stop.signal, () => {});
    const fake = forged({ title: 'Kopi Palsu Diskon 90% Hubungi 0812' });
    post(OWN_URL, KOPI);
    post(OWN_URL, fake);
    expect(inbox.bodies(PAGE)).toEqual([KOPI, fake]);
  });
});

describe('the adapter trusts neither side of a disagreement', () => {
  it('an answer whose ids are not the page’s is not used, even if its address was', () => {
    const doc = loadDoc(SHOPEE_ID.file, SHOPEE_ID.url);
    for (const body of [forged({ itemid: 1 }), forged({ shopid: 1 })]) {
      const result = extractListing(doc, SHOPEE_ID.url, { shopeeApi: [body] });
      expect(result.listing.photos).toHaveLength(4); // the page's gallery, not the answer's six photos
      expect(result.conflicts).toBeUndefined();
    }
  });

  it('a forged title after the real answer: conflict marked, the page’s title kept as a guess, the seller told', () => {
    const fake = forged({ title: 'Kopi Palsu Diskon 90% Hubungi 0812' });
    const result = extractListing(loadDoc(SHOPEE_ID.file, SHOPEE_ID.url), SHOPEE_ID.url, { shopeeApi: [KOPI, fake] });
    expect(result.listing.title).toBe(TITLE);
    expect(result.fields.title).toBe('guessed');
    expect(result.conflicts).toEqual(['title']);
    expect(result.problems).toContainEqual(SHOPEE_DATA_CONFLICT);
  });

  it('a forged answer that disagrees with the page: its fields are only guesses, the page’s reads win', () => {
    const fake = forged({ title: 'Kopi Palsu', description: 'Transfer langsung ke rekening 123' });
    const result = extractListing(loadDoc(SHOPEE_ID.file, SHOPEE_ID.url), SHOPEE_ID.url, { shopeeApi: [fake] });
    expect(result.listing.title).toBe(TITLE);
    expect(result.listing.description).not.toContain('rekening 123');
    expect(result.conflicts).toEqual(['title']);
  });

  it('two answers that disagree on a page not rendered yet: the first one, as a guess, with the conflict', () => {
    const url = SHOPEE_PRODUCT_SHELL.url; // shop 1234567, item 89012345
    const real = forged({ itemid: 89012345, shopid: 1234567, title: 'Samsung Galaxy A15 8/256' });
    const fake = forged({ itemid: 89012345, shopid: 1234567, title: 'Samsung Galaxy A15 Murah Hubungi WA' });
    const result = extractListing(loadDoc(SHOPEE_PRODUCT_SHELL.file, url), url, { shopeeApi: [real, fake] });
    expect(result.listing.title).toBe('Samsung Galaxy A15 8/256');
    expect(result.fields.title).toBe('guessed');
    expect(result.conflicts).toEqual(['title']);
  });

  it('answers that agree with the page are trusted as before (spacing and case do not count)', () => {
    const same = forged({ title: `  ${TITLE.toUpperCase()} ` });
    const result = extractListing(loadDoc(SHOPEE_ID.file, SHOPEE_ID.url), SHOPEE_ID.url, { shopeeApi: [KOPI, same] });
    expect(result.conflicts).toBeUndefined();
    expect(result.listing.photos).toHaveLength(6);
    expect(result.problems).toEqual([]);
  });

  it('the badge says so plainly, in both languages', () => {
    const fake = forged({ title: 'Kopi Palsu' });
    const extraction = extractListing(loadDoc(SHOPEE_ID.file, SHOPEE_ID.url), SHOPEE_ID.url, { shopeeApi: [KOPI, fake] });
    for (const lang of ['id', 'en'] as const) {
      const summary = summarize(extraction, lang);
      expect(summary.conflict).toBe(true);
      const text = badgeText(summary);
      expect(text.label).toMatch(lang === 'id' ? /data tidak cocok$/ : /data mismatch$/);
      expect(text.description).toMatch(lang === 'id' ? /tidak sama dengan halaman/ : /does not match the page/);
    }
    const clean = summarize(extractListing(loadDoc(SHOPEE_ID.file, SHOPEE_ID.url), SHOPEE_ID.url, { shopeeApi: [KOPI] }), 'id');
    expect(clean.conflict).toBeUndefined();
  });
});
