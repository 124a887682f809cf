import { describe, expect, it } from 'vitest';
import { detectPage, isSellerForm, isShopeeProductPage, isTokopediaProductPage, PageInfo } from '../../../shared/marketplaces/index';

type Row = [url: string, expected: PageInfo];

const shopee: Row[] = [
  ['https://shopee.co.id/Nama-Produk-i.123.456', { site: 'shopee', kind: 'product', shopId: '123', itemId: '456' }],
  ['https://shopee.co.id/Nama-Produk-i.123.456?sp_atk=84c8ad56&xptdk=84c8ad56', { site: 'shopee', kind: 'product', shopId: '123', itemId: '456' }],
  ['https://shopee.co.id/Nama-Produk-i.123.456/', { site: 'shopee', kind: 'product', shopId: '123', itemId: '456' }],
  ['https://shopee.co.id/Nama-Produk-i.123.456#reviews', { site: 'shopee', kind: 'product', shopId: '123', itemId: '456' }],
  ['https://shopee.co.id/product/123/456', { site: 'shopee', kind: 'product', shopId: '123', itemId: '456' }],
  ['https://shopee.co.id/product/123/456?smtt=0.0.9&utm_source=app', { site: 'shopee', kind: 'product', shopId: '123', itemId: '456' }],
  ['https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-i.358812345.24567890123', { site: 'shopee', kind: 'product', shopId: '358812345', itemId: '24567890123' }],
  // dots and encoded characters in the slug (the SG sample's own URL)
  ['https://shopee.sg/Dr.-Scholl-Medi-Qtto-Outside-Sheer-Stockings-Nature-Nude-%E2%98%85Direct-From-Japan%E2%98%85-i.672907573.19445913336', { site: 'shopee', kind: 'product', shopId: '672907573', itemId: '19445913336' }],
  ['https://shopee.co.id/SEPATU-PRIA-100%-ORI-i.11.22', { site: 'shopee', kind: 'product', shopId: '11', itemId: '22' }],
  ['https://shopee.co.id/-i.11.22', { site: 'shopee', kind: 'product', shopId: '11', itemId: '22' }],
  ['https://www.shopee.co.id/Produk-i.1.2', { site: 'shopee', kind: 'product', shopId: '1', itemId: '2' }],
  ['https://m.shopee.co.id/Produk-i.1.2', { site: 'shopee', kind: 'product', shopId: '1', itemId: '2' }],
  ['http://shopee.co.id/Produk-i.1.2', { site: 'shopee', kind: 'product', shopId: '1', itemId: '2' }],
  // not products
  ['https://shopee.co.id/', { site: 'shopee', kind: 'other' }],
  ['https://shopee.co.id/search?keyword=botol%20minum', { site: 'shopee', kind: 'listing-page' }],
  ['https://shopee.co.id/Makanan-Minuman-cat.11043451', { site: 'shopee', kind: 'listing-page' }],
  ['https://shopee.co.id/Kopi-cat.11043451.11043452.11043460', { site: 'shopee', kind: 'listing-page' }],
  ['https://shopee.co.id/mall', { site: 'shopee', kind: 'listing-page' }],
  ['https://shopee.co.id/flash_sale', { site: 'shopee', kind: 'listing-page' }],
  ['https://shopee.co.id/shop/121235261', { site: 'shopee', kind: 'listing-page' }],
  ['https://shopee.co.id/jinisoofficial', { site: 'shopee', kind: 'listing-page' }],
  ['https://shopee.co.id/kopitakengon?categoryId=100629&entryPoint=ShopByPDP&itemId=24567890123', { site: 'shopee', kind: 'listing-page' }],
  ['https://shopee.co.id/cart', { site: 'shopee', kind: 'other' }],
  ['https://shopee.co.id/buyer/login?next=https%3A%2F%2Fshopee.co.id%2FProduk-i.1.2', { site: 'shopee', kind: 'other' }],
  ['https://shopee.co.id/user/purchase', { site: 'shopee', kind: 'other' }],
  ['https://shopee.co.id/m/gratis-ongkir', { site: 'shopee', kind: 'other' }],
  ['https://shopee.co.id/product/123', { site: 'shopee', kind: 'other' }],
  ['https://shopee.co.id/product/abc/456', { site: 'shopee', kind: 'other' }],
  ['https://shopee.co.id/Nama-i.123', { site: 'shopee', kind: 'listing-page' }],
  ['https://shopee.co.id/Nama-Produk-i.123.456/extra', { site: 'shopee', kind: 'other' }],
];

