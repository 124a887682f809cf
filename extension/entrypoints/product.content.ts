import { detectPage, extractListing } from '../../shared/marketplaces';
import { BADGE_TAG, createBadge } from '../content/badge';
import { createListingReporter } from '../content/listing-reporter';
import { insideHost, watchPage } from '../content/page-watch';
import { createShopeeApiInbox } from '../content/shopee-api-inbox';
import { handleMessages, sendToBackground } from '../messaging/service';

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

    const read = async () => {
      const url = location.href;
      const page = detectPage(url);
      if (page.kind !== 'product') {
        // Shopee may show its login wall on any address: the adapter recognises it.
        const extraction = shopee ? extractListing(document, url, { shopeeApi: api?.bodies() }) : undefined;
        if (!extraction?.loginWall) {
          badge.hide();
          await reporter.noListing(url, page);
          return;
        }
      }
      const extraction = extractListing(document, url, { shopeeApi: api?.bodies() });
      const summary = await reporter.extracted(url, extraction);
      if (summary) await badge.show(summary, document.querySelector('h1'));
    };

    const watch = watchPage({
      root: document.documentElement,
      signal: ctx.signal,
      onChange: () => void read(),
      ignore: insideHost(BADGE_TAG),
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watch.poke());
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
