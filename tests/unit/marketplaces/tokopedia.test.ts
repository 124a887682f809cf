import { describe, expect, it } from 'vitest';
import { Listing } from '../../../shared/listing/schema';
import { extractListing } from '../../../shared/marketplaces/index';
import { loadDoc, TOKOPEDIA_CATEGORY, TOKOPEDIA_PDP } from './helpers';

const NAME = 'LG OLED 48C4PSA - OLED EVO 4K SMART TV 48 INCH 120HZ DOLBY VISION ATMOS LG 48C4 OLED48C4 OLED48C4PSA';

describe('Tokopedia product page (real saved page, 2026-02)', () => {
  const doc = loadDoc(TOKOPEDIA_PDP.file, TOKOPEDIA_PDP.url);
  const result = extractListing(doc, TOKOPEDIA_PDP.url);
  const { listing, fields } = result;

  it('is a product page with a listing that satisfies the schema', () => {
    expect(result.page).toMatchObject({ site: 'tokopedia', kind: 'product', shopId: 'enterelectronic' });
    expect(Listing.safeParse(listing).success).toBe(true);
    expect(result.loginWall).toBe(false);
    expect(result.problems).toEqual([]);
  });

  it('takes the name from the page data, not from og:title ("Promo … di <shop> | Tokopedia")', () => {
    expect(listing.title).toBe(NAME);
    expect(fields.title).toBe('read');
    expect(listing.title).not.toMatch(/Promo|Tokopedia|Enter Electronic/);
  });

  it('reads price, original price, stock, weight, condition and ids from the Apollo state', () => {
    expect(listing.price).toBe(13_299_000);
    expect(listing.originalPrice).toBe(15_999_000);
    expect(listing.stock).toBe(7);
    expect(listing.weightGrams).toBe(49_999); // "weight": 49.999, "weightUnit": "KILOGRAM"
    expect(listing.condition).toBe('new');
    expect(listing.itemId).toBe('14190355137');
    expect(listing.shopId).toBe('5094894');
    expect(listing.shopName).toBe('Enter Electronic');
    expect(listing.marketplace).toBe('tokopedia');
    expect(listing.sourceUrl).toBe(TOKOPEDIA_PDP.url);
  });

  it('reads the full category path, all nine photos and the description with its line breaks', () => {
    expect(listing.categoryPath).toEqual(['Handphone & Tablet', 'Handphone', 'Android OS']);
    expect(listing.photos).toHaveLength(9);
    expect(listing.photos![0]!.src).toContain('33f23dc9-491b-4cec-822a-2cfb441fa58b.jpg');
    expect(listing.description).toMatch(/^Why Shop At Enter Electronic\?\?\?\n\*Official Store\n/);
    expect(listing.description).toContain('\nSpesifikasi\n- LG OLED evo\n');
    expect(listing.description).not.toContain('\u00a0');
    expect(fields).toMatchObject({ description: 'read', photos: 'read', categoryPath: 'read', price: 'read', weightGrams: 'read' });
  });

  it('gives the same description from the DOM as from the Apollo state', () => {
    const withoutCache = loadDoc(TOKOPEDIA_PDP.file, TOKOPEDIA_PDP.url);
    removeApolloScript(withoutCache);
    const fromDom = extractListing(withoutCache, TOKOPEDIA_PDP.url);
    expect(fromDom.listing.description).toBe(listing.description);
    expect(fromDom.listing.title).toBe(NAME);
    expect(fromDom.listing.price).toBe(13_299_000);
    expect(fromDom.listing.originalPrice).toBe(15_999_000);
    expect(fromDom.listing.stock).toBe(7); // "Stok Total: Sisa 7"
    expect(fromDom.listing.categoryPath).toEqual(['Handphone & Tablet', 'Handphone', 'Android OS']);
    // Thumbnails 6–9 are lazy placeholders in the saved page: counted, without a source.
    expect(fromDom.listing.photos).toHaveLength(9);
    expect(fromDom.listing.photos!.filter((p) => p.src)).toHaveLength(5);
    expect(fromDom.listing.itemId).toBe('14190355137'); // from the app deep-link meta
    // Weight is only in the Apollo state on this page: now honestly missing, not invented.
    expect(fromDom.listing.weightGrams).toBeUndefined();
    expect(fromDom.fields.weightGrams).toBe('missing');
  });

  it('ignores an Apollo state left over from another product after single-page navigation', () => {
    const url = 'https://www.tokopedia.com/enterelectronic/samsung-qled-55-q70d';
    const stale = extractListing(loadDoc(TOKOPEDIA_PDP.file, TOKOPEDIA_PDP.url), url);
    expect(stale.page.itemId).toBe('samsung-qled-55-q70d');
    // weight and the numeric shop id exist only in the cache: not taken from another product's state
    expect(stale.listing.weightGrams).toBeUndefined();
    expect(stale.listing.shopId).toBe('enterelectronic');
  });

  it('says which fields it could not read when the test ids and the Apollo state are gone', () => {
    const broken = loadDoc(TOKOPEDIA_PDP.file, TOKOPEDIA_PDP.url);
    removeApolloScript(broken);
    for (const el of Array.from(broken.querySelectorAll('[data-testid]'))) el.removeAttribute('data-testid');
    const result = extractListing(broken, TOKOPEDIA_PDP.url);
    // og:title still yields a guess, stripped of "Promo" and "di <shop> | Tokopedia"
    expect(result.listing.title).toBe(NAME);
    expect(result.fields.title).toBe('guessed');
    expect(result.listing.shopName).toBe('Enter Electronic');
    expect(result.fields.shopName).toBe('guessed');
    expect(result.listing.price).toBe(13_299_000); // product:price:amount meta
    expect(result.fields).toMatchObject({ description: 'missing', categoryPath: 'missing', stock: 'missing' });
    expect(result.fields.photos).toBe('guessed'); // og:image only
    const problem = result.problems.at(-1)!;
    expect(problem.id).toContain('deskripsi dan kategori');
    expect(problem.en).toContain('description and category');
    expect(problem.id).not.toContain('judul');
  });
});

describe('Tokopedia category page (real, 2021): not a product', () => {
  it('is detected from the URL as a listing page and read as no product', () => {
    const result = extractListing(loadDoc(TOKOPEDIA_CATEGORY.file, TOKOPEDIA_CATEGORY.url), TOKOPEDIA_CATEGORY.url);
    expect(result.page).toEqual({ site: 'tokopedia', kind: 'listing-page' });
    expect(result.listing.title).toBe('');
    expect(result.fields).toEqual({});
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.en).toContain('lists many products');
  });

  it('is not read as a product even under a product-shaped URL (its page-type meta says category)', () => {
    const url = 'https://www.tokopedia.com/somestore/handphone-murah';
    const result = extractListing(loadDoc(TOKOPEDIA_CATEGORY.file, url), url);
    expect(result.page.kind).toBe('product'); // what the address says; the page says otherwise
    expect(result.read).toBe(false);
    expect(result.notRead?.reason).toBe('many-products');
    expect(result.listing.title).toBe('');
    expect(result.listing.price).toBeUndefined();
    expect(result.problems[0]!.en).toContain('shows many products');
  });
});

function removeApolloScript(doc: Document): void {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if ((script.textContent ?? '').includes('window.__cache=')) script.remove();
  }
}