const shopeeSeller: Row[] = [
  ['https://seller.shopee.co.id/portal/product/new', { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' }],
  ['https://seller.shopee.co.id/portal/product/new?from=sidebar', { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' }],
  ['https://seller.shopee.co.id/portal/product/new?pageEntry=product_list', { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' }],
  ['https://seller.shopee.co.id/portal/product/24567890123', { site: 'shopee', kind: 'seller-form', form: 'shopee-seller', itemId: '24567890123' }],
  ['https://seller.shopee.co.id/portal/product/edit/24567890123', { site: 'shopee', kind: 'seller-form', form: 'shopee-seller', itemId: '24567890123' }],
  ['https://seller.shopee.tw/portal/product/new', { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' }],
  ['https://banhang.shopee.vn/portal/product/new', { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' }],
  ['https://seller.shopee.co.id/portal/product/list/all', { site: 'shopee', kind: 'other' }],
  ['https://seller.shopee.co.id/portal/product/list/live/all', { site: 'shopee', kind: 'other' }],
  ['https://seller.shopee.co.id/portal/product-mass/import/upload', { site: 'shopee', kind: 'other' }],
  ['https://seller.shopee.co.id/', { site: 'shopee', kind: 'other' }],
  ['https://seller.shopee.co.id/portal/product/new/extra', { site: 'shopee', kind: 'other' }],
];

const tokopedia: Row[] = [
  [
    'https://www.tokopedia.com/enterelectronic/lg-oled-48c4psa-oled-evo-4k-smart-tv-48-inch-120hz-dolby-vision-atmos-lg-48c4-oled48c4-oled48c4psa',
    { site: 'tokopedia', kind: 'product', shopId: 'enterelectronic', itemId: 'lg-oled-48c4psa-oled-evo-4k-smart-tv-48-inch-120hz-dolby-vision-atmos-lg-48c4-oled48c4-oled48c4psa' },
  ],
  ['https://www.tokopedia.com/hoodiecenter/jaket-zipper-hoodie-mocca-m?extParam=ivf%3Dfalse&src=topads', { site: 'tokopedia', kind: 'product', shopId: 'hoodiecenter', itemId: 'jaket-zipper-hoodie-mocca-m' }],
  ['https://tokopedia.com/kopi_gayo/kopi-arabika-gayo-250gr', { site: 'tokopedia', kind: 'product', shopId: 'kopi_gayo', itemId: 'kopi-arabika-gayo-250gr' }],
  ['https://m.tokopedia.com/kopigayo/kopi-arabika-gayo-250gr/', { site: 'tokopedia', kind: 'product', shopId: 'kopigayo', itemId: 'kopi-arabika-gayo-250gr' }],
  // not products
  ['https://www.tokopedia.com/', { site: 'tokopedia', kind: 'other' }],
  ['https://www.tokopedia.com/search?st=product&q=kopi%20gayo', { site: 'tokopedia', kind: 'listing-page' }],
  ['https://www.tokopedia.com/p/handphone-tablet/handphone', { site: 'tokopedia', kind: 'listing-page' }],
  ['https://www.tokopedia.com/p/handphone-tablet', { site: 'tokopedia', kind: 'listing-page' }],
  ['https://www.tokopedia.com/discovery/kejar-diskon', { site: 'tokopedia', kind: 'listing-page' }],
  ['https://www.tokopedia.com/find/kopi-gayo', { site: 'tokopedia', kind: 'listing-page' }],
  ['https://www.tokopedia.com/official-store', { site: 'tokopedia', kind: 'listing-page' }],
  ['https://www.tokopedia.com/enterelectronic', { site: 'tokopedia', kind: 'listing-page' }],
  ['https://www.tokopedia.com/enterelectronic/etalase/tv', { site: 'tokopedia', kind: 'listing-page' }],
  ['https://www.tokopedia.com/enterelectronic/product', { site: 'tokopedia', kind: 'listing-page' }],
  ['https://www.tokopedia.com/enterelectronic/review', { site: 'tokopedia', kind: 'other' }],
  ['https://www.tokopedia.com/enterelectronic/info', { site: 'tokopedia', kind: 'other' }],
  ['https://www.tokopedia.com/enterelectronic/lg-oled-48c4psa/review', { site: 'tokopedia', kind: 'other' }],
  ['https://www.tokopedia.com/help', { site: 'tokopedia', kind: 'other' }],
  ['https://www.tokopedia.com/help/article/cara-belanja', { site: 'tokopedia', kind: 'other' }],
  ['https://www.tokopedia.com/cart', { site: 'tokopedia', kind: 'other' }],
  ['https://www.tokopedia.com/login', { site: 'tokopedia', kind: 'other' }],
  ['https://www.tokopedia.com/promo/kode-promo', { site: 'tokopedia', kind: 'listing-page' }],
];

const tokopediaSeller: Row[] = [
  ['https://seller.tokopedia.com/add-product', { site: 'tokopedia', kind: 'seller-form', form: 'tokopedia-seller' }],
  ['https://seller.tokopedia.com/add-product?source=home', { site: 'tokopedia', kind: 'seller-form', form: 'tokopedia-seller' }],
  ['https://seller.tokopedia.com/edit-product/1234567890', { site: 'tokopedia', kind: 'seller-form', form: 'tokopedia-seller', itemId: '1234567890' }],
  ['https://seller.tokopedia.com/manage-product', { site: 'tokopedia', kind: 'other' }],
  ['https://seller.tokopedia.com/', { site: 'tokopedia', kind: 'other' }],
  ['https://seller-id.tokopedia.com/product/edit/1729384756102938475', { site: 'tokopedia', kind: 'seller-form', form: 'tiktok-seller', itemId: '1729384756102938475' }],
  ['https://seller-id.tokopedia.com/product/edit/1729384756102938475?shop_region=ID', { site: 'tokopedia', kind: 'seller-form', form: 'tiktok-seller', itemId: '1729384756102938475' }],
  ['https://seller-id.tokopedia.com/product/create', { site: 'tokopedia', kind: 'seller-form', form: 'tiktok-seller' }],
  ['https://seller-id.tiktok.com/product/edit?product_id=1729384756102938475', { site: 'tokopedia', kind: 'seller-form', form: 'tiktok-seller', itemId: '1729384756102938475' }],
  ['https://seller-id.tokopedia.com/product/manage', { site: 'tokopedia', kind: 'other' }],
  ['https://seller-id.tokopedia.com/homepage', { site: 'tokopedia', kind: 'other' }],
];

const others: Row[] = [
  ['https://www.bukalapak.com/p/kopi-gayo', { site: 'other', kind: 'other' }],
  ['https://shopee.co.id.evil.example/Nama-i.1.2', { site: 'other', kind: 'other' }],
  ['https://notshopee.co.id/Nama-i.1.2', { site: 'other', kind: 'other' }],
  ['https://tokopedia.com.evil.example/shop/product', { site: 'other', kind: 'other' }],
  ['chrome-extension://abcdef/sidepanel.html', { site: 'other', kind: 'other' }],
  ['file:///home/user/shopee.co.id/Nama-i.1.2', { site: 'other', kind: 'other' }],
  ['javascript:alert(1)', { site: 'other', kind: 'other' }],
  ['not a url', { site: 'other', kind: 'other' }],
  ['', { site: 'other', kind: 'other' }],
];

describe('detectPage: a pure function of the URL', () => {
  it.each(shopee)('Shopee %s', (url, expected) => expect(detectPage(url)).toEqual(expected));
  it.each(shopeeSeller)('Shopee Seller Centre %s', (url, expected) => expect(detectPage(url)).toEqual(expected));
  it.each(tokopedia)('Tokopedia %s', (url, expected) => expect(detectPage(url)).toEqual(expected));
  it.each(tokopediaSeller)('Tokopedia / TikTok seller centre %s', (url, expected) => expect(detectPage(url)).toEqual(expected));
  it.each(others)('other %s', (url, expected) => expect(detectPage(url)).toEqual(expected));

  it('every result satisfies the PageInfo schema', () => {
    for (const [url] of [...shopee, ...shopeeSeller, ...tokopedia, ...tokopediaSeller, ...others]) {
      expect(PageInfo.safeParse(detectPage(url)).success).toBe(true);
    }
  });

  it('survives values that are not URLs at all', () => {
    for (const bad of [undefined, null, 42, {}, 'x'.repeat(20000), 'https://%%%/']) {
      expect(detectPage(bad as unknown as string)).toEqual({ site: 'other', kind: 'other' });
    }
  });

  it('has the boolean helpers the content scripts use', () => {
    expect(isShopeeProductPage('https://shopee.co.id/Nama-i.1.2')).toBe(true);
    expect(isShopeeProductPage('https://shopee.co.id/search?keyword=x')).toBe(false);
    expect(isTokopediaProductPage('https://www.tokopedia.com/toko/produk')).toBe(true);
    expect(isTokopediaProductPage('https://www.tokopedia.com/p/kategori')).toBe(false);
    expect(isSellerForm('https://seller.shopee.co.id/portal/product/new')).toBe(true);
    expect(isSellerForm('https://shopee.co.id/Nama-i.1.2')).toBe(false);
  });
});
