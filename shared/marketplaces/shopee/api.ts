import type { BilingualText } from '../../i18n/text';
import type { Listing, Photo, VariantTier } from '../../listing/schema';
import { isRecord, tidyLines } from '../read/dom';
import { either, isNumber, isText, listOf, maybe, numberIn, shape, textLike, type Guard } from '../read/guards';
import { put, putCategory, type Reading } from '../read/merge';
import { fromShopeeUnits } from '../read/numbers';
import { notRupiah } from '../read/problems';

/**
 * Shopee's own product JSON → a partial Listing. Pure; never throws.
 * Shapes (docs/marketplace-pages.md#shopee-product-page; saved answers in tests/fixtures/api/):
 * - `/api/v4/pdp/get_pc` (the PDP "BFF"): `{ data: { item, product_images, product_price, shop_detailed, product_attributes } }`;
 *   the stored example is the same object inside a page-state `cachedMap["<shopid>/<itemid>"]`;
 * - legacy `/api/v4/item/get`: `{ data: { itemid, shopid, name, description, price, images, … } }` (older: `{ item }`);
 * - list endpoints (`/api/v4/shop/search_items`, `/api/v4/search/search_items`): `{ items: [{ item_basic }] }`.
 * Prices are Rupiah × 100000. Every field is checked on its own (read/guards.ts), so one odd field never hides the rest.
 */

export interface ShopeeApiListing {
  itemId?: string;
  shopId?: string;
  reading: Reading;
  /** The listing part alone, for callers that only want the data. */
  listing: Partial<Listing>;
  problems: BilingualText[];
}

export interface ShopeeApiOptions {
  /** Image CDN host for the image ids; Shopee Indonesia's by default. */
  imageHost?: string;
}

const digits = textLike(/^\d+$/);
const id = either(isNumber, digits);
const text = isText;
const nonNegative = numberIn(0, 1e9); // counts: a billion is already absurd
const shopeePrice = either(isNumber, digits);
const imageIds = listOf(textLike(/^[\w-]{6,80}$/));
const maybeText = maybe(text);
const tiers = listOf(shape({ name: maybeText, options: maybe(listOf(maybeText)) }));
const nameValues = listOf(shape({ name: maybeText, value: maybeText }));
const categories = listOf(shape({ display_name: maybeText }));
const paragraphs = shape({ paragraph_list: listOf(shape({ text: maybeText, img_id: maybeText })) });
const models = listOf(shape({ stock: maybe(nonNegative), normal_stock: maybe(nonNegative) }));
const videos = listOf(
  shape({
    duration: maybe(isNumber),
    default_format: maybe(shape({ url: maybeText, width: maybe(nonNegative), height: maybe(nonNegative) })),
  }),
);
const priceBlock = shape({ single_value: maybe(isNumber), range_min: maybe(isNumber), range_max: maybe(isNumber) });

/** One field, checked alone: undefined when absent or of the wrong shape. */
function field<T>(obj: unknown, key: string, guard: Guard<T>): T | undefined {
  if (!isRecord(obj)) return undefined;
  const value = obj[key];
  return value !== undefined && value !== null && guard(value) ? value : undefined;
}

/** Every product object found in one API body (one for product endpoints, many for list endpoints). */
export function mapShopeeApi(body: unknown, options: ShopeeApiOptions = {}): ShopeeApiListing[] {
  try {
    return productsIn(body).map((p) => mapProduct(p, options));
  } catch {
    return []; // a shape no one foresaw: the page itself is still read
  }
}

/**
 * Every listing for the page's product in the bodies observed on the page, oldest first: its item id must match,
 * and so must its shop id when both the page and the body name one.
 */
export function matchingShopeeApiListings(
  bodies: readonly unknown[] | undefined,
  itemId: string | undefined,
  options?: ShopeeApiOptions,
  shopId?: string,
): ShopeeApiListing[] {
  if (!Array.isArray(bodies) || !itemId) return [];
  return bodies
    .slice(-50)
    .flatMap((body) => mapShopeeApi(body, options))
    .filter((mapped) => mapped.itemId === itemId && (!shopId || !mapped.shopId || mapped.shopId === shopId));
}

