import { describe, expect, it } from 'vitest';
import { BilingualText } from '../../../shared/i18n/schema';
import { Listing } from '../../../shared/listing/schema';
import { applyToSellerForm, extractListing, FieldState, mapShopeeApi, PageInfo, readSellerForm, type Extraction } from '../../../shared/marketplaces/index';
import { extractFromHtml } from '../../../cli/extract';
import { seeded } from '../../support/seeded';
import {
  fixtureJson,
  fixtureText,
  parseDoc,
  SHOPEE_ID,
  SHOPEE_ID_LAYOUT_CHANGED,
  SHOPEE_LOGIN_WALL,
  SHOPEE_SELLER_NEW,
  SHOPEE_SELLER_VARIANTS,
  SHOPEE_SG,
  TIKTOK_SELLER_EDIT,
  TOKOPEDIA_CATEGORY,
  TOKOPEDIA_PDP,
  TOKOPEDIA_SELLER_ADD,
} from './helpers';

/**
 * Extraction must never throw and must always return a listing that satisfies the schema, whatever the page:
 * mutated versions of every sample page (elements removed, HTML cut off, garbage in JSON-LD and in Tokopedia's
 * Apollo state, attributes scrambled, deep nesting, duplicated nodes). Seeded, so a failure can be replayed.
 */


type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const GARBAGE = [
  '',
  '{',
  '}}}}',
  'null',
  '[]',
  '{"@type":"Product","name":{"x":1},"offers":{"price":"NaN","priceCurrency":7},"image":[null,3]}',
  '{"@type":["Product"],"productID":{"a":1},"offers":[{"price":"-5","lowPrice":"1e309"}]}',
  '{"ROOT_QUERY":{"a":{"type":"id","id":"x"}},"x":{"__typename":"pdpBasicInfo","alias":null,"weight":"heavy","category":{"type":"id","id":"x"}}}',
  '\u0000\uffff\ud800',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(5000),
  '"unterminated',
];

/** DOM-level mutations of a parsed page. */
function mutateDom(doc: Document, rng: Rng): void {
  const all = () => Array.from(doc.querySelectorAll('*'));
  const steps = 1 + Math.floor(rng() * 6);
  for (let s = 0; s < steps; s++) {
    const elements = all();
    if (!elements.length) return;
    switch (Math.floor(rng() * 8)) {
      case 0: // remove random elements
        for (let i = 0, n = 1 + Math.floor(rng() * 40); i < n; i++) {
          const el = pick(rng, elements);
          if (el !== doc.documentElement) el.remove();
        }
        break;
      case 1: // garbage into JSON-LD and inline scripts (Tokopedia's window.__cache lives in one)
        for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
          if (rng() < 0.5) continue;
          const text = script.textContent ?? '';
          script.textContent = rng() < 0.5 ? pick(rng, GARBAGE) : text.slice(0, Math.floor(rng() * text.length)) + pick(rng, GARBAGE);
        }
        break;
      case 2: // scramble attributes the readers anchor on
        for (const el of Array.from(doc.querySelectorAll('[data-testid], [data-product-edit-field-unique-id], meta, [aria-label], img, source, input'))) {
          if (rng() < 0.7) continue;
          const name = pick(rng, ['data-testid', 'content', 'src', 'srcset', 'aria-label', 'value', 'href', 'contenteditable', 'type']);
          el.setAttribute(name, pick(rng, GARBAGE));
        }
        break;
      case 3: // odd text where labels and values are
        for (const el of Array.from(doc.querySelectorAll('h1, h2, h3, li, p, span, label, textarea'))) {
          if (rng() < 0.9) continue;
          el.textContent = pick(rng, ['Rp', 'Rp999.999.999.999.999', 'Stok', 'Deskripsi Produk', 'Kategori', '1,5 kg', '-', '∞', '٣٤٥', pick(rng, GARBAGE)]);
        }
        break;
      case 4: {
        // deep nesting around a random element
        const el = pick(rng, elements);
        if (!el.parentNode || el === doc.documentElement) break;
        let wrapper: Element = el;
        for (let i = 0; i < 250; i++) { // deeper than the readers' recursion guard (200)
          const div = doc.createElement(rng() < 0.5 ? 'div' : 'p');
          wrapper.parentNode!.insertBefore(div, wrapper);
          div.appendChild(wrapper);
          wrapper = div;
        }
        break;
      }
      case 5: {
        // duplicate nodes elsewhere (two h1, two price blocks, …)
        for (let i = 0; i < 5; i++) {
          const el = pick(rng, elements);
          const into = pick(rng, elements);
          try {
            into.appendChild(el.cloneNode(true));
          } catch {
            /* e.g. appending into a void element: fine, skip */
          }
        }
        break;
      }
      case 6: // empty the body
        if (rng() < 0.3 && doc.body) doc.body.innerHTML = '';
        break;
      default: // swap the head for garbage
        if (doc.head) doc.head.innerHTML = `<title>${pick(rng, GARBAGE).replace(/</g, '')}</title><meta property="og:title" content="">`;
    }
  }
}

