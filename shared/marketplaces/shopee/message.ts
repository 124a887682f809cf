/**
 * The message a main-world script posts to the content script when Shopee's page receives its own product JSON.
 * Shopee renders client-side, so the listing's full data (all photos, variants, attributes) arrives only as this
 * JSON. The content script must accept it only from the page's own window and origin, only in this shape,
 * and only for the product endpoints below; the body is then mapped by `mapShopeeApi`, which trusts nothing in it.
 */

export const SHOPEE_API_SOURCE = 'rapi:shopee-api';

/** Endpoints whose bodies carry one product (docs/marketplace-pages.md#shopee-product-page). */
export const SHOPEE_PRODUCT_API_PATHS = ['/api/v4/pdp/get_pc', '/api/v4/pdp/get', '/api/v4/item/get'] as const;

const SHOPEE_ORIGIN = /^https:\/\/(?:www\.)?shopee\.(?:co\.id|sg|com\.my|ph|co\.th|vn|tw|com\.br)$/;

/** True for an absolute https URL on a Shopee buyer host whose path is one of the product endpoints. */
export function isShopeeProductApiUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return SHOPEE_ORIGIN.test(parsed.origin) && (SHOPEE_PRODUCT_API_PATHS as readonly string[]).includes(parsed.pathname);
  } catch {
    return false;
  }
}

/** What the main-world tap posts (checked by `isShopeeApiMessage`; the content script carries no zod). */
export interface ShopeeApiMessage {
  source: typeof SHOPEE_API_SOURCE;
  url: string;
  body: unknown;
}

/** The tap's shape: Rapi's source tag, a Shopee product API address (at most 4,096 characters), any body. */
export function isShopeeApiMessage(data: unknown): data is ShopeeApiMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { source, url } = data as Partial<ShopeeApiMessage>;
  return source === SHOPEE_API_SOURCE && typeof url === 'string' && url.length <= 4096 && isShopeeProductApiUrl(url);
}

/** The parts of a `MessageEvent` this check needs (so it can be tested without a browser). */
export interface MessageLike {
  origin: string;
  data: unknown;
  source?: unknown;
}

/**
 * Accepts a postMessage only if it came from this very window (`source === ownWindow`), from this page's
 * origin, that origin is Shopee's, the data has the namespaced shape, and the API URL is on the same origin.
 * Anything else (other frames, other extensions' messages, a page script imitating us on another site) → undefined.
 */
export function readShopeeApiMessage(event: MessageLike, page: { origin: string; window?: unknown }): ShopeeApiMessage | undefined {
  if (!event || event.origin !== page.origin || !SHOPEE_ORIGIN.test(page.origin)) return undefined;
  if (page.window !== undefined && event.source !== page.window) return undefined;
  const data = event.data;
  if (!isShopeeApiMessage(data)) return undefined;
  try {
    if (new URL(data.url).origin !== page.origin) return undefined;
  } catch {
    return undefined;
  }
  return { source: data.source, url: data.url, body: data.body };
}

/** The product an API address asks for: get_pc's `item_id`/`shop_id`, the legacy endpoints' `itemid`/`shopid`. */
export function apiProductIds(url: string): { itemId?: string; shopId?: string } {
  try {
    const query = new URL(url).searchParams;
    const itemId = query.get('item_id') ?? query.get('itemid') ?? undefined;
    const shopId = query.get('shop_id') ?? query.get('shopid') ?? undefined;
    return { ...(itemId ? { itemId } : {}), ...(shopId ? { shopId } : {}) };
  } catch {
    return {};
  }
}

/**
 * True when an API address asks for exactly the product in the page's address (item id, and shop id when the page
 * names one). Any script on the page can post a message in the tap's shape; one about another product, or one
 * whose address names no product, is never used for this page.
 */
export function isApiForPage(url: string, page: { itemId?: string; shopId?: string }): boolean {
  if (!page.itemId) return false;
  const asked = apiProductIds(url);
  return asked.itemId === page.itemId && (!page.shopId || asked.shopId === page.shopId);
}
