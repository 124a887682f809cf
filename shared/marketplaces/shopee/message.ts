import * as z from 'zod/mini';

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

export const ShopeeApiMessage = z.object({
  source: z.literal(SHOPEE_API_SOURCE),
  url: z.string().check(z.maxLength(4096), z.refine(isShopeeProductApiUrl, 'not a Shopee product API URL')),
  body: z.unknown(),
});
export type ShopeeApiMessage = z.infer<typeof ShopeeApiMessage>;

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
  const parsed = ShopeeApiMessage.safeParse(event.data);
  if (!parsed.success) return undefined;
  try {
    if (new URL(parsed.data.url).origin !== page.origin) return undefined;
  } catch {
    return undefined;
  }
  return parsed.data;
}