function assertWellFormed(result: Extraction): void {
  expect(PageInfo.safeParse(result.page).success).toBe(true);
  const listing = Listing.safeParse(result.listing);
  if (!listing.success) throw new Error(`invalid listing: ${listing.error.message}\n${JSON.stringify(result.listing).slice(0, 2000)}`);
  for (const state of Object.values(result.fields)) expect(FieldState.safeParse(state).success).toBe(true);
  for (const problem of result.problems) expect(BilingualText.safeParse(problem).success).toBe(true);
  expect(typeof result.loginWall).toBe('boolean');
  expect(() => JSON.stringify(result)).not.toThrow();
}

const PAGES = [
  { ...TOKOPEDIA_PDP, runs: 8 },
  { ...SHOPEE_SG, runs: 5 },
  { ...TOKOPEDIA_CATEGORY, runs: 3 },
  { ...SHOPEE_ID, runs: 20 },
  { ...SHOPEE_ID_LAYOUT_CHANGED, runs: 10 },
  { ...SHOPEE_LOGIN_WALL, runs: 8 },
  { ...SHOPEE_SELLER_NEW, runs: 20 },
  { ...SHOPEE_SELLER_VARIANTS, runs: 10 },
  { ...TOKOPEDIA_SELLER_ADD, runs: 12 },
  { ...TIKTOK_SELLER_EDIT, runs: 12 },
];
/** happy-dom is slow at the mutations themselves (deep nesting); the extraction is not what takes the time. */
const FUZZ_TIMEOUT = 60_000;
const API_BODY = fixtureJson('api/rapi_shopee_id_get_pc_kopi.json');

describe('extraction never throws on mutated pages', () => {
  it.each(PAGES)('DOM mutations of $file', ({ file, url, runs }) => {
    const html = fixtureText(file);
    for (let run = 0; run < runs; run++) {
      const rng = seeded(run * 7919 + file.length);
      const doc = parseDoc(html, url);
      mutateDom(doc, rng);
      let result: Extraction | undefined;
      expect(() => (result = extractListing(doc, url, { shopeeApi: [API_BODY] })), `seed run ${run}`).not.toThrow();
      assertWellFormed(result!);
      if (result!.page.kind === 'seller-form') {
        expect(() => applyToSellerForm(doc, url, { title: 'Judul', description: 'Baris\nkedua', price: 1000, stock: 1, weightGrams: 10 })).not.toThrow();
        assertWellFormed(readSellerForm(doc, url));
      }
    }
  }, FUZZ_TIMEOUT);

  it.each(PAGES.filter((p) => p.runs >= 8))('truncated HTML of $file', ({ file, url, runs }) => {
    const html = fixtureText(file);
    const rng = seeded(file.length);
    for (let run = 0; run < runs; run++) {
      const cut = html.slice(0, Math.floor(rng() * html.length));
      let result: Extraction | undefined;
      expect(() => (result = extractFromHtml(cut, url)), `cut at ${cut.length}`).not.toThrow();
      assertWellFormed(result!);
    }
  }, FUZZ_TIMEOUT);

  it('handles documents that are not HTML at all', () => {
    const inputs = ['', '\u0000'.repeat(1000), '<<<<>>>>', '<html><body>'.repeat(2000), Buffer.from([0xff, 0xfe, 0x00, 0x41]).toString('latin1'), '<script>throw new Error()</script>'];
    for (const input of inputs) {
      for (const url of [TOKOPEDIA_PDP.url, SHOPEE_ID.url, SHOPEE_SELLER_NEW.url, 'https://example.com/', 'not a url']) {
        assertWellFormed(extractFromHtml(input, url));
      }
    }
  }, FUZZ_TIMEOUT);

  it('handles a stubbed document whose every call throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as unknown as Document;
    for (const url of [TOKOPEDIA_PDP.url, SHOPEE_ID.url, SHOPEE_SELLER_NEW.url]) {
      const result = extractListing(hostile, url);
      assertWellFormed(result);
      // Every DOM call fails, so nothing is read: the panel is told so, it gets no exception.
      expect(result.problems.at(-1)!.en).toMatch(/could not read (this page|the product title)|did not find the product title/);
      expect(() => applyToSellerForm(hostile, SHOPEE_SELLER_NEW.url, { title: 'x' })).not.toThrow();
    }
  });
});

describe('the Shopee API mapper never throws on mutated bodies', () => {
  it('maps randomly corrupted get_pc bodies into valid partial listings', () => {
    const original = fixtureJson('api/rapi_shopee_id_get_pc_kopi.json');
    const values: unknown[] = [null, undefined, -1, 0, 1e308, NaN, '', 'x', [], {}, [null], { evil: true }, true, '1'.repeat(40)];
    const mutate = (value: unknown, rng: Rng, depth: number): unknown => {
      if (depth > 8) return value;
      if (rng() < 0.04) return pick(rng, values);
      if (Array.isArray(value)) return value.map((v) => mutate(v, rng, depth + 1));
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mutate(v, rng, depth + 1)]));
      }
      return value;
    };
    for (let run = 0; run < 200; run++) {
      const body = mutate(original, seeded(run), 0);
      let mapped: ReturnType<typeof mapShopeeApi> = [];
      expect(() => (mapped = mapShopeeApi(body))).not.toThrow();
      for (const item of mapped) {
        const parsed = Listing.safeParse({ ...item.listing, title: item.listing.title ?? '' });
        if (!parsed.success) throw new Error(`run ${run}: ${parsed.error.message}`);
      }
    }
  });
});
