import { describe, expect, it } from 'vitest';
import { extractListing, extractShopeeListing, extractTokopediaListing, readSellerForm } from '../../../shared/marketplaces/index';
import { fixtureJson, loadDoc, SHOPEE_ID, SHOPEE_LOGIN_WALL, SHOPEE_SELLER_NEW, TOKOPEDIA_CATEGORY, TOKOPEDIA_PDP } from './helpers';

/** The per-surface entries (for smaller content-script bundles) behave exactly like extractListing on their surface. */
describe('per-surface entry points', () => {
  it('extractShopeeListing = extractListing on Shopee pages, API bodies included', () => {
    const api = [fixtureJson('api/rapi_shopee_id_get_pc_kopi.json')];
    for (const page of [SHOPEE_ID, SHOPEE_LOGIN_WALL]) {
      const doc = loadDoc(page.file, page.url);
      expect(extractShopeeListing(doc, page.url, { shopeeApi: api })).toEqual(extractListing(doc, page.url, { shopeeApi: api }));
    }
  });

  it('extractTokopediaListing = extractListing on Tokopedia pages', () => {
    for (const page of [TOKOPEDIA_PDP, TOKOPEDIA_CATEGORY]) {
      const doc = loadDoc(page.file, page.url);
      expect(extractTokopediaListing(doc, page.url)).toEqual(extractListing(doc, page.url));
    }
  });

  it('each refuses the other surfaces with a clear problem instead of reading them wrongly', () => {
    const shopeeDoc = loadDoc(SHOPEE_ID.file, SHOPEE_ID.url);
    const wrongSite = extractTokopediaListing(shopeeDoc, SHOPEE_ID.url);
    expect(wrongSite.listing.title).toBe('');
    expect(wrongSite.problems[0]!.en).toContain('not a product page');
    const form = loadDoc(SHOPEE_SELLER_NEW.file, SHOPEE_SELLER_NEW.url);
    expect(extractShopeeListing(form, SHOPEE_SELLER_NEW.url).listing.title).toBe('');
    expect(readSellerForm(form, SHOPEE_SELLER_NEW.url).listing.title).toBe('Kopi Gayo');
  });
});
