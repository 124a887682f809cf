import type { BilingualText } from '../../i18n/text';
import type { Photo, VariantTier } from '../../listing/schema';
import { blockText, findLabels, firstOf, labelKey, lineText, meta, query, queryAll, tidyLines } from '../read/dom';
import { merge, put, putCategory, type NotReadCause, type Reading } from '../read/merge';
import { whyNotRead } from '../read/not-read';
import { parseCount, rupiahAmounts } from '../read/numbers';
import { isSiteName, shopeeNameFromTitle } from '../read/page-title';
import { isNotRupiah, loginWall, NOT_RENDERED, notRupiah, SHOPEE_DATA_CONFLICT } from '../read/problems';
import type { ListingField, PageInfo, ProductEvidence } from '../types';
import { matchingShopeeApiListings } from './api';
import { photoUrl, readJsonLd } from './json-ld';

/**
 * A Shopee product page after Shopee's scripts rendered it. In order of trust (docs/marketplace-pages.md#what-the-readers-anchor-on):
 * 1. the page's own API JSON, when the content script observed it (`api`);
 * 2. JSON-LD `Product` / `BreadcrumbList` and Open Graph, injected client-side by Shopee (`data-rh`);
 * 3. the DOM: the single `h1`, sections found by their `h2` **text**, spec rows by structure.
 * Shopee's short class names are hashed and renamed between releases: none is used here.
 * The page is read only with product evidence: the API item, a JSON-LD Product, the product heading with its
 * price, or Shopee's product frame holding a name and some product content. A raw shell, a login wall, or the
 * home page a bot check lands on at a product address is "not read", whatever its title says.
 */

export const SHOPEE_EXPECTED: readonly ListingField[] = [
  'itemId', 'shopId', 'title', 'description', 'price', 'categoryPath', 'photos', 'stock', 'brand', 'attributes',
  'variants', 'shopName', 'shopCity', 'condition',
];
export const SHOPEE_CORE: readonly ListingField[] = ['title', 'description', 'price', 'categoryPath', 'photos'];

export interface ShopeeRead {
  reading: Reading;
  problems: BilingualText[];
  evidence: ProductEvidence[];
  /** Why no product was found (only when `evidence` is empty). */
  notRead?: NotReadCause;
  /** Fields whose sources disagree (the page and Shopee's API answer): none is trusted over the other. */
  conflicts: ListingField[];
}

/** `<title>` texts of the login wall a visitor who is not logged in can meet (S7). */
const LOGIN_WALL_TITLES = [
  'login sekarang untuk mulai berbelanja', // shopee.co.id
  'log in now to start shopping', // [?] English wording of the same wall, by analogy
];

export function isShopeeLoginWall(doc: Document): boolean {
  const title = (doc.title || lineText(query(doc, 'title'))).toLowerCase();
  if (LOGIN_WALL_TITLES.some((t) => title.includes(t))) return true;
  // The login form itself: inputs named loginKey and password (S7), with no product heading beside it.
  return !!query(doc, 'input[name="loginKey"]') && !!query(doc, 'input[name="password"]') && !query(doc, 'h1');
}

/** Links to Shopee products: "/<slug>-i.<shop>.<item>" and "/product/<shop>/<item>". */
const PRODUCT_LINK = /(?:-i\.\d+\.\d+|\/product\/\d+\/\d+)$/;

