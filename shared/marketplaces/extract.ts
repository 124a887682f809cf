import { detectPage } from './detect';
import { guard, nonProduct } from './read/merge';
import { readSellerFormAt } from './seller-forms/read';
import { shopeeExtraction, type ShopeeExtra } from './shopee/extract';
import { tokopediaExtraction } from './tokopedia/extract';
import type { Extraction } from './types';

export type ExtractExtra = ShopeeExtra;

/**
 * Reads the listing on a page: a Shopee or Tokopedia product page, or a Seller Centre form. Never throws: a
 * page that cannot be read gives an Extraction whose problems say so and whose fields are marked missing.
 * (For a smaller bundle, a content script for one surface can import `extractShopeeListing`,
 * `extractTokopediaListing` or `readSellerForm` alone.)
 */
export function extractListing(doc: Document, url: string, extra?: ExtractExtra): Extraction {
  const page = detectPage(url);
  return guard(page, url, () => {
    if (page.kind === 'seller-form') return readSellerFormAt(doc, page, url);
    if (page.site === 'shopee') return shopeeExtraction(doc, url, page, extra);
    if (page.site === 'tokopedia') return tokopediaExtraction(doc, url, page);
    return nonProduct(page, url);
  });
}
