import type { BilingualText } from '../../i18n/text';
import type { Photo } from '../../listing/schema';
import { blockText, findLabels, labelKey, lineText, meta, query, queryAll } from '../read/dom';
import { merge, put, putCategory, type NotReadCause, type Reading } from '../read/merge';
import { whyNotRead } from '../read/not-read';
import { parseCount, parseDecimal, parseRupiah, parseWeightGrams } from '../read/numbers';
import { tokopediaNameFromTitle } from '../read/page-title';
import { loginWall, MANY_PRODUCTS, NOT_RENDERED, notRupiah } from '../read/problems';
import type { ListingField, PageInfo, ProductEvidence } from '../types';
import { readApolloCache } from './apollo';
import { DESCRIPTION_ROW, readApolloProduct, TOKOPEDIA_ROWS } from './apollo-product';

/**
 * Tokopedia's product page is rendered on the server. In order of trust:
 * 1. the embedded Apollo state (`window.__cache`), for this product only;
 * 2. product meta tags (`product:price:amount`, the app deep link holding the product id);
 * 3. `data-testid` hooks (stable since 2021; docs/marketplace-pages.md#tokopedia-product-page);
 * 4. visible Indonesian labels in the product info list;
 * 5. Open Graph, whose `og:title` is NOT the name: "Promo <name> di <shop> | Tokopedia" (so only a guess).
 * The page is read only with product evidence: the Apollo product, the product-name test id with text, or the
 * product meta Tokopedia's server writes for a product page (og:type "product" with a price). A page of many
 * products, a login or security check, or a frame whose product never rendered is "not read".
 */

export const TOKOPEDIA_EXPECTED: readonly ListingField[] = [
  'itemId', 'shopId', 'title', 'description', 'price', 'categoryPath', 'photos', 'stock', 'weightGrams', 'condition', 'shopName',
];
export const TOKOPEDIA_CORE: readonly ListingField[] = ['title', 'description', 'price', 'categoryPath', 'photos'];

export interface TokopediaRead {
  reading: Reading;
  problems: BilingualText[];
  evidence: ProductEvidence[];
  /** Why no product was found (only when `evidence` is empty). */
  notRead?: NotReadCause;
}

export function readTokopediaPage(doc: Document, page: PageInfo): TokopediaRead {
  // Tokopedia names its page type in a meta tag: "productdetailpage-desktop", "category-desktop", …
  const pageType = meta(doc, 'page-type');
  if (pageType && !/^productdetailpage/i.test(pageType)) {
    return { reading: {}, problems: [], evidence: [], notRead: { reason: 'many-products', problem: MANY_PRODUCTS } };
  }
  const problems: BilingualText[] = [];
  const cache = readApolloCache(doc);
  const fromApollo = cache ? readApolloProduct(cache, page.itemId) : {};
  const ids = indexTestIds(doc);
  const fromTestIds = readTestIds(ids);
  const fromMeta = readMeta(doc, problems);
  const fromOpenGraph = readOpenGraph(doc);
  const evidence: ProductEvidence[] = [];
  if (fromApollo.title) evidence.push('apollo-product');
  if (fromTestIds.title) evidence.push('product-testid');
  if (meta(doc, 'og:type') === 'product' && meta(doc, 'product:price:amount') && fromOpenGraph.title) evidence.push('product-meta');
  if (evidence.length) {
    // The price shown (test id) before the page-level meta: on a page with variants the meta keeps the price of
    // the variant the page was rendered for, while the shown price follows the variant chosen.
    const reading = merge([fromApollo, fromTestIds, fromMeta, readInfoRows(doc, ids), fromOpenGraph]);
    // Without the Apollo state the URL still names the shop (its domain) and the product (its key).
    if (page.shopId) put(reading, 'shopId', reading.shopId?.value ?? page.shopId);
    if (page.itemId) put(reading, 'itemId', reading.itemId?.value ?? page.itemId);
    return { reading, problems, evidence };
  }
  const notRead = whyNotRead(doc, {
    loginWall: isTokopediaLogin(doc, ids),
    loginProblem: loginWall('Tokopedia'),
    emptyProductFrame: !!doc.getElementById('main-pdp-container'),
    productCards: (ids.get('divProductWrapper') ?? ids.get('lnkProductContainer') ?? ids.get('master-product-card') ?? []).length,
    notRendered: NOT_RENDERED,
  });
  return { reading: {}, problems: [], evidence, notRead };
}

/** Tokopedia's login form (test ids email-phone-input / email-phone-submit, docs/marketplace-pages.md#tokopedia-seller-forms). */
function isTokopediaLogin(doc: Document, ids: TestIds): boolean {
  return ids.has('email-phone-input') || ids.has('email-phone-submit') || !!doc.getElementById('password-input');
}

function readMeta(doc: Document, problems: BilingualText[]): Reading {
  const reading: Reading = {};
  const amount = parseDecimal(meta(doc, 'product:price:amount'));
  const currency = meta(doc, 'product:price:currency');
  // Tokopedia writes "Rp", not the ISO "IDR"; accept both.
  if (currency && !/^(rp|idr)$/i.test(currency)) problems.push(notRupiah(currency));
  else if (amount && amount > 0) put(reading, 'price', Math.round(amount));
  // Branch app links: "product/14190355137" — the numeric product id.
  const deeplink = meta(doc, 'branch:deeplink:$android_deeplink_path') ?? meta(doc, 'branch:deeplink:$ios_deeplink_path');
  put(reading, 'itemId', deeplink ? /^product\/(\d+)$/.exec(deeplink)?.[1] : undefined);
  return reading;
}