export function readShopeePage(doc: Document, page: PageInfo, api?: readonly unknown[]): ShopeeRead {
  if (isShopeeLoginWall(doc)) return { reading: {}, problems: [], evidence: [], notRead: { reason: 'login-wall', problem: loginWall('Shopee') }, conflicts: [] };
  const problems: BilingualText[] = [];
  const answers = matchingShopeeApiListings(api, page.itemId, { imageHost: imageHostFor(doc) }, page.shopId);
  const fromLd = readJsonLd(doc, page, problems);
  const dom = readDom(doc, problems);
  // Any script on the page can post an API answer. One that disagrees with the page, or with another answer for
  // the same product, is not trusted over the page: its fields become guesses (the page's reads win), and the
  // seller is told. Without a conflict the freshest answer is used, first in trust.
  const conflict = titlesDisagree([...answers.map((a) => a.listing.title), fromLd.title?.value ?? dom.reading.title?.value]);
  const conflicts: ListingField[] = conflict ? ['title'] : [];
  const fromApi = conflict ? answers[0] : answers.at(-1);
  if (fromApi) problems.push(...fromApi.problems);
  if (conflict) problems.push(SHOPEE_DATA_CONFLICT);
  const apiReading = fromApi ? (conflict ? asGuesses(fromApi.reading) : fromApi.reading) : {};
  const reading = merge([apiReading, fromLd, dom.reading, readOpenGraph(doc)]);
  if (conflict && reading.title) reading.title = { ...reading.title, state: 'guessed' };
  if (page.shopId) put(reading, 'shopId', reading.shopId?.value ?? page.shopId);
  if (page.itemId) put(reading, 'itemId', reading.itemId?.value ?? page.itemId);

  const evidence: ProductEvidence[] = [];
  if (fromApi?.reading.title) evidence.push('api-item');
  if (fromLd.title) evidence.push('json-ld-product');
  if (dom.heading && dom.reading.price) evidence.push('title-and-price');
  const { price, photos, categoryPath, description } = dom.reading;
  if (dom.frame && reading.title && (price || photos || categoryPath || description)) evidence.push('product-frame');
  if (evidence.length) return { reading, problems: dedupeProblems(problems), evidence, conflicts };
  const notRead = whyNotRead(doc, {
    loginWall: false,
    loginProblem: loginWall('Shopee'),
    emptyProductFrame: dom.frame,
    productLink: PRODUCT_LINK,
    notRendered: NOT_RENDERED,
  });
  return { reading, problems: [], evidence, notRead, conflicts };
}

/** Two or more titles that differ beyond spacing and letter case. */
function titlesDisagree(titles: readonly (string | undefined)[]): boolean {
  const seen = new Set(titles.filter((t): t is string => !!t?.trim()).map((t) => t.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()));
  return seen.size > 1;
}

function asGuesses(reading: Reading): Reading {
  const guessed: Reading = {};
  for (const [field, found] of Object.entries(reading)) (guessed as Record<string, unknown>)[field] = { ...found, state: 'guessed' };
  return guessed;
}

/** The image CDN of the page's region ("down-id…" on shopee.co.id), from any image the page already shows. */
function imageHostFor(doc: Document): string | undefined {
  const image = meta(doc, 'og:image');
  const host = image ? /^https:\/\/(down-[a-z]{2}\.img\.susercontent\.com)\//.exec(image)?.[1] : undefined;
  return host;
}

// ---------------------------------------------------------------- Open Graph and <head> (last: derived values)

function readOpenGraph(doc: Document): Reading {
  const reading: Reading = {};
  // "<name> | Shopee Indonesia": the suffix is Shopee's, so the name is derived (guessed). "Shopee Brasil | …"
  // names the site, not a product: no guess at all.
  const title = shopeeNameFromTitle(meta(doc, 'og:title')) ?? shopeeNameFromTitle(doc.title || lineText(query(doc, 'title')));
  put(reading, 'title', title, 'guessed');
  // Both hold the start of the description and may be cut short.
  const description = meta(doc, 'og:description') ?? meta(doc, 'description');
  put(reading, 'description', description ? tidyLines(description) : undefined, 'guessed');
  const image = meta(doc, 'og:image');
  put(reading, 'photos', image ? [{ src: photoUrl(image) }] : undefined, 'guessed');
  return reading;
}

// ---------------------------------------------------------------- DOM (visible page)

/** Section headings, per locale. "Spesifikasi Produk" is expected on shopee.co.id but not yet seen in a capture [?]. */
const DESCRIPTION_HEADINGS = ['Deskripsi Produk', 'Product Description'];
const SPEC_HEADINGS = ['Spesifikasi Produk', 'Product Specifications'];
/** Spec-row keys that map to Listing fields; other rows become attributes. */
const CATEGORY_KEYS = ['kategori', 'category'];
const STOCK_KEYS = ['stok', 'stock'];
const BRAND_KEYS = ['merek', 'brand'];
const SHIPS_FROM_KEYS = ['dikirim dari', 'ships from'];

