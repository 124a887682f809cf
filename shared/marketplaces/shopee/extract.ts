import { detectPage } from '../detect';
import { finish, guard, nonProduct } from '../read/merge';
import { isNotRupiah, LISTING_PAGE, NOT_A_PRODUCT_PAGE } from '../read/problems';
import type { Extraction, PageInfo } from '../types';
import { isShopeeLoginWall, readShopeePage, SHOPEE_CORE, SHOPEE_EXPECTED } from './page';

export interface ShopeeExtra {
  /** Bodies of Shopee's own product API responses observed on this page (see `ShopeeApiMessage`). */
  shopeeApi?: unknown[];
}

/**
 * `extractListing` for Shopee buyer pages only. Import this in a Shopee-only content script to leave the
 * Tokopedia and seller-form readers out of its bundle. Never throws.
 */
export function extractShopeeListing(doc: Document, url: string, extra?: ShopeeExtra): Extraction {
  const page = detectPage(url);
  return guard(page, url, () =>
    page.site === 'shopee' && page.kind !== 'seller-form' ? shopeeExtraction(doc, url, page, extra) : nonProduct(page, url),
  );
}

/** A Shopee buyer page of any kind: the login wall, a listing page, or a product. */
export function shopeeExtraction(doc: Document, url: string, page: PageInfo, extra: ShopeeExtra | undefined): Extraction {
  // Shopee may show (or redirect to) its login wall on any page: say so instead of "not a product".
  if (page.kind !== 'product' && !isShopeeLoginWall(doc)) {
    return nonProduct(page, url, page.kind === 'listing-page' ? LISTING_PAGE : NOT_A_PRODUCT_PAGE);
  }
  const shopee = readShopeePage(doc, page, Array.isArray(extra?.shopeeApi) ? extra.shopeeApi : undefined);
  return finish({
    page,
    url,
    reading: shopee.reading,
    evidence: shopee.evidence,
    ...(shopee.notRead ? { notRead: shopee.notRead } : {}),
    expected: SHOPEE_EXPECTED,
    core: SHOPEE_CORE,
    problems: shopee.problems,
    excused: shopee.problems.some(isNotRupiah) ? ['price'] : [],
    conflicts: shopee.conflicts,
  });
}
