import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../../cli/extract';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

export function fixtureText(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative), 'utf8');
}

export function fixtureJson(relative: string): unknown {
  return JSON.parse(fixtureText(relative));
}

/** A document parsed the way the CLI parses saved pages (happy-dom, no scripts run). */
export function parseDoc(html: string, url: string): Document {
  return parseHtml(html, url).document as unknown as Document;
}

export function loadDoc(relative: string, url: string): Document {
  return parseDoc(fixtureText(relative), url);
}

/** Real pages and their URLs. */
export const TOKOPEDIA_PDP = {
  file: 'pages/tokopedia_pdp_enterelectronic_lg-oled-48c4.html',
  url: 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4psa-oled-evo-4k-smart-tv-48-inch-120hz-dolby-vision-atmos-lg-48c4-oled48c4-oled48c4psa',
};
export const TOKOPEDIA_CATEGORY = {
  file: 'pages/tokopedia_category_handphone_2021-12.html',
  url: 'https://www.tokopedia.com/p/handphone-tablet/handphone',
};
export const SHOPEE_SG = {
  file: 'pages/shopee_sg_pdp_rendered_2025-09.html',
  url: 'https://shopee.sg/Dr.-Scholl-Medi-Qtto-Outside-Sheer-Stockings-Nature-Nude-%E2%98%85Direct-From-Japan%E2%98%85-i.672907573.19445913336',
};
export const SHOPEE_ID = {
  file: 'pages/rapi_shopee_id_pdp_rendered.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123',
};
export const SHOPEE_ID_LAYOUT_CHANGED = { file: 'pages/rapi_shopee_id_pdp_layout_changed.html', url: SHOPEE_ID.url };
export const SHOPEE_LOGIN_WALL = { file: 'pages/rapi_shopee_id_login_wall.html', url: SHOPEE_ID.url };
export const SHOPEE_PRODUCT_SHELL = { file: 'pages/shopee_id_product_shell_mobilemall.html', url: 'https://shopee.co.id/Samsung-Galaxy-A15-i.1234567.89012345' };
export const SHOPEE_SEARCH_SHELL = { file: 'pages/shopee_id_search_shell_botol-minum_2026-02.html', url: 'https://shopee.co.id/search?keyword=botol%20minum' };

export const SHOPEE_SELLER_NEW = { file: 'seller-forms/shopee_seller_new_product.html', url: 'https://seller.shopee.co.id/portal/product/new?from=sidebar' };
export const SHOPEE_SELLER_VARIANTS = { file: 'seller-forms/shopee_seller_edit_variants.html', url: 'https://seller.shopee.co.id/portal/product/24567890999' };
export const TOKOPEDIA_SELLER_ADD = { file: 'seller-forms/tokopedia_seller_add_product.html', url: 'https://seller.tokopedia.com/add-product' };
export const TIKTOK_SELLER_EDIT = { file: 'seller-forms/tiktok_seller_edit_product.html', url: 'https://seller-id.tokopedia.com/product/edit/1729384756102938475' };