type TestIds = Map<string, Element[]>;

/** Every element with a data-testid, by id: one pass over the page instead of one query per hook. */
function indexTestIds(doc: Document): TestIds {
  const ids: TestIds = new Map();
  for (const el of queryAll(doc, '[data-testid]')) {
    const id = el.getAttribute('data-testid') ?? '';
    const list = ids.get(id);
    if (list) list.push(el);
    else ids.set(id, [el]);
  }
  return ids;
}

function readTestIds(ids: TestIds): Reading {
  const reading: Reading = {};
  const byTestId = (id: string): Element | undefined => ids.get(id)?.[0];
  put(reading, 'title', lineText(byTestId('lblPDPDetailProductName')));
  // The main price; the buy box repeats it (`pdpProductPrice`).
  const price = byTestId('lblPDPDetailProductPrice') ?? byTestId('pdpProductPrice');
  put(reading, 'price', parseRupiah(lineText(price)));
  put(reading, 'originalPrice', parseRupiah(lineText(byTestId('lblPDPDetailOriginalPrice'))));
  const description = byTestId('lblPDPDescriptionProduk');
  if (description) {
    put(reading, 'description', blockText(description));
    put(reading, 'descriptionImageCount', queryAll(description, 'img').length);
  }
  put(reading, 'photos', thumbnails(ids.get('PDPImageThumbnail') ?? []));
  // Breadcrumb: category links go to "/p/<category>…"; "Home" and the product itself do not.
  const crumbs = queryAll(byTestId('lnkPDPDetailBreadcrumb'), 'li a[href*="/p/"]').map(lineText).filter(Boolean);
  putCategory(reading, crumbs, 'breadcrumb');
  // "Stok Total: Sisa 7"
  const stock = lineText(byTestId('stock-label'));
  put(reading, 'stock', parseCount(stock.replace(/^.*?:/, '')));
  // Footer shop name ("llbPDPFooterShopName h2", docs/marketplace-pages.md#tokopedia-product-page).
  const shop = byTestId('llbPDPFooterShopName');
  put(reading, 'shopName', lineText(query(shop, 'h2') ?? shop));
  return reading;
}

/**
 * One photo per thumbnail button. Thumbnails further along are lazy: until scrolled into view they show a shared
 * placeholder (an .svg), so such a photo is counted without a source rather than dropped.
 */
function thumbnails(buttons: Element[]): Photo[] {
  const photos: Photo[] = [];
  for (const button of buttons) {
    // Each thumbnail also holds a data: placeholder (aria-hidden) for sizing.
    const img = queryAll(button, 'img').find((i) => /^https:\/\//.test(i.getAttribute('src') ?? ''));
    const src = img?.getAttribute('src') ?? undefined;
    const real = src && !/\.svg(?:$|\?)/i.test(src) ? src : undefined;
    if (real && photos.some((p) => p.src === real)) continue;
    const alt = img?.getAttribute('alt') || undefined;
    photos.push({ ...(real ? { src: real } : {}), ...(alt ? { alt } : {}) });
  }
  return photos;
}

/**
 * The "Detail produk" info list (`lblPDPInfoProduk`): rows such as "Kondisi: Baru", "Berat Satuan: 620 g",
 * "Kategori: Hoodie Pria". When the test id is gone, the same rows are found by their Indonesian labels.
 */
function readInfoRows(doc: Document, ids: TestIds): Reading {
  const reading: Reading = {};
  const rows: [string, string][] = [];
  for (const li of queryAll(ids.get('lblPDPInfoProduk')?.[0], 'li')) {
    const text = lineText(li);
    const colon = text.indexOf(':');
    if (colon > 0) rows.push([text.slice(0, colon).trim(), text.slice(colon + 1).trim()]);
  }
  if (!rows.length) {
    for (const label of findLabels(doc, ['Kondisi', 'Berat Satuan', 'Berat'])) {
      const value = label.nextElementSibling;
      if (value) rows.push([lineText(label), lineText(value)]);
    }
  }
  const attributes: Record<string, string> = {};
  for (const [name, value] of rows) {
    const key = labelKey(name);
    if (key === 'kondisi') put(reading, 'condition', /bekas/i.test(value) ? 'used' : /baru/i.test(value) ? 'new' : undefined);
    else if (key === 'berat satuan' || key === 'berat') put(reading, 'weightGrams', parseWeightGrams(value));
    else if (key === 'kategori') putCategory(reading, [value], 'spec-row', 'guessed'); // only the last level
    else if (key === DESCRIPTION_ROW) put(reading, 'description', value);
    else if (key === 'merek') put(reading, 'brand', value);
    else if (!TOKOPEDIA_ROWS.has(key) && value) attributes[name] = value;
  }
  put(reading, 'attributes', attributes);
  return reading;
}

/** og:title is "Promo <name> di <shop> | Tokopedia": both parts are derived, so guessed. */
function readOpenGraph(doc: Document): Reading {
  const reading: Reading = {};
  const parts = tokopediaNameFromTitle(meta(doc, 'og:title'));
  if (parts) {
    put(reading, 'title', parts.name, 'guessed');
    put(reading, 'shopName', parts.shop, 'guessed');
  }
  const image = meta(doc, 'og:image');
  put(reading, 'photos', image && /^https:\/\//.test(image) ? [{ src: image }] : undefined, 'guessed');
  return reading;
}
