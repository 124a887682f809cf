// The adapters' own modules, not shared/marketplaces' index: it also exports zod schemas, which a content script must not load.
import { detectPage } from '../../shared/marketplaces/detect';
import { isPageReady } from '../../shared/marketplaces/ready';
import { applyToSellerForm } from '../../shared/marketplaces/seller-forms/apply';
import { readSellerForm } from '../../shared/marketplaces/seller-forms/read';
import { BADGE_TAG, createBadge } from '../content/badge';
import { createListingReporter } from '../content/listing-reporter';
import { insideHost, watchPage } from '../content/page-watch';
import { handleMessages, sendToBackground } from '../messaging/content-side';
import { readPageBlob } from '../photos/page-blob';

/** How long a form may take to appear before Rapi reads it anyway (one timer per address, not a polling loop). */
const LATE_MS = 4000;

/**
 * Seller Centre add/edit product forms (Shopee, Tokopedia, TikTok-era Tokopedia). The checklist follows the
 * seller's typing: input events and DOM changes (fields that appear after a category is chosen) trigger a
 * debounced re-read. The panel can write the seller's edits back into the form.
 */
export default defineContentScript({
  matches: ['https://seller.shopee.co.id/*', 'https://seller.tokopedia.com/*', 'https://seller-id.tokopedia.com/*'],
  runAt: 'document_end',
  main(ctx) {
    const reporter = createListingReporter();
    const badge = createBadge(ctx, () => sendToBackground('panel:open', {}));

    /** When the current address was opened: a form that never appears is read anyway after LATE_MS. */
    let openedAt = Date.now();
    const read = async () => {
      const url = location.href;
      const page = detectPage(url);
      // Seller Centre builds the form after load; read once it is there (or late, to say what is missing).
      if (!isPageReady(document, url) && Date.now() - openedAt < LATE_MS) return;
      if (page.kind !== 'seller-form') {
        badge.hide();
        await reporter.noListing(url, page);
        return;
      }
      const summary = await reporter.extracted(url, readSellerForm(document, url));
      // The form is long and its layout is the marketplace's: the badge floats in a corner instead.
      if (summary) await badge.show(summary, null);
    };

    const watch = watchPage({
      root: document.documentElement,
      signal: ctx.signal,
      onChange: () => void read(),
      debounceMs: 300,
      ignore: insideHost(BADGE_TAG),
    });
    // Typing changes an input's value without changing the DOM: listen for it (capture: the page may stop it).
    ctx.addEventListener(document, 'input', () => watch.poke(), { capture: true });
    ctx.addEventListener(document, 'change', () => watch.poke(), { capture: true });
    const lateRead = () => ctx.setTimeout(() => watch.poke(), LATE_MS);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      openedAt = Date.now();
      lateRead();
      watch.poke();
    });
    lateRead();

    const stopMessages = handleMessages('content', {
      'badge:update': async (summary) => {
        await badge.show(summary, null);
        return {};
      },
      // The panel checks photos the seller just chose here; only the page can open its own blob: previews.
      'photo:read-blob': ({ src, maxBytes }) => readPageBlob(src, maxBytes),
      'form:write': ({ values }) => {
        const result = applyToSellerForm(document, location.href, values);
        watch.poke();
        return result;
      },
    });
    ctx.onInvalidated(stopMessages);
    void read();
  },
});
