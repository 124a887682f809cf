import type { PageInfo } from '../marketplaces/types';
import { DraftKey } from './drafts-table';

/**
 * Which draft belongs to a page. Keys are plain strings so they sort, export and show in a URL:
 * - `shopee:item:<itemId>`: a Shopee product, from its product page or its Seller Centre edit form. Shopee's
 *   item ids are unique across shops, and the edit form's address carries only the item id, so both pages
 *   share one draft and "Terapkan ke formulir" can fill the form from what was improved on the product page.
 * - `tokopedia:item:<shop>/<slug>`: a Tokopedia product (its URL has no numeric id; shop + slug is its key).
 * - `<site>:form:<form>:<itemId|new>`: a seller form that is not tied to a product page (a new product, or a
 *   Tokopedia / TikTok Shop form whose ids differ from the product page's).
 * - `manual:<random id>`: a listing typed by hand in manual mode or on the drafts page.
 */
export function draftKeyFor(page: PageInfo): DraftKey | null {
  const clean = (id: string | undefined) => id?.trim().replace(/\s+/g, '-') || undefined;
  const itemId = clean(page.itemId);
  if (page.kind === 'product' && itemId) {
    if (page.site === 'shopee') return checked(`shopee:item:${itemId}`);
    if (page.site === 'tokopedia') {
      const shop = clean(page.shopId)?.toLowerCase();
      return shop ? checked(`tokopedia:item:${shop}/${itemId}`) : null;
    }
    return null;
  }
  if (page.kind === 'seller-form' && page.form) {
    if (page.site === 'shopee' && itemId) return checked(`shopee:item:${itemId}`);
    return checked(`${page.site}:form:${page.form}:${itemId ?? 'new'}`);
  }
  return null;
}

/** A new key for a listing typed by hand. */
export function newManualKey(random: () => string = () => crypto.randomUUID()): DraftKey {
  return `manual:${random()}`;
}

export function isDraftKey(value: unknown): value is DraftKey {
  return DraftKey.safeParse(value).success;
}

function checked(key: string): DraftKey | null {
  return isDraftKey(key) ? key : null;
}
