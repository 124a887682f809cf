/**
 * Keeping a showcase current: when a product that is already in a showcase is read again from its marketplace
 * page, what changed since it was added (price, cover photo, stock), and the item with those changes applied.
 * Only what the page really says is offered: an unknown stock or a missing price changes nothing.
 */
import type { Listing } from '../listing/schema';
import type { ShowcaseItem, Stock } from './schema';
import { parseHttpsUrl } from './urls';

/**
 * The product an address names, the same however it is written: Shopee by shop and item id
 * ("/Kopi-i.123.456", "/product/123/456"), Tokopedia by shop and product path ("/toko/kopi-250-gr").
 */
export function productKey(address: string | undefined): string | undefined {
  const url = parseHttpsUrl(address);
  if (!url) return undefined;
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'shopee.co.id') {
    const ids = /-i\.(\d+)\.(\d+)/.exec(url.pathname) ?? /^\/product\/(\d+)\/(\d+)/.exec(url.pathname);
    return ids ? `shopee:${ids[1]}.${ids[2]}` : undefined;
  }
  if (host === 'tokopedia.com') {
    const [shop, product] = url.pathname.toLowerCase().split('/').filter(Boolean);
    return shop && product ? `tokopedia:${shop}/${product}` : undefined;
  }
  return undefined;
}

/** Every key a listing read from a page goes by (its address, or Shopee's ids when the address lacks them). */
export function listingKeys(listing: Listing): string[] {
  const keys = [productKey(listing.sourceUrl)];
  if (listing.marketplace === 'shopee' && listing.shopId && listing.itemId) keys.push(`shopee:${listing.shopId}.${listing.itemId}`);
  return [...new Set(keys.filter((k): k is string => !!k))];
}

/** The keys of a showcase item: its buy links and the address it was first read from. */
export function itemKeys(item: ShowcaseItem, readFrom?: string): string[] {
  const keys = [productKey(item.links.shopee), productKey(item.links.tokopedia), productKey(readFrom)];
  return [...new Set(keys.filter((k): k is string => !!k))];
}

export interface Change<T> {
  /** In the showcase now (undefined: not set). */
  before: T | undefined;
  /** On the marketplace page now. */
  after: T;
}

export interface ItemRefresh {
  price?: Change<number>;
  photo?: Change<string>;
  stock?: Change<Stock>;
}

function coverOf(listing: Listing): string | undefined {
  return listing.photos?.map((p) => parseHttpsUrl(p.src)?.href).find(Boolean);
}

/** What differs between the showcase item and the page, or undefined when the item is current. */
export function refreshFor(item: ShowcaseItem, listing: Listing): ItemRefresh | undefined {
  const refresh: ItemRefresh = {};
  const price = listing.price;
  if (price !== undefined && Number.isSafeInteger(price) && price <= 1_000_000_000 && price !== item.price?.idr) {
    refresh.price = { before: item.price?.idr, after: price };
  }
  const cover = coverOf(listing);
  if (cover && cover.length <= 2000 && cover !== item.photo?.src) refresh.photo = { before: item.photo?.src, after: cover };
  if (listing.stock !== undefined) {
    const now: Stock = listing.stock > 0 ? 'available' : 'out';
    // No stock field means "available" to the widget: only a real change is offered.
    if (now !== (item.stock ?? 'available')) refresh.stock = { before: item.stock, after: now };
  }
  return Object.keys(refresh).length ? refresh : undefined;
}

/** The item with the page's values; the curator's own text (price note, photo description) stays. */
export function applyRefresh(item: ShowcaseItem, refresh: ItemRefresh): ShowcaseItem {
  const next: ShowcaseItem = { ...item };
  if (refresh.price) next.price = { ...item.price, idr: refresh.price.after };
  // The old photo's description was about the old photo: the product name stands in until the curator writes one.
  if (refresh.photo) next.photo = { src: refresh.photo.after };
  if (refresh.stock) {
    if (refresh.stock.after === 'out') next.stock = 'out';
    else delete next.stock;
  }
  return next;
}
