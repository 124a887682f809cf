import type { Photo, VariantTier } from '../../listing/schema';
import { isRecord, tidyLines } from '../read/dom';
import { put, putCategory, type Reading } from '../read/merge';
import { parseWeightGrams } from '../read/numbers';
import type { ApolloCache } from './apollo';

type Entry = Record<string, unknown>;

/** The cache entries of one product: its basic info, the entries of the query that holds it, and the variant the address names. */
interface ProductEntries {
  basic: Entry;
  own: Entry[];
  /** The variant the address names when it is not the one the page was rendered for (its price is this one's). */
  child?: Entry;
}

/** Info rows Tokopedia adds to every product (read into their own fields or not listing data). */
export const TOKOPEDIA_ROWS = new Set(['kondisi', 'min. pemesanan', 'pemesanan minimum', 'kategori', 'etalase', 'berat satuan', 'berat']);
/** The info row that holds the description in Tokopedia's older page data. */
export const DESCRIPTION_ROW = 'deskripsi';

/**
 * The product's fields from the cache, for the product whose key (URL slug) is `productKey`. After single-page
 * navigation the script still holds the first product's cache, so entries for another product are ignored; a
 * sibling variant of that product (choosing "XXL" changes the address to XXL's) is read with its own price.
 */
export function readApolloProduct(cache: ApolloCache, productKey: string | undefined): Reading {
  const reading: Reading = {};
  const resolve = (value: unknown): Entry | undefined =>
    isRecord(value) && value.type === 'id' && typeof value.id === 'string' ? cache[value.id] : isRecord(value) ? value : undefined;
  const found = findProduct(cache, productKey, resolve);
  if (!found) return reading;
  const { basic, own, child } = found;

  put(reading, 'itemId', str(child?.productID) ?? str(basic.productID) ?? str(basic.id));
  put(reading, 'shopId', str(basic.shopID));
  put(reading, 'shopName', str(basic.shopName)?.trim());
  const unit = String(basic.weightUnit ?? '').toUpperCase();
  if (typeof basic.weight === 'number' && basic.weight > 0) {
    put(reading, 'weightGrams', parseWeightGrams(String(basic.weight), unit.startsWith('KILO') ? 'kg' : 'g'));
  }
  if (basic.condition === 'NEW') put(reading, 'condition', 'new');
  else if (basic.condition === 'USED') put(reading, 'condition', 'used');
  const category = resolve(basic.category);
  if (category && Array.isArray(category.detail)) {
    putCategory(reading, category.detail.map((d) => str(resolve(d)?.name) ?? ''), 'page-data');
  }

  const content = own.find((v) => v.__typename === 'pdpDataProductContent');
  if (child) readOffer(reading, child.productName, child.price, resolve(child.campaignInfo), resolve(child.stock)?.stock);
  else if (content) readOffer(reading, content.name, resolve(content.price)?.value, resolve(content.campaign), resolve(content.stock)?.value);

  const description = str(own.find((v) => v.__typename === 'pdpDataProductDetailDescription')?.content);
  if (description !== undefined) put(reading, 'description', tidyLines(description));
  put(reading, 'photos', mediaPhotos(own));
  readDetailRows(own, reading);
  put(reading, 'variants', variantTiers(own, resolve));
  return reading;
}

