import type { Photo } from '../../listing/schema';
import { isRecord, parseJson, tidyLines } from '../read/dom';
import { put, type Reading } from '../read/merge';
import { parseWeightGrams } from '../read/numbers';

/**
 * Tokopedia's server-rendered product page embeds its Apollo cache as `window.__cache={…}` in an inline script.
 * The content script cannot see page globals, so this reads the script's text. The cache is normalized: objects
 * refer to each other as `{type:"id", id:"<key>"}`, and entries are recognised by their `__typename`.
 */

export type ApolloCache = Record<string, Record<string, unknown>>;

const MARKER = 'window.__cache=';
const MAX_SCRIPT = 5_000_000;

/** The cache object, or undefined when absent or broken. */
export function readApolloCache(doc: Document): ApolloCache | undefined {
  try {
    return findApolloCache(doc);
  } catch {
    return undefined;
  }
}

function findApolloCache(doc: Document): ApolloCache | undefined {
  // getElementsByTagName is much cheaper than a ':not([src])' selector on a 250 KB page.
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.hasAttribute('src')) continue;
    const code = script.textContent ?? '';
    if (code.length > MAX_SCRIPT) continue;
    const at = code.indexOf(MARKER);
    if (at < 0) continue;
    const json = objectLiteralAt(code, at + MARKER.length);
    const parsed = json ? parseJson(json) : undefined;
    if (isRecord(parsed)) return parsed as ApolloCache;
  }
  return undefined;
}

/** The balanced `{…}` starting at `start` (skipping spaces), respecting strings; undefined if unbalanced. */
export function objectLiteralAt(code: string, start: number): string | undefined {
  let i = start;
  while (i < code.length && /\s/.test(code[i]!)) i++;
  if (code[i] !== '{') return undefined;
  let depth = 0;
  let inString = false;
  for (let j = i; j < code.length; j++) {
    const c = code.charCodeAt(j);
    if (inString) {
      if (c === 92 /* \ */) j++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */ && --depth === 0) return code.slice(i, j + 1);
  }
  return undefined;
}

/**
 * The product's fields from the cache, for the product whose key (URL slug) is `productKey`. After single-page
 * navigation the script still holds the first product's cache, so entries for another product are ignored.
 */
export function readApolloProduct(cache: ApolloCache, productKey: string | undefined): Reading {
  const reading: Reading = {};
  const entries = Object.entries(cache).filter(([, v]) => isRecord(v));
  const basic = entries.find(([, v]) => v.__typename === 'pdpBasicInfo' && (!productKey || sameKey(v.alias, productKey)))?.[1];
  if (!basic) return reading;
  const alias = typeof basic.alias === 'string' ? basic.alias : productKey;
  // Entries under pdpMainInfo are keyed by the query's arguments, which include the product key.
  const own = entries.filter(([key]) => !alias || !key.includes('pdpMainInfo(') || key.includes(`"productKey":"${alias}"`)).map(([, v]) => v);
  const deref = (ref: unknown): Record<string, unknown> | undefined => (isRecord(ref) && typeof ref.id === 'string' ? cache[ref.id] : undefined);

  put(reading, 'itemId', str(basic.productID));
  put(reading, 'shopId', str(basic.shopID));
  put(reading, 'shopName', str(basic.shopName)?.trim());
  const unit = String(basic.weightUnit ?? '').toUpperCase();
  if (typeof basic.weight === 'number' && basic.weight > 0) {
    put(reading, 'weightGrams', parseWeightGrams(String(basic.weight), unit.startsWith('KILO') ? 'kg' : 'g'));
  }
  if (basic.condition === 'NEW') put(reading, 'condition', 'new');
  else if (basic.condition === 'USED') put(reading, 'condition', 'used');
  const category = deref(basic.category);
  if (category && Array.isArray(category.detail)) {
    put(reading, 'categoryPath', category.detail.map(deref).map((d) => str(d?.name)?.trim() ?? '').filter(Boolean));
  }

  const content = own.find((v) => v.__typename === 'pdpDataProductContent');
  if (content) {
    put(reading, 'title', str(content.name)?.trim());
    const price = deref(content.price);
    if (price && typeof price.value === 'number' && price.value > 0) put(reading, 'price', Math.round(price.value));
    const campaign = deref(content.campaign);
    const original = campaign?.originalPrice;
    if (campaign?.isActive === true && typeof original === 'number' && original > (reading.price?.value ?? Infinity)) {
      put(reading, 'originalPrice', Math.round(original));
    }
    const stock = deref(content.stock);
    const stockValue = str(stock?.value);
    if (stockValue && /^\d+$/.test(stockValue)) put(reading, 'stock', Number(stockValue));
  }
  const description = own.find((v) => v.__typename === 'pdpDataProductDetailDescription');
  const descriptionText = str(description?.content);
  if (descriptionText !== undefined) put(reading, 'description', tidyLines(descriptionText));

  const photos: Photo[] = [];
  for (const media of own) {
    if (media.__typename !== 'pdpContentSnapshotMedia' || media.type !== 'image') continue;
    const src = str(media.URLOriginal) ?? str(media.URLThumbnail);
    if (src && /^https:\/\//.test(src)) photos.push({ src });
  }
  put(reading, 'photos', photos);

  // "Detail produk" rows other than Tokopedia's own (condition, minimum order, category, showcase) are specifics.
  const attributes: Record<string, string> = {};
  for (const row of own) {
    if (row.__typename !== 'pdpContentProductDetail') continue;
    const title = str(row.title)?.trim();
    const value = str(row.subtitle)?.trim();
    if (!title || !value || TOKOPEDIA_ROWS.has(title.toLowerCase())) continue;
    if (/^merek$|^brand$/i.test(title)) put(reading, 'brand', value);
    else attributes[title] = value;
  }
  put(reading, 'attributes', attributes);
  return reading;
}

/** Info rows Tokopedia adds to every product (read into their own fields or not listing data). */
export const TOKOPEDIA_ROWS = new Set(['kondisi', 'min. pemesanan', 'pemesanan minimum', 'kategori', 'etalase', 'berat satuan', 'berat']);

function sameKey(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}
