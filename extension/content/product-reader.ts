import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../../shared/marketplaces/detect';
import { isPageReady } from '../../shared/marketplaces/ready';
import type { Extraction, PageInfo } from '../../shared/marketplaces/types';
import { handleMessages, sendToBackground } from '../messaging/content-side';
import { BADGE_TAG, createBadge } from './badge';
import { badgeAnchor } from './badge-place';
import { createListingReporter } from './listing-reporter';
import { insideHost, watchPage } from './page-watch';

/** How long a page may take to render before Rapi reads it anyway (one timer per address, not a polling loop). */
const LATE_MS = 4000;

/** A site whose page data also arrives as API JSON (Shopee, through the main-world tap). */
export interface PageApi {
  /** Starts listening; calls `onArrive` when a response comes in. `bodies` gives those about the page's product. */
  listen(signal: AbortSignal, onArrive: () => void): { bodies(page: PageInfo): unknown[] };
  /** Whether the bodies hold the listing for this product (then the page need not have rendered). */
  covers(bodies: unknown[], page: PageInfo): boolean;
}

export interface ProductReaderOptions {
  /** The adapter for this site only (extractShopeeListing / extractTokopediaListing), to keep the bundle small. */
  extract: (doc: Document, url: string, extra?: { shopeeApi?: unknown[] }) => Extraction;
  /** Shopee only; passed in so the Tokopedia script does not bundle the Shopee API code. */
  api?: PageApi;
  /** Shopee may show its login wall at any address, so every page of the site is read, not only products. */
  readEveryPage: boolean;
}

/**
 * A marketplace buyer page. Thin: detect the page, extract the listing, send it, draw the badge.
 * Shopee renders in the browser, so the page is re-read as it renders (observer) and when its own API JSON
 * arrives; both sites are single-page apps, so it is re-read on every URL change.
 */
/** The badge's place: below the product title's row (badge-place.ts), or floating when there is no title. */
function titleAnchor(): Element | null {
  const title = document.querySelector('h1');
  return title && badgeAnchor(title);
}

export function startProductReader(ctx: ContentScriptContext, options: ProductReaderOptions): void {
  const reporter = createListingReporter();
  const badge = createBadge(ctx, () => sendToBackground('panel:open', {}));
  const api = options.api?.listen(ctx.signal, () => watch.poke());

  /** When the current address was opened: a page that never becomes ready is read anyway after LATE_MS. */
  let openedAt = Date.now();
  const read = async () => {
    const url = location.href;
    const page = detectPage(url);
    const bodies = api?.bodies(page) ?? [];
    const apiListing = bodies.length > 0 && options.api!.covers(bodies, page);
    // Shopee renders after load: reading a half-built page would flash "could not read". Wait for the page
    // (or its API data) unless it is late, then read whatever is there and say what is missing.
    if (!isPageReady(document, url) && !apiListing && Date.now() - openedAt < LATE_MS) return;
    const extraction = page.kind === 'product' || options.readEveryPage ? options.extract(document, url, { shopeeApi: bodies }) : undefined;
    if (!extraction || (page.kind !== 'product' && !extraction.loginWall)) {
      badge.hide();
      await reporter.noListing(url, page);
      return;
    }
    const summary = await reporter.extracted(url, extraction);
    if (summary) await badge.show(summary, titleAnchor());
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
      await badge.show(summary, titleAnchor());
      return {};
    },
  });
  ctx.onInvalidated(stopMessages);
  void read();
}
