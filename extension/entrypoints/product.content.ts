import { detectPage, extractListing, isPageReady, pickShopeeApiListing } from '../../shared/marketplaces';
import { BADGE_TAG, createBadge } from '../content/badge';
import { createListingReporter } from '../content/listing-reporter';
import { insideHost, watchPage } from '../content/page-watch';
import { createShopeeApiInbox } from '../content/shopee-api-inbox';
import { handleMessages, sendToBackground } from '../messaging/service';

/** How long a page may take to render before Rapi reads it anyway (one timer per address, not a polling loop). */
const LATE_MS = 4000;

/**
 * Shopee and Tokopedia buyer pages. Thin: detect the page, extract the listing, send it, draw the badge.
 * Shopee renders in the browser, so the page is re-read as it renders (observer) and when its own API JSON
 * arrives; both sites are single-page apps, so it is re-read on every URL change.
 */
export default defineContentScript({
  matches: ['https://shopee.co.id/*', 'https://www.tokopedia.com/*'],
  runAt: 'document_end',
  main(ctx) {
    const reporter = createListingReporter();
    const badge = createBadge(ctx, async () => (await sendToBackground('panel:open', {})).opened);
    const shopee = location.hostname === 'shopee.co.id';
    const api = shopee ? createShopeeApiInbox(window, ctx.signal, () => watch.poke()) : undefined;

    /** When the current address was opened: a page that never becomes ready is read anyway after LATE_MS. */
    let openedAt = Date.now();
    const read = async () => {
      const url = location.href;
      const page = detectPage(url);
      const apiListing = page.site === 'shopee' && pickShopeeApiListing(api?.bodies(), page.itemId) !== undefined;
      // Shopee renders after load: reading a half-built page would flash "could not read". Wait for the page
      // (or its API data) unless it is late, then read whatever is there and say what is missing.
      if (!isPageReady(document, url) && !apiListing && Date.now() - openedAt < LATE_MS) return;
      // Shopee may show its login wall at any address: the adapter recognises it, so Shopee pages are always read.
      const extraction = page.kind === 'product' || shopee ? extractListing(document, url, { shopeeApi: api?.bodies() }) : undefined;
      if (!extraction || (page.kind !== 'product' && !extraction.loginWall)) {
        badge.hide();
        await reporter.noListing(url, page);
        return;
      }
      const summary = await reporter.extracted(url, extraction);
      if (summary) await badge.show(summary, document.querySelector('h1'));
    };

    const watch = watchPage({
      root: document.documentElement,
      signal: ctx.signal,
      onChange: () => void read(),
      ignore: insideHost(BADGE_TAG),
    });
    const lateRead = () => ctx.setTimeout(() => watch.poke(), LATE_MS);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // The badge was about the previous product: take it away until the new one is read.
      badge.hide();
      openedAt = Date.now();
      lateRead();
      watch.poke();
    });
    lateRead();
    const stopMessages = handleMessages('content', {
      'badge:update': async (summary) => {
        await badge.show(summary, document.querySelector('h1'));
        return {};
      },
    });
    ctx.onInvalidated(stopMessages);
    void read();
  },
});
