// The adapter's own module, not shared/marketplaces' index: it also exports zod schemas, which a content script must not load.
import { extractTokopediaListing } from '../../shared/marketplaces/tokopedia/extract';
import { startProductReader } from '../content/product-reader';

/** www.tokopedia.com buyer pages; only the Tokopedia reader is bundled (content-script budget 25 KB gzipped). */
export default defineContentScript({
  matches: ['https://www.tokopedia.com/*'],
  runAt: 'document_end',
  main(ctx) {
    startProductReader(ctx, { extract: extractTokopediaListing, readEveryPage: false });
  },
});
