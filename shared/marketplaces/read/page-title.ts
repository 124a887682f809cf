/**
 * Product names hidden in page titles. A page's `<title>` and `og:title` wrap the product's name in the
 * marketplace's own words ("<name> | Shopee Indonesia", "Promo <name> di <shop> | Tokopedia"), and a page of the
 * site itself (home, search, a page still loading) carries the site's name first ("Shopee Brasil | …"). Only the
 * product's own name fields are sure; these helpers give a guess, or nothing when the title is the site's.
 */

/** "| Shopee Indonesia", "| Shopee Brasil", "| Shopee" …: how a Shopee product page signs its title (the last part). */
const SHOPEE_SUFFIX = /\s*[|｜]\s*(?:Shopee\b[^|｜]*|蝦皮購物)$/i;
const SHOPEE_FIRST = /^\s*(?:Shopee\b|蝦皮購物)/i;
const TOKOPEDIA_SUFFIX = /(?:\s*[|｜]\s*Tokopedia)+\s*$/i;
const TOKOPEDIA_FIRST = /^\s*Tokopedia\b/i;

/**
 * True when the title names the site itself first and is not signed as a product's, as a home or search page
 * titles itself ("Shopee Brasil | …", "Tokopedia | …").
 */
export function isSiteTitle(title: string): boolean {
  return (SHOPEE_FIRST.test(title) && !SHOPEE_SUFFIX.test(title)) || (TOKOPEDIA_FIRST.test(title) && !TOKOPEDIA_SUFFIX.test(title));
}

/**
 * The product name in a Shopee page title, "<name> | Shopee <country>". Undefined for a site title, or a title
 * without Shopee's signature (then it is not known to be a product's).
 */
export function shopeeNameFromTitle(title: string | undefined): string | undefined {
  const text = oneLine(title);
  if (!SHOPEE_SUFFIX.test(text)) return undefined;
  const name = text.replace(SHOPEE_SUFFIX, '').trim();
  return name && !isSiteTitle(name) && !isSiteName(name) ? name : undefined;
}

export interface TokopediaTitleParts {
  name: string;
  shop: string;
}

/**
 * The product name and shop in a Tokopedia og:title, "Promo <name> di <shop> | Tokopedia" or "Jual <name> di
 * <shop> | Tokopedia". Category and search pages title themselves "Jual <things> - Harga Terbaik | Tokopedia"
 * (no shop): that is not a product's name, so undefined.
 */
export function tokopediaNameFromTitle(title: string | undefined): TokopediaTitleParts | undefined {
  const text = oneLine(title);
  if (!TOKOPEDIA_SUFFIX.test(text)) return undefined;
  const match = /^(?:Promo\s+|Jual\s+)?(.+)\s+di\s+([^|｜]+?)$/i.exec(text.replace(TOKOPEDIA_SUFFIX, '').trim());
  if (!match) return undefined;
  const name = match[1]!.trim();
  const shop = match[2]!.trim();
  return name && shop && !/^tokopedia$/i.test(shop) ? { name, shop } : undefined;
}

/** A visible heading that is only the site's name ("Shopee", "Shopee Mall", "Tokopedia") names no product. */
export function isSiteName(text: string): boolean {
  return /^\s*(?:Shopee|Tokopedia|蝦皮購物)(?:\s+\p{L}+)?\s*$/iu.test(text);
}

function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/[\u00a0\s]+/g, ' ').trim();
}
