import { detectPage } from './detect';
import { jsonLdObjects, query } from './read/dom';
import { isShopeeLoginWall } from './shopee/page';

/**
 * Whether the page has rendered enough to be read. Shopee renders client-side and its Seller Centre builds the
 * form after load, so the content script should wait (with a MutationObserver, not a polling loop) until this
 * is true, then call `extractListing`. Pure and cheap; never throws. Pages that are not read are always "ready".
 */
export function isPageReady(doc: Document, url: string): boolean {
  try {
    const page = detectPage(url);
    if (page.kind === 'seller-form') {
      if (page.form === 'shopee-seller') return !!query(doc, '[data-product-edit-field-unique-id]');
      if (page.form === 'tokopedia-seller') return !!query(doc, '[data-testid^="txtAEP"], textarea, input[type="text"]');
      return !!query(doc, '#preview-product-title, .ProseMirror, input[type="text"]');
    }
    if (page.kind !== 'product') return true;
    if (page.site === 'shopee') {
      // The heading alone comes before the price: reading then would say "not read" until the next change.
      const main = query(doc, '#sll2-normal-pdp-main') ?? doc;
      const headingAndPrice = !!query(main, 'h1') && /\d/.test(query(main, '[aria-live="polite"]')?.textContent ?? '');
      return headingAndPrice || jsonLdObjects(doc).some((o) => o['@type'] === 'Product') || isShopeeLoginWall(doc);
    }
    // Tokopedia renders on the server: the name heading or the page-type meta is there from the start.
    return !!query(doc, '[data-testid="lblPDPDetailProductName"], meta[name="page-type"], h1');
  } catch {
    return true; // read now and let the extraction report what it could not read
  }
}
