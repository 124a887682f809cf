import type { BilingualText } from '../../i18n/text';
import { isRecord, jsonLdObjects, tidyLines } from '../read/dom';
import { put, putCategory, type Reading } from '../read/merge';
import { parseDecimal } from '../read/numbers';
import { notRupiah } from '../read/problems';
import type { PageInfo } from '../types';

/**
 * JSON-LD `Product` and `BreadcrumbList` on a rendered Shopee page (injected client-side by Shopee, `data-rh`).
 * A Product block naming this product is product evidence; the breadcrumb gives the category trail.
 */

export function readJsonLd(doc: Document, page: PageInfo, problems: BilingualText[]): Reading {
  const reading: Reading = {};
  const objects = jsonLdObjects(doc);
  const product = objects.find((o) => hasType(o, 'Product'));
  if (product) {
    // After single-page navigation a stale block could describe the previous product: check the id.
    const productId = typeof product.productID === 'string' || typeof product.productID === 'number' ? String(product.productID) : undefined;
    if (!page.itemId || !productId || productId === page.itemId) {
      put(reading, 'title', str(product.name)?.trim());
      const description = str(product.description);
      put(reading, 'description', description ? tidyLines(description) : undefined);
      const brand = isRecord(product.brand) ? str(product.brand.name) : str(product.brand);
      put(reading, 'brand', brand?.trim());
      const images = (Array.isArray(product.image) ? product.image : [product.image]).map(str).filter((s): s is string => !!s);
      // JSON-LD names the cover only; the gallery in the DOM has them all.
      put(reading, 'photos', images.map((src) => ({ src: photoUrl(src) })), 'guessed');
      readOffer(product.offers, reading, problems);
      put(reading, 'itemId', productId);
    }
  }
  const crumbs = objects.find((o) => hasType(o, 'BreadcrumbList'));
  if (crumbs && Array.isArray(crumbs.itemListElement)) {
    const path = crumbs.itemListElement
      .filter(isRecord)
      .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
      .map((entry) => (isRecord(entry.item) ? entry.item : entry))
      .filter((item) => /-cat\.\d/.test(str(item['@id']) ?? str(item.url) ?? ''))
      .map((item) => str(item.name)?.trim() ?? '')
      .filter(Boolean);
    putCategory(reading, path, 'breadcrumb');
  }
  return reading;
}

function readOffer(offers: unknown, reading: Reading, problems: BilingualText[]): void {
  const offer = Array.isArray(offers) ? offers.find(isRecord) : offers;
  if (!isRecord(offer)) return;
  const seller = isRecord(offer.seller) ? str(offer.seller.name) : undefined;
  put(reading, 'shopName', seller?.trim());
  const condition = str(offer.itemCondition) ?? '';
  if (/NewCondition/i.test(condition)) put(reading, 'condition', 'new');
  else if (/UsedCondition|Refurbished/i.test(condition)) put(reading, 'condition', 'used');
  const currency = str(offer.priceCurrency)?.toUpperCase();
  if (currency && currency !== 'IDR') {
    problems.push(notRupiah(currency));
    return;
  }
  const price = parseDecimal(offer.price);
  const low = parseDecimal(offer.lowPrice);
  const high = parseDecimal(offer.highPrice);
  if (price !== undefined && price > 0) put(reading, 'price', Math.round(price));
  else if (low !== undefined && low > 0) put(reading, 'price', Math.round(low), high && high !== low ? 'guessed' : 'read');
}

export function hasType(obj: Record<string, unknown>, type: string): boolean {
  const t = obj['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}


/** A CDN image URL without Shopee's `@resize_…` / `_tn` size suffix. */
export function photoUrl(src: string): string {
  return src.replace(/@resize_[\w.]+$/, '').replace(/_tn$/, '');
}
