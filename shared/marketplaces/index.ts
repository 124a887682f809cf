/**
 * Reading pages Rapi does not own: Shopee and Tokopedia product pages and Seller Centre forms.
 * Everything here is pure (DOM in, data out) and runs in the content script, in Node (CLI, tests) and benches.
 */
export { detectPage, isSellerForm, isShopeeProductPage, isTokopediaProductPage } from './detect';
export { extractListing, type ExtractExtra } from './extract';
export { extractShopeeListing, type ShopeeExtra } from './shopee/extract';
export { extractTokopediaListing } from './tokopedia/extract';
export { readSellerForm } from './seller-forms/read';
export { isPageReady } from './ready';
export { applyToSellerForm, type ApplyResult } from './seller-forms/apply';
export { WRITABLE_FIELDS, type WritableField } from './seller-forms/forms';
export { mapShopeeApi, pickShopeeApiListing, type ShopeeApiListing, type ShopeeApiOptions } from './shopee/api';
export {
  isShopeeProductApiUrl,
  readShopeeApiMessage,
  SHOPEE_API_SOURCE,
  SHOPEE_PRODUCT_API_PATHS,
  isShopeeApiMessage,
  type ShopeeApiMessage,
  type MessageLike,
} from './shopee/message';
export { FIELD_LABELS } from './labels';
export {
  FieldState,
  LISTING_FIELDS,
  PageInfo,
  PageKind,
  SellerFormKind,
  Site,
  type Extraction,
  type ListingField,
} from './types';
