import type { BilingualText } from '../i18n/text';
import { detectPage } from './detect';
import { finish } from './read/merge';
import { isNotRupiah, LISTING_PAGE, NOT_A_PRODUCT_PAGE, UNEXPECTED_ERROR } from './read/problems';
import { readSellerFormAt } from './seller-forms/read';
import { isShopeeLoginWall, readShopeePage, SHOPEE_CORE, SHOPEE_EXPECTED } from './shopee/page';
import { readTokopediaPage, TOKOPEDIA_CORE, TOKOPEDIA_EXPECTED } from './tokopedia/page';
import type { Extraction, PageInfo } from './types';

export interface ExtractExtra {
  /** Bodies of Shopee's own product API responses observed on this page (see `ShopeeApiMessage`). */
  shopeeApi?: unknown[];
}

/**
 * Reads the listing on a page: a Shopee or Tokopedia product page, or a Seller Centre form. Never throws: a
 * page that cannot be read gives an Extraction whose problems say so and whose fields are marked missing.
 */
export function extractListing(doc: Document, url: string, extra?: ExtractExtra): Extraction {
  const page = detectPage(url);
  try {
    return extractPage(doc, url, page, extra);
  } catch {
    return { ...finish({ page, url: safeUrl(url), reading: {}, expected: [], core: [], problems: [UNEXPECTED_ERROR] }) };
  }
}

/** A seller form, read directly (extractListing calls this for seller-form URLs). */
export function readSellerForm(doc: Document, url: string): Extraction {
  const page = detectPage(url);
  try {
    if (page.kind !== 'seller-form') return nonProduct(page, url, [NOT_A_PRODUCT_PAGE]);
    return readSellerFormAt(doc, page, url);
  } catch {
    return finish({ page, url: safeUrl(url), reading: {}, expected: [], core: [], problems: [UNEXPECTED_ERROR] });
  }
}

function extractPage(doc: Document, url: string, page: PageInfo, extra: ExtractExtra | undefined): Extraction {
  if (page.kind === 'seller-form') return readSellerFormAt(doc, page, url);
  if (page.kind !== 'product') {
    // Shopee may redirect a visitor to its login page: say so instead of "not a product".
    if (page.site === 'shopee' && isShopeeLoginWall(doc)) return readShopee(doc, url, page, extra);
    return nonProduct(page, url, [page.kind === 'listing-page' ? LISTING_PAGE : NOT_A_PRODUCT_PAGE]);
  }
  if (page.site === 'shopee') return readShopee(doc, url, page, extra);
  const tokopedia = readTokopediaPage(doc, page);
  if (!tokopedia.isProduct) return nonProduct(page, url, tokopedia.problems, 'listing-page');
  const excused = tokopedia.problems.some(isNotRupiah) ? (['price'] as const) : [];
  return finish({ page, url, reading: tokopedia.reading, expected: TOKOPEDIA_EXPECTED, core: TOKOPEDIA_CORE, problems: tokopedia.problems, excused });
}

function readShopee(doc: Document, url: string, page: PageInfo, extra: ExtractExtra | undefined): Extraction {
  const shopee = readShopeePage(doc, page, Array.isArray(extra?.shopeeApi) ? extra.shopeeApi : undefined);
  const expected = shopee.loginWall ? [] : SHOPEE_EXPECTED;
  return finish({
    page,
    url,
    reading: shopee.reading,
    expected,
    core: SHOPEE_CORE,
    problems: shopee.problems,
    loginWall: shopee.loginWall,
    explained: shopee.notRendered,
    excused: shopee.problems.some(isNotRupiah) ? ['price'] : [],
  });
}

function nonProduct(page: PageInfo, url: string, problems: BilingualText[], kind?: PageInfo['kind']): Extraction {
  const shown: PageInfo = kind ? { site: page.site, kind } : page;
  return finish({ page: shown, url, reading: {}, expected: [], core: [], problems });
}

function safeUrl(url: unknown): string {
  return typeof url === 'string' ? url : '';
}