/** Shopee's product-page frame: present on a product page even before its content is drawn. */
const PRODUCT_FRAME = [
  '#sll2-normal-pdp-main', // the PDP's own id (2023–2025, shopee.co.id and SG)
  '.page-product', // readable BEM class of the product page, present 2023 → 2025
] as const;

/** Where the product page starts, most specific first. */
const PDP_ROOT = [
  '#sll2-normal-pdp-main', // the PDP's own id (2023–2025, shopee.co.id and SG)
  '[role="main"]', // the ARIA main landmark inside it; also older layouts without the id
] as const;

/** The price block announces price changes to screen readers, unlike its hashed classes. */
const PRICE_BLOCK = [
  'section[aria-live="polite"]', // 2025–26 layout (SG capture)
  '[aria-live="polite"]', // the same region on another element, should the section go
] as const;

/** The breadcrumb above the card (only used when the "Kategori" row is missing). */
const BREADCRUMB = [
  '.page-product__breadcrumb', // readable BEM class, present 2023 → 2025
  'nav[aria-label*="readcrumb"]', // an ARIA breadcrumb, if a redesign adds one [?]
] as const;

interface DomRead {
  reading: Reading;
  /** Shopee's product frame is on the page. */
  frame: boolean;
  /** The product heading (the page's only h1) was found, and it is not just the site's name. */
  heading: boolean;
}

function readDom(doc: Document, problems: BilingualText[]): DomRead {
  const reading: Reading = {};
  const frame = !!firstOf(doc, PRODUCT_FRAME);
  // Page root, most specific first:
  const root = firstOf(doc, PDP_ROOT) ?? doc.body ?? doc.documentElement;
  if (!root) return { reading, frame, heading: false };
  const h1 = query(root, 'h1'); // the product name is the only h1 on the page
  const name = lineText(h1);
  const heading = !!name && !isSiteName(name);
  if (heading) put(reading, 'title', name);
  const card = heading ? outermostSection(h1!, root) : undefined;
  if (card) {
    readPrice(card, reading, problems);
    put(reading, 'photos', galleryPhotos(card));
    put(reading, 'variants', variantTiers(card));
  }
  readSections(root, reading);
  if (!reading.categoryPath) {
    // Category links end in "-cat.<ids>"; "Shopee" (home) and the product itself do not.
    const crumbs = queryAll(firstOf(root, BREADCRUMB), 'a[href*="-cat."]').map(lineText).filter(Boolean);
    putCategory(reading, crumbs, 'breadcrumb');
  }
  return { reading, frame, heading };
}

/** The product "briefing" card: the outermost `section` around the h1 (gallery, price and variants live there). */
function outermostSection(h1: Element, root: Element): Element | undefined {
  let found: Element | undefined;
  for (let el = h1.parentElement; el && el !== root; el = el.parentElement) {
    if (el.tagName.toUpperCase() === 'SECTION') found = el;
  }
  return found ?? h1.parentElement?.parentElement ?? undefined;
}

function readPrice(card: Element, reading: Reading, problems: BilingualText[]): void {
  const block = firstOf(card, PRICE_BLOCK);
  const text = lineText(block);
  if (!text) return;
  const amounts = rupiahAmounts(text);
  if (!amounts.length) {
    const currency = /^([^\d\s]+)\s?\d/.exec(text)?.[1];
    if (currency && !/rp/i.test(currency) && !problems.some(isNotRupiah)) problems.push(notRupiah());
    return;
  }
  if (amounts.length === 1) {
    put(reading, 'price', amounts[0]);
  } else if (/Rp\s?[\d.]+\s*[-–]\s*Rp/i.test(text)) {
    put(reading, 'price', Math.min(...amounts), 'guessed'); // a range across variants: the lowest
  } else {
    // A discounted price shows the old price struck through beside the new one.
    put(reading, 'price', Math.min(...amounts), 'guessed');
    put(reading, 'originalPrice', Math.max(...amounts), 'guessed');
  }
}

