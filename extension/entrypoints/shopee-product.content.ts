// The adapters' own modules, not shared/marketplaces' index: it also exports zod schemas, which a content script must not load.
import { pickShopeeApiListing } from '../../shared/marketplaces/shopee/api';
import { extractShopeeListing } from '../../shared/marketplaces/shopee/extract';
import { startProductReader } from '../content/product-reader';
import { createShopeeApiInbox } from '../content/shopee-api-inbox';

/** shopee.co.id buyer pages; only the Shopee reader is bundled (content-script budget 25 KB gzipped). */
export default defineContentScript({
  matches: ['https://shopee.co.id/*'],
  runAt: 'document_end',
  main(ctx) {
    startProductReader(ctx, {
      extract: extractShopeeListing,
      api: {
        listen: (signal, onArrive) => createShopeeApiInbox(window, signal, onArrive),
        covers: (bodies, page) => pickShopeeApiListing(bodies, page.itemId, undefined, page.shopId) !== undefined,
      },
      // Shopee can show its login wall at any address: the adapter recognises it there too.
      readEveryPage: true,
    });
  },
});
