import type { ShowcaseItem, Links } from './schema';
import { parseHttpsUrl } from './urls';
import type { Listing } from '../listing/schema';
import { badgesFromListing } from './badges';

/**
 * A showcase item made from a checked listing: everything Rapi already read (name, price, cover photo, shop and
 * city, the product's own Shopee or Tokopedia address, badges). The curator adds the rest (blurb, WhatsApp,
 * category). Only values the feed accepts are filled in, so the result always passes ShowcaseItem.
 */
export function prefillItem(listing: Listing): ShowcaseItem {
  const name = clip(oneLine(listing.title), 200) || 'Produk tanpa judul';
  const item: ShowcaseItem = { id: feedIdFor(name), name, links: buyLinks(listing) };
  if (listing.price !== undefined && Number.isInteger(listing.price) && listing.price >= 0 && listing.price <= 1_000_000_000) {
    item.price = { idr: listing.price };
  }
  const cover = listing.photos?.find((p) => parseHttpsUrl(p.src));
  if (cover?.src) item.photo = { src: cover.src, ...(cover.alt?.trim() ? { alt: clip(oneLine(cover.alt), 200) } : {}) };
  const shop = clip(oneLine(listing.shopName ?? ''), 120);
  if (shop) {
    const city = clip(tidyPlace(listing.shopCity ?? ''), 80);
    item.seller = { name: shop, ...(city ? { city } : {}) };
  }
  const category = clip(oneLine(listing.categoryPath?.at(-1) ?? ''), 60);
  if (category) item.category = category;
  const badges = badgesFromListing(listing);
  if (badges.length) item.badges = badges;
  // The page says none are left: the card says "Stok habis" until the curator updates it.
  if (listing.stock === 0) item.stock = 'out';
  return item;
}

/**
 * The buy link: the product's own page. Only a product page on the buyers' site counts (shopee.co.id,
 * www.tokopedia.com), never a seller-centre address; tracking parameters are dropped. A Shopee listing read
 * elsewhere (its seller form) still has a product address when both its shop and item ids are known.
 */
export function buyLinks(listing: Listing): Links {
  const url = parseHttpsUrl(listing.sourceUrl);
  const clean = url ? `${url.origin}${url.pathname}` : undefined;
  if (listing.marketplace === 'shopee') {
    if (url && (url.hostname === 'shopee.co.id' || url.hostname === 'www.shopee.co.id') && url.pathname.length > 1) return { shopee: clean };
    if (listing.shopId && listing.itemId && /^\d+$/.test(listing.shopId) && /^\d+$/.test(listing.itemId)) {
      return { shopee: `https://shopee.co.id/product/${listing.shopId}/${listing.itemId}` };
    }
  }
  if (listing.marketplace === 'tokopedia' && url && (url.hostname === 'www.tokopedia.com' || url.hostname === 'tokopedia.com')) {
    // A product address is /<shop>/<product>.
    if (url.pathname.split('/').filter(Boolean).length >= 2) return { tokopedia: clean };
  }
  return {};
}

/** "KAB. ACEH TENGAH" → "Kab. Aceh Tengah": marketplaces shout the city; the card should not. */
export function tidyPlace(raw: string): string {
  const text = oneLine(raw);
  if (!text || text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s.(/-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/** An id for the feed that people can read: "kopi-arabika-gayo-250-gr", with -2, -3 … when taken. */
export function feedIdFor(name: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'barang';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts at a word boundary when it can, so a long title does not end mid-word. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trim();
}
