import type { PageInfo } from './types';

/**
 * Page detection: pure functions of the URL (no DOM), so the content script can decide what to do before the
 * page has rendered and every URL shape can be tested in a table. URL shapes: docs/marketplace-pages.md.
 */
export function detectPage(url: string): PageInfo {
  const parsed = parseUrl(url);
  if (!parsed) return OTHER;
  const host = parsed.hostname.toLowerCase();
  const segments = pathSegments(parsed.pathname);
  if (isShopeeSellerHost(host)) return shopeeSellerPage(segments);
  if (isShopeeHost(host)) return shopeePage(segments);
  if (host === 'seller.tokopedia.com') return tokopediaSellerPage(segments);
  if (TIKTOK_SELLER_HOSTS.has(host)) return tiktokSellerPage(segments, parsed.searchParams);
  if (TOKOPEDIA_HOSTS.has(host)) return tokopediaPage(segments);
  return OTHER;
}

export function isShopeeProductPage(url: string): boolean {
  const page = detectPage(url);
  return page.site === 'shopee' && page.kind === 'product';
}

export function isTokopediaProductPage(url: string): boolean {
  const page = detectPage(url);
  return page.site === 'tokopedia' && page.kind === 'product';
}

export function isSellerForm(url: string): boolean {
  return detectPage(url).kind === 'seller-form';
}

const OTHER: PageInfo = { site: 'other', kind: 'other' };

function parseUrl(url: string): URL | undefined {
  if (typeof url !== 'string' || url.length > 8192) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function pathSegments(pathname: string): string[] {
  return pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s; // a stray "%" in a slug: keep the raw segment
      }
    });
}

// ---------------------------------------------------------------- Shopee (buyer side)

// One web codebase serves every region (docs/marketplace-pages.md), so a rendered shopee.sg page reads like shopee.co.id.
const SHOPEE_DOMAINS = ['shopee.co.id', 'shopee.sg', 'shopee.com.my', 'shopee.ph', 'shopee.co.th', 'shopee.vn', 'shopee.tw', 'shopee.com.br'];

function isShopeeHost(host: string): boolean {
  return SHOPEE_DOMAINS.some((d) => host === d || host === `www.${d}` || host === `m.${d}`);
}

/** "<slug>-i.<shopid>.<itemid>"; the slug may hold dots and dashes, or be empty. */
const SHOPEE_SLUG_PRODUCT = /(?:^|-)i\.(\d+)\.(\d+)$/;
/** Category pages: "<Name>-cat.<id>" or "-cat.<id>.<id>…". */
const SHOPEE_CATEGORY = /-cat\.\d+(?:\.\d+)*$/;
/** First path segments that list many products. */
const SHOPEE_LISTING_PATHS = new Set(['search', 'mall', 'flash_sale', 'daily_discover', 'top_products', 'find_similar_products', 'shop', 'supermarket']);
/** First path segments that are neither products nor shops. */
const SHOPEE_OTHER_PATHS = new Set([
  'cart', 'checkout', 'buyer', 'user', 'me', 'm', 'api', 'verify', 'web', 'events3', 'product', 'universal-link',
  'live', 'video', 'seller', 'help', 'legal', 'docs', 'blog', 'inspirasi-shopee', 'purchase', 'shopee-coins',
]);

function shopeePage(segments: string[]): PageInfo {
  const [first, second, third] = segments;
  if (segments.length === 1 && first) {
    const slug = SHOPEE_SLUG_PRODUCT.exec(first);
    if (slug) return { site: 'shopee', kind: 'product', shopId: slug[1], itemId: slug[2] };
    if (SHOPEE_CATEGORY.test(first)) return { site: 'shopee', kind: 'listing-page' };
  }
  // "/product/<shopid>/<itemid>": links shared from the app and the mobile site.
  if (first === 'product' && segments.length === 3 && /^\d+$/.test(second ?? '') && /^\d+$/.test(third ?? '')) {
    return { site: 'shopee', kind: 'product', shopId: second, itemId: third };
  }
  if (!first) return { site: 'shopee', kind: 'other' };
  if (SHOPEE_LISTING_PATHS.has(first)) return { site: 'shopee', kind: 'listing-page' };
  if (SHOPEE_OTHER_PATHS.has(first)) return { site: 'shopee', kind: 'other' };
  // "/<username>" is a shop's own page: it lists that shop's products.
  if (segments.length === 1 && /^[\w.-]+$/.test(first)) return { site: 'shopee', kind: 'listing-page' };
  return { site: 'shopee', kind: 'other' };
}

// ---------------------------------------------------------------- Shopee Seller Centre

// "banhang.shopee.vn" is Vietnam's name for the same Seller Centre.
function isShopeeSellerHost(host: string): boolean {
  return SHOPEE_DOMAINS.some((d) => host === `seller.${d}`) || host === 'banhang.shopee.vn';
}