/** The freshest listing for the page's product (see matchingShopeeApiListings). */
export function pickShopeeApiListing(bodies: readonly unknown[] | undefined, itemId: string | undefined, options?: ShopeeApiOptions, shopId?: string): ShopeeApiListing | undefined {
  return matchingShopeeApiListings(bodies, itemId, options, shopId).at(-1);
}

interface ProductParts {
  item: Record<string, unknown>;
  /** get_pc's sibling blocks; empty for legacy and list bodies. */
  bff: Record<string, unknown>;
}

function productsIn(body: unknown): ProductParts[] {
  if (!isRecord(body)) return [];
  const data = isRecord(body.data) ? body.data : body;
  // get_pc: { data: { item, product_images, … } }
  if (isRecord(data.item) && looksLikeItem(data.item)) return [{ item: data.item, bff: data }];
  // legacy item/get: { data: { itemid, name, … } } or { item: { … } }
  if (looksLikeItem(data)) return [{ item: data, bff: {} }];
  // list endpoints: { items: [{ item_basic }] } (older search: the item itself in the list)
  if (Array.isArray(data.items)) {
    return data.items.slice(0, 200).flatMap((entry) => {
      const item = isRecord(entry) && isRecord(entry.item_basic) ? entry.item_basic : entry;
      return isRecord(item) && looksLikeItem(item) ? [{ item, bff: {} }] : [];
    });
  }
  // the stored get_pc example: page state { cachedMap: { "<shopid>/<itemid>": <get_pc data> } }
  if (isRecord(body.cachedMap)) {
    return Object.values(body.cachedMap)
      .slice(0, 50)
      .flatMap((entry) => (isRecord(entry) && isRecord(entry.item) && looksLikeItem(entry.item) ? [{ item: entry.item, bff: entry }] : []));
  }
  return [];
}

function looksLikeItem(obj: Record<string, unknown>): boolean {
  return (obj.itemid !== undefined || obj.item_id !== undefined) && (typeof obj.name === 'string' || typeof obj.title === 'string');
}

function mapProduct({ item, bff }: ProductParts, options: ShopeeApiOptions): ShopeeApiListing {
  const reading: Reading = {};
  const problems: BilingualText[] = [];
  const itemId = field(item, 'itemid', id) ?? field(item, 'item_id', id);
  const shopId = field(item, 'shopid', id) ?? field(item, 'shop_id', id);
  put(reading, 'itemId', itemId === undefined ? undefined : String(itemId));
  put(reading, 'shopId', shopId === undefined ? undefined : String(shopId));

  put(reading, 'title', (field(item, 'title', text) || field(item, 'name', text))?.trim());
  readDescription(item, reading);

  const currency = field(item, 'currency', text);
  if (currency && currency.toUpperCase() !== 'IDR') problems.push(notRupiah(currency));
  else readPrices(item, bff, reading);

  const host = options.imageHost ?? 'down-id.img.susercontent.com';
  const images = field(bff.product_images, 'images', imageIds) ?? field(item, 'images', imageIds);
  const cover = field(item, 'image', text);
  const ids = images?.length ? images : cover ? [cover] : [];
  put(reading, 'photos', dedupe(ids).map((image): Photo => ({ src: `https://${host}/file/${image}` })), images?.length ? 'read' : 'guessed');

  put(reading, 'variants', readTiers(item));
  readAttributes(item, bff, reading);
  const categoryPath = (field(item, 'categories', categories) ?? field(item, 'fe_categories', categories) ?? [])
    .map((c) => c.display_name?.trim() ?? '')
    .filter(Boolean);
  putCategory(reading, categoryPath, 'page-data');

  put(reading, 'stock', readStock(item));
  const shopName = field(bff.shop_detailed, 'name', text) ?? field(item, 'shop_name', text);
  put(reading, 'shopName', shopName?.trim());
  const city = field(item, 'shop_location', text) ?? field(bff.shop_detailed, 'shop_location', text);
  put(reading, 'shopCity', city?.trim());
  const video = field(item, 'video_info_list', videos)?.find((v) => (v.duration ?? 0) > 0);
  if (video) {
    const src = video.default_format?.url ?? undefined;
    put(reading, 'video', { durationSec: video.duration!, ...(src ? { src } : {}) });
  }
  const sizeChart = field(item, 'size_chart', text);
  if (sizeChart !== undefined) put(reading, 'hasSizeChart', sizeChart.length > 0);

  const listing: Partial<Listing> = {};
  for (const [key, found] of Object.entries(reading)) (listing as Record<string, unknown>)[key] = found.value;
  return {
    ...(itemId !== undefined ? { itemId: String(itemId) } : {}),
    ...(shopId !== undefined ? { shopId: String(shopId) } : {}),
    reading,
    listing,
    problems,
  };
}