/**
 * Product photos from the briefing card: Shopee's image component wraps each in `<picture>`; variant buttons
 * carry their own small images and a promo frame is a bare `<img>`, so both are left out. Photos are keyed by
 * the CDN file id (the `@resize_…` suffix dropped). The large hero image comes first in the DOM and repeats the
 * selected thumbnail, so for a repeated file the last place counts: that keeps the thumbnails' order.
 */
function galleryPhotos(card: Element): Photo[] {
  const files: { host: string; file: string }[] = [];
  for (const picture of queryAll(card, 'picture')) {
    if (picture.closest('button[aria-label]')) continue;
    const urls = [
      ...queryAll(picture, 'source').map((s) => s.getAttribute('srcset') ?? ''),
      ...queryAll(picture, 'img').map((i) => `${i.getAttribute('srcset') ?? ''} ${i.getAttribute('src') ?? ''}`),
    ].join(' ');
    const match = /(https:\/\/[\w.-]*susercontent\.com)\/file\/([\w-]+)/.exec(urls);
    if (match) files.push({ host: match[1]!, file: match[2]! });
  }
  const lastIndex = new Map(files.map((f, i) => [f.file, i]));
  return files.filter((f, i) => lastIndex.get(f.file) === i).map((f) => ({ src: `${f.host}/file/${f.file}` }));
}

/** One tier per block: its `h2` name and option buttons (`button[aria-label][aria-disabled]`, docs/marketplace-pages.md#shopee-product-page). */
function variantTiers(card: Element): VariantTier[] {
  const tiers: VariantTier[] = [];
  for (const heading of queryAll(card, 'h2')) {
    const block = heading.parentElement;
    if (!block) continue;
    const options = queryAll(block, 'button[aria-label][aria-disabled]')
      .map((b) => b.getAttribute('aria-label')?.trim() ?? '')
      .filter(Boolean);
    if (options.length) tiers.push({ name: lineText(heading), options: [...new Set(options)] });
  }
  return tiers;
}

/** The detail sections, found by their `h2` text in Indonesian or English. */
function readSections(root: Element, reading: Reading): void {
  for (const heading of findLabels(root, DESCRIPTION_HEADINGS)) {
    const section = heading.parentElement;
    if (!section) continue;
    const text = siblingsText(heading);
    if (text) {
      put(reading, 'description', text);
      put(reading, 'descriptionImageCount', queryAll(section, 'img').length);
      break;
    }
  }
  for (const heading of findLabels(root, SPEC_HEADINGS)) {
    const section = heading.parentElement;
    if (section) readSpecRows(section, heading, reading);
  }
}

function siblingsText(heading: Element): string {
  const parts: string[] = [];
  for (let el = heading.nextElementSibling; el; el = el.nextElementSibling) parts.push(blockText(el));
  return tidyLines(parts.join('\n'));
}

/** Spec rows by structure: each key is a heading-like element (h3 in 2025, label in 2023), its value the siblings after it. */
function readSpecRows(section: Element, heading: Element, reading: Reading): void {
  const attributes: Record<string, string> = {};
  for (const key of queryAll(section, 'h3, label, dt')) {
    if (key === heading) continue;
    const name = lineText(key);
    const valueEl = key.nextElementSibling;
    if (!name || !valueEl) continue;
    const k = labelKey(name);
    if (CATEGORY_KEYS.includes(k)) {
      const links = queryAll(valueEl, 'a').map(lineText).filter(Boolean);
      // The first link is the home page ("Shopee"); the rest is the category path.
      const path = links.length > 1 && /^shopee$/i.test(links[0]!) ? links.slice(1) : links;
      putCategory(reading, path, 'breadcrumb');
      continue;
    }
    const value = lineText(valueEl);
    if (!value) continue;
    if (STOCK_KEYS.includes(k)) put(reading, 'stock', parseCount(value));
    else if (BRAND_KEYS.includes(k)) put(reading, 'brand', value);
    else if (SHIPS_FROM_KEYS.includes(k)) put(reading, 'shopCity', value);
    else attributes[name] = value;
  }
  put(reading, 'attributes', attributes);
}

function dedupeProblems(problems: BilingualText[]): BilingualText[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.en) ? false : (seen.add(p.en), true)));
}
