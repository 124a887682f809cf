import { isApiForPage, readShopeeApiMessage, type ShopeeApiMessage } from '../../shared/marketplaces/shopee/message';
import { SHOPEE_API_REPLAY } from './shopee-api-tap';

/**
 * The isolated side of the Shopee API tap: accepts only messages from this very window and origin, in the
 * adapters' ShopeeApiMessage shape (isShopeeApiMessage), and keeps the last few in the order they came. The adapter gets only
 * those whose address asks for the page's own product, all of them (not the last one alone), so that two answers
 * for one product that disagree show as a conflict instead of the last one silently winning.
 */
export function createShopeeApiInbox(win: Window, signal: AbortSignal, onArrive: () => void, keep = 6) {
  const received: ShopeeApiMessage[] = [];
  win.addEventListener(
    'message',
    (event) => {
      const message = readShopeeApiMessage(event, { origin: win.location.origin, window: win });
      if (!message) return;
      received.push(message);
      if (received.length > keep) received.shift();
      onArrive();
    },
    { signal },
  );
  // The tap may have seen the first response before this script started: ask it to send again.
  win.postMessage({ source: SHOPEE_API_REPLAY }, win.location.origin);
  return {
    bodies: (page: { itemId?: string; shopId?: string }): unknown[] => received.filter((m) => isApiForPage(m.url, page)).map((m) => m.body),
  };
}
