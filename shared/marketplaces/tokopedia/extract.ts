import { detectPage } from '../detect';
import { finish, guard, nonProduct } from '../read/merge';
import { isNotRupiah, LISTING_PAGE } from '../read/problems';
import type { Extraction, PageInfo } from '../types';
import { readTokopediaPage, TOKOPEDIA_CORE, TOKOPEDIA_EXPECTED } from './page';

/**
 * `extractListing` for Tokopedia buyer pages only (no zod, no Shopee or seller-form code in its bundle).
 * Never throws.
 */
export function extractTokopediaListing(doc: Document, url: string): Extraction {
  const page = detectPage(url);
  return guard(page, url, () =>
    page.site === 'tokopedia' && page.kind !== 'seller-form' ? tokopediaExtraction(doc, url, page) : nonProduct(page, url),
  );
}

export function tokopediaExtraction(doc: Document, url: string, page: PageInfo): Extraction {
  if (page.kind !== 'product') return nonProduct(page, url, page.kind === 'listing-page' ? LISTING_PAGE : undefined);
  const tokopedia = readTokopediaPage(doc, page);
  return finish({
    page,
    url,
    reading: tokopedia.reading,
    evidence: tokopedia.evidence,
    ...(tokopedia.notRead ? { notRead: tokopedia.notRead } : {}),
    expected: TOKOPEDIA_EXPECTED,
    core: TOKOPEDIA_CORE,
    problems: tokopedia.problems,
    excused: tokopedia.problems.some(isNotRupiah) ? ['price'] : [],
  });
}