function shopeeSellerPage(segments: string[]): PageInfo {
  const [portal, product, third, fourth] = segments;
  if (portal !== 'portal' || product !== 'product') return { site: 'shopee', kind: 'other' };
  // "/portal/product/new" (add) and "/portal/product/<item_id>" (edit, seen in ≥5 ID tools).
  if (segments.length === 3 && third === 'new') return { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' };
  if (segments.length === 3 && /^\d+$/.test(third ?? '')) {
    return { site: 'shopee', kind: 'seller-form', form: 'shopee-seller', itemId: third };
  }
  // "/portal/product/edit/<id>" is mentioned once [?]; accept it, it cannot be anything else.
  if (segments.length === 4 && third === 'edit' && /^\d+$/.test(fourth ?? '')) {
    return { site: 'shopee', kind: 'seller-form', form: 'shopee-seller', itemId: fourth };
  }
  return { site: 'shopee', kind: 'other' }; // product lists, mass upload, …
}

// ---------------------------------------------------------------- Tokopedia (buyer side)

const TOKOPEDIA_HOSTS = new Set(['www.tokopedia.com', 'tokopedia.com', 'm.tokopedia.com']);

/** First path segments that list products (search, category "/p/…", campaign pages, official stores). */
const TOKOPEDIA_LISTING_PATHS = new Set(['search', 'p', 'discovery', 'find', 'hot', 'official-store', 'b', 'promo', 'catalog']);
/** First path segments that belong to Tokopedia itself, never to a shop. */
const TOKOPEDIA_OTHER_PATHS = new Set([
  'help', 'cart', 'login', 'register', 'about', 'careers', 'blog', 'feed', 'play', 'rewards', 'tokopoints',
  'events', 'top-up', 'pulsa', 'tiket', 'order-list', 'user', 'people', 'wishlist', 'inbox', 'chat', 'payment',
  'edu', 'seller', 'mitra', 'terms', 'privacy', 'topads', 'affiliate', 'now', 'kupon', 'deals', 'emas', 'settings',
  'reset-password', 'cart-checkout', 'checkout', 'track', 'resolution', 'review', 'talk', 'notification', 'bantuan',
  'kategori-produk', 'sitemap', 'reksadana', 'asuransi', 'travel', 'mybills', 'gift-card', 'tagihan',
]);
/** Second segments under a shop that are shop sub-pages, not products. */
const TOKOPEDIA_SHOP_SUBPAGES = new Set([
  'etalase', 'review', 'product', 'info', 'note', 'notes', 'feed', 'about', 'campaign', 'home', 'faq', 'voucher',
  'showcase', 'discussion', 'talk', 'shop-info', 'rating',
]);

function tokopediaPage(segments: string[]): PageInfo {
  const [first, second] = segments;
  if (!first) return { site: 'tokopedia', kind: 'other' };
  const shop = first.toLowerCase();
  if (TOKOPEDIA_LISTING_PATHS.has(shop)) return { site: 'tokopedia', kind: 'listing-page' };
  if (TOKOPEDIA_OTHER_PATHS.has(shop)) return { site: 'tokopedia', kind: 'other' };
  if (!/^[\w-]+$/.test(first)) return { site: 'tokopedia', kind: 'other' };
  // "/<shop>" alone, and "/<shop>/etalase/…", "/<shop>/product": the shop's own listing pages.
  if (segments.length === 1 || (second && TOKOPEDIA_SHOP_SUBPAGES.has(second.toLowerCase()))) {
    const listing = segments.length === 1 || ['etalase', 'product', 'showcase'].includes(second!.toLowerCase());
    return { site: 'tokopedia', kind: listing ? 'listing-page' : 'other' };
  }
  // "/<shop>/<product-key>": exactly two segments. "/<shop>/<key>/review" is the product's review page.
  if (segments.length === 2 && second) return { site: 'tokopedia', kind: 'product', shopId: first, itemId: second };
  return { site: 'tokopedia', kind: 'other' };
}

// ---------------------------------------------------------------- Tokopedia seller centres

function tokopediaSellerPage(segments: string[]): PageInfo {
  const [first, second] = segments;
  // Legacy seller.tokopedia.com: "/add-product" and "/edit-product/<id>".
  if (first === 'add-product' && segments.length === 1) return { site: 'tokopedia', kind: 'seller-form', form: 'tokopedia-seller' };
  if (first === 'edit-product' && segments.length >= 1) {
    const id = second && /^\d+$/.test(second) ? second : undefined;
    return { site: 'tokopedia', kind: 'seller-form', form: 'tokopedia-seller', ...(id ? { itemId: id } : {}) };
  }
  return { site: 'tokopedia', kind: 'other' };
}

// TikTok-era seller centre for Indonesia (Tokopedia merged into TikTok Shop): seller-id.tokopedia.com;
// seller-id.tiktok.com is the same app under its older name.
const TIKTOK_SELLER_HOSTS = new Set(['seller-id.tokopedia.com', 'seller-id.tiktok.com']);

function tiktokSellerPage(segments: string[], query: URLSearchParams): PageInfo {
  const [first, action, id] = segments;
  if (first !== 'product') return { site: 'tokopedia', kind: 'other' };
  const form = { site: 'tokopedia', kind: 'seller-form', form: 'tiktok-seller' } as const;
  // "/product/create" (the create page seen for other regions) and "/product/edit/<id>" (K6).
  if (action === 'create' && segments.length === 2) return { ...form };
  if (action === 'edit') {
    const itemId = (id && /^\d+$/.test(id) ? id : undefined) ?? digitsOnly(query.get('product_id'));
    return itemId ? { ...form, itemId } : { ...form };
  }
  return { site: 'tokopedia', kind: 'other' }; // "/product/manage" and the rest
}

function digitsOnly(value: string | null): string | undefined {
  return value && /^\d+$/.test(value) ? value : undefined;
}
