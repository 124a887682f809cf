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
  'brand', 'condition', 'attributes', 'variants', 'weightGrams', 'dimensionsCm', 'stock', 'photos', 'photoCount',
  'descriptionImageCount', 'video', 'hasSizeChart', 'shopName', 'shopCity',
] as const satisfies readonly ListingField[];

/**
 * The listing as read from a page, how each field was obtained, and what went wrong.
 * `listing` always satisfies the `Listing` schema (title is '' when it could not be read).
 * `fields` names every field the adapter looked for; fields it never looks for on that page are absent.
 */
export interface Extraction {
  page: PageInfo;
  listing: Listing;
  fields: Partial<Record<ListingField, FieldState>>;
  problems: BilingualText[];
  /** Shopee showed its login wall instead of the product. */
  loginWall: boolean;
  /** Fields whose sources on the page disagree (Shopee's API answer and the page): marked guessed, and said. */
  conflicts?: ListingField[];
}

/** Also exported here for code that already imports it from this module (the side panel). */
export { FIELD_LABELS } from './labels';