function findProduct(cache: ApolloCache, productKey: string | undefined, resolve: (v: unknown) => Entry | undefined): ProductEntries | undefined {
  const entries = Object.entries(cache).filter((e): e is [string, Entry] => isRecord(e[1]));
  // The page's product queries (pdpMainInfo today, pdpGetLayout before), each holding its entries under its key.
  const rootQuery = cache.ROOT_QUERY;
  const rootIds = Object.entries(isRecord(rootQuery) ? rootQuery : {})
    .filter(([field]) => /^pdp(?:MainInfo|GetLayout)\(/.test(field))
    .map(([, ref]) => (isRecord(ref) && typeof ref.id === 'string' ? ref.id : ''))
    .filter(Boolean);
  for (const rootId of rootIds) {
    const root = cache[rootId];
    const basic = resolve(resolve(root?.data)?.basicInfo) ?? resolve(root?.basicInfo);
    if (!basic) continue;
    const own = entries.filter(([key]) => key === rootId || key.startsWith(`${rootId}.`)).map(([, v]) => v);
    if (!productKey || sameKey(basic.alias, productKey)) return { basic, own };
    const child = variantChildren(own, resolve).find((c) => sameKey(productKeyOf(c.productURL), productKey));
    if (child) return { basic, own, child };
  }
  if (rootIds.length) return undefined;
  // A cache without query references: the basic info by its alias; entries of other products' queries left out.
  const basic = entries.find(([, v]) => v.__typename === 'pdpBasicInfo' && (!productKey || sameKey(v.alias, productKey)))?.[1];
  if (!basic) return undefined;
  const alias = str(basic.alias) ?? productKey;
  const own = entries.filter(([key]) => !alias || !/pdp(?:MainInfo|GetLayout)\(/.test(key) || key.includes(`"productKey":"${alias}"`));
  return { basic, own: own.map(([, v]) => v) };
}

/**
 * Name, price (with the campaign's original price) and stock: of the page's own product (`content`), or of the
 * variant the address names (a variant child), never the page's price for another variant.
 */
function readOffer(reading: Reading, name: unknown, price: unknown, campaign: Entry | undefined, stock: unknown): void {
  put(reading, 'title', str(name)?.trim());
  if (typeof price === 'number' && price > 0) put(reading, 'price', Math.round(price));
  const original = campaign?.originalPrice;
  if (campaign?.isActive === true && typeof original === 'number' && original > (reading.price?.value ?? Infinity)) {
    put(reading, 'originalPrice', Math.round(original));
  }
  const units = str(stock);
  if (units && /^\d+$/.test(units)) put(reading, 'stock', Number(units));
}

function mediaPhotos(own: Entry[]): Photo[] {
  const photos: Photo[] = [];
  for (const media of own) {
    if (media.__typename !== 'pdpContentSnapshotMedia' || media.type !== 'image') continue;
    // "URLOriginal" in today's page data, "urlOriginal" in the older pdpGetLayout.
    const src = str(media.URLOriginal) ?? str(media.urlOriginal) ?? str(media.URLThumbnail) ?? str(media.urlThumbnail);
    if (src && /^https:\/\//.test(src) && !photos.some((p) => p.src === src)) photos.push({ src });
  }
  return photos;
}

/**
 * "Detail produk" rows: Tokopedia's own (condition, minimum order, category, showcase) are not specifics; "Merek"
 * is the brand; "Deskripsi" (older page data) is the description; the rest are specifics.
 */
function readDetailRows(own: Entry[], reading: Reading): void {
  const attributes: Record<string, string> = {};
  for (const row of own) {
    if (row.__typename !== 'pdpContentProductDetail') continue;
    const title = str(row.title)?.trim();
    const value = str(row.subtitle);
    if (!title || !value?.trim()) continue;
    const key = title.toLowerCase();
    if (key === DESCRIPTION_ROW) {
      if (!reading.description) put(reading, 'description', tidyLines(value));
    } else if (TOKOPEDIA_ROWS.has(key)) continue;
    else if (/^merek$|^brand$/i.test(title)) put(reading, 'brand', value.trim());
    else attributes[title] = value.trim();
  }
  put(reading, 'attributes', attributes);
}

function variantData(own: Entry[]): Entry | undefined {
  return own.find((v) => v.__typename === 'pdpDataProductVariant');
}

function variantChildren(own: Entry[], resolve: (v: unknown) => Entry | undefined): Entry[] {
  const children = variantData(own)?.children;
  return Array.isArray(children) ? children.map(resolve).filter((c): c is Entry => !!c) : [];
}

/** Tiers such as "ukuran pakaian: M, L, XL, XXL". */
function variantTiers(own: Entry[], resolve: (v: unknown) => Entry | undefined): VariantTier[] {
  const variants = variantData(own)?.variants;
  if (!Array.isArray(variants)) return [];
  return variants
    .map(resolve)
    .map((v) => ({
      name: str(v?.name)?.trim() ?? '',
      options: (Array.isArray(v?.option) ? v.option : []).map((o) => str(resolve(o)?.value)?.trim() ?? '').filter(Boolean),
    }))
    .filter((t) => t.name && t.options.length);
}

/** "https://www.tokopedia.com/<shop>/<key>" → "<key>". */
function productKeyOf(url: unknown): string | undefined {
  return typeof url === 'string' ? /^https?:\/\/[^/]+\/[^/?#]+\/([^/?#]+)/.exec(url)?.[1] : undefined;
}

function sameKey(a: unknown, b: string | undefined): boolean {
  return typeof a === 'string' && !!b && a.toLowerCase() === b.toLowerCase();
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}
