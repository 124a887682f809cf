// zod/mini, not classic zod: the content script has a 25 KB gzip budget. Internal modules import only the
// types from here (`import type`), so a bundle that does not need these schemas does not carry zod.
import * as z from 'zod/mini';
import type { BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';

export const Site = z.enum(['shopee', 'tokopedia', 'other']);
export type Site = z.infer<typeof Site>;

export const PageKind = z.enum(['product', 'seller-form', 'listing-page', 'other']);
export type PageKind = z.infer<typeof PageKind>;

export const SellerFormKind = z.enum(['shopee-seller', 'tokopedia-seller', 'tiktok-seller']);
export type SellerFormKind = z.infer<typeof SellerFormKind>;

/**
 * What a URL is, decided from the URL alone.
 * Shopee: `itemId`/`shopId` are the numeric ids in the URL.
 * Tokopedia product pages carry no numeric ids in the URL: there `shopId` is the shop's domain
 * ("enterelectronic") and `itemId` the product key (the slug), exactly as Tokopedia's own API keys them.
 */
export const PageInfo = z.object({
  site: Site,
  kind: PageKind,
  itemId: z.optional(z.string()),
  shopId: z.optional(z.string()),
  form: z.optional(SellerFormKind),
});
export type PageInfo = z.infer<typeof PageInfo>;

/** read: taken from the page as the marketplace states it. guessed: derived (e.g. stripped from a page title). missing: not found. */
export const FieldState = z.enum(['read', 'guessed', 'missing']);
export type FieldState = z.infer<typeof FieldState>;

export type ListingField = keyof Listing;

export const LISTING_FIELDS = [
  'marketplace', 'sourceUrl', 'itemId', 'shopId', 'title', 'description', 'price', 'originalPrice', 'categoryPath',
  'categorySource', 'brand', 'condition', 'attributes', 'variants', 'weightGrams', 'dimensionsCm', 'stock', 'photos', 'photoCount',
  'descriptionImageCount', 'video', 'hasSizeChart', 'shopName', 'shopCity',
] as const satisfies readonly ListingField[];

/**
 * What showed Rapi that the page holds one product (read/evidence.ts says which each adapter accepts):
 * the marketplace's own product data (`api-item`, `json-ld-product`, `apollo-product`, `product-meta`), its
 * product-page hooks with content in them (`product-testid`, `product-frame`), a product heading with its price
 * (`title-and-price`), or a seller form's title field (`seller-form`). A page title alone is never evidence.
 */
export const ProductEvidence = z.enum([
  'api-item', 'json-ld-product', 'apollo-product', 'product-meta', 'product-testid', 'product-frame', 'title-and-price', 'seller-form',
]);
export type ProductEvidence = z.infer<typeof ProductEvidence>;

/**
 * Why a page is not read: the marketplace asked to log in (`login-wall`) or to pass a security check
 * (`security-check`); the page shows many products, e.g. the home or search page a bot check redirects to
 * (`many-products`); the product has not been rendered (`not-rendered`); no product could be found
 * (`no-product`); the address is not a product page (`not-a-product-page`); reading failed (`error`).
 */
export const NotReadReason = z.enum([
  'login-wall', 'security-check', 'many-products', 'not-rendered', 'no-product', 'not-a-product-page', 'error',
]);
export type NotReadReason = z.infer<typeof NotReadReason>;

/**
 * The listing as read from a page, how each field was obtained, and what went wrong.
 * `listing` always satisfies the `Listing` schema (title is '' when it could not be read).
 * `fields` names every field the adapter looked for; fields it never looks for on that page are absent.
 * A page that is not read (`read: false`) is never scored: its listing holds only what the address says
 * (marketplace, address, ids) and `notRead` says why.
 */
export interface Extraction {
  page: PageInfo;
  listing: Listing;
  fields: Partial<Record<ListingField, FieldState>>;
  problems: BilingualText[];
  /** The marketplace showed its login wall instead of the product. */
  loginWall: boolean;
  /** Rapi found the product itself on the page (see `evidence`). */
  read: boolean;
  /** What showed the product; empty when the page is not read. */
  evidence: ProductEvidence[];
  /** Why the page is not read; absent when it is. `message` is the headline NOT_READ plus the reason. */
  notRead?: { reason: NotReadReason; message: BilingualText };
  /** Fields whose sources on the page disagree (Shopee's API answer and the page): marked guessed, and said. */
  conflicts?: ListingField[];
}

/** Also exported here for code that already imports it from this module (the side panel). */
export { FIELD_LABELS } from './labels';