function readDescription(item: Record<string, unknown>, reading: Reading): void {
  const rich = field(item, 'rich_text_description', paragraphs);
  const plain = field(item, 'description', text);
  if (plain !== undefined && plain.trim()) {
    put(reading, 'description', tidyLines(plain));
  } else if (rich) {
    put(reading, 'description', tidyLines(rich.paragraph_list.map((p) => p.text ?? '').join('\n')));
  }
  if (rich) put(reading, 'descriptionImageCount', rich.paragraph_list.filter((p) => p.img_id).length);
}

function readPrices(item: Record<string, unknown>, bff: Record<string, unknown>, reading: Reading): void {
  const block = field(bff.product_price, 'price', priceBlock);
  const single = fromShopeeUnits(block?.single_value);
  const rangeMin = fromShopeeUnits(block?.range_min);
  const itemPrice = fromShopeeUnits(field(item, 'price', shopeePrice));
  const itemMin = fromShopeeUnits(field(item, 'price_min', shopeePrice));
  const itemMax = fromShopeeUnits(field(item, 'price_max', shopeePrice));
  if (single) put(reading, 'price', single);
  else if (rangeMin) put(reading, 'price', rangeMin, 'guessed'); // variants differ in price: the lowest
  else if (itemPrice) put(reading, 'price', itemPrice, itemMin && itemMax && itemMin !== itemMax ? 'guessed' : 'read');
  else if (itemMin) put(reading, 'price', itemMin, 'guessed');

  const before =
    fromShopeeUnits(field(bff.product_price, 'price_before_discount', priceBlock)?.single_value) ??
    fromShopeeUnits(field(item, 'price_before_discount', shopeePrice)) ??
    fromShopeeUnits(field(item, 'price_min_before_discount', shopeePrice));
  const price = reading.price?.value;
  if (before && price && before > price) put(reading, 'originalPrice', before);
}

function readTiers(item: Record<string, unknown>): VariantTier[] {
  return (field(item, 'tier_variations', tiers) ?? [])
    .map((t) => ({ name: t.name?.trim() ?? '', options: (t.options ?? []).map((o) => o?.trim() ?? '').filter(Boolean) }))
    .filter((t) => t.name && t.options.length); // a product without variants carries one empty tier
}

function readAttributes(item: Record<string, unknown>, bff: Record<string, unknown>, reading: Reading): void {
  const rows = field(item, 'attributes', nameValues) ?? field(bff.product_attributes, 'attrs', nameValues) ?? [];
  const attributes: Record<string, string> = {};
  for (const row of rows.slice(0, 100)) {
    const name = row.name?.trim();
    const value = row.value?.trim();
    if (name && value) attributes[name] = value;
  }
  put(reading, 'attributes', attributes);
  const brand = field(item, 'brand', text)?.trim();
  put(reading, 'brand', brand);
}

function readStock(item: Record<string, unknown>): number | undefined {
  const direct = field(item, 'stock', nonNegative) ?? field(item, 'normal_stock', nonNegative);
  if (direct !== undefined) return Math.round(direct);
  const list = field(item, 'models', models);
  if (!list?.length) return undefined;
  const stocks = list.map((m) => m.stock ?? m.normal_stock).filter((s): s is number => typeof s === 'number');
  const total = Math.round(stocks.reduce((a, b) => a + b, 0));
  return stocks.length && Number.isSafeInteger(total) ? total : undefined;
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}
