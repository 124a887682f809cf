import { readShopeeApiMessage } from '../../shared/marketplaces/shopee/message';
import { SHOPEE_API_REPLAY } from './shopee-api-tap';

/**
 * The isolated side of the Shopee API tap: accepts only messages from this very window and origin, in the
 * adapters' ShopeeApiMessage shape (zod), and keeps the latest body per API URL for the adapter to pick from.
 */
export function createShopeeApiInbox(win: Window, signal: AbortSignal, onArrive: () => void, keep = 6) {
  const latest = new Map<string, unknown>();
  win.addEventListener(
    'message',
    (event) => {
      const message = readShopeeApiMessage(event, { origin: win.location.origin, window: win });
      if (!message) return;
      latest.delete(message.url);
      latest.set(message.url, message.body);
      while (latest.size > keep) latest.delete(latest.keys().next().value!);
      onArrive();
    },
    { signal },
  );
  // The tap may have seen the first response before this script started: ask it to send again.
  win.postMessage({ source: SHOPEE_API_REPLAY }, win.location.origin);
  return { bodies: (): unknown[] => [...latest.values()] };
}
