import { describe, expect, it } from 'vitest';
import { isSiteTitle, shopeeNameFromTitle, tokopediaNameFromTitle } from '../../../shared/marketplaces/read/page-title';
import { extractListing } from '../../../shared/marketplaces/index';
import { parseDoc } from './helpers';

describe('product names in page titles', () => {
  it.each([
    ['Kopi Arabika Gayo 250 gr | Shopee Indonesia', 'Kopi Arabika Gayo 250 gr'],
    ['Dr. Scholl Medi Qtto Outside Sheer Stockings | Shopee Singapore', 'Dr. Scholl Medi Qtto Outside Sheer Stockings'],
    ['Garrafa Térmica 500ml | Shopee Brasil', 'Garrafa Térmica 500ml'],
    ['Bình giữ nhiệt 500ml | Shopee Việt Nam', 'Bình giữ nhiệt 500ml'],
    ['Botol Minum 1 Liter | Shopee Malaysia', 'Botol Minum 1 Liter'],
    ['Tumbler | Shopee', 'Tumbler'],
    ['Kaos Polos | Hitam | Shopee Indonesia', 'Kaos Polos | Hitam'],
  ])('Shopee "%s" → "%s"', (title, name) => {
    expect(shopeeNameFromTitle(title)).toBe(name);
  });

  it.each([
    'Shopee Brasil | Ofertas',
    'Shopee Indonesia | Belanja Online',
    'Shopee Singapore | Shopping',
    'Shopee',
    'Shopee Việt Nam - Mua và Bán Trên Ứng Dụng',
    'Kopi Arabika Gayo 250 gr', // no Shopee signature: not known to be a product's title
    '',
  ])('Shopee "%s" names no product', (title) => {
    expect(shopeeNameFromTitle(title)).toBeUndefined();
  });

  it.each([
    ['Promo LG OLED 48C4PSA di Enter Electronic | Tokopedia', { name: 'LG OLED 48C4PSA', shop: 'Enter Electronic' }],
    ['Jual Jaket Zipper Hoodie Mocca - M di Hoodie Center | Tokopedia', { name: 'Jaket Zipper Hoodie Mocca - M', shop: 'Hoodie Center' }],
    ['Promo Kopi Robusta di Lampung 1 kg di Toko Kopi | Tokopedia', { name: 'Kopi Robusta di Lampung 1 kg', shop: 'Toko Kopi' }],
  ])('Tokopedia "%s"', (title, parts) => {
    expect(tokopediaNameFromTitle(title)).toEqual(parts);
  });

  it.each([
    'Jual HP Baru & Hp Bekas Murah Berkualitas - Harga Terbaik | Tokopedia | Tokopedia', // the real category page's og:title
    'Tokopedia | Situs Jual Beli Online',
    'Promo LG OLED di Tokopedia',
    'Masuk | Tokopedia',
  ])('Tokopedia "%s" names no product', (title) => {
    expect(tokopediaNameFromTitle(title)).toBeUndefined();
  });

  it('knows a site title from a product title', () => {
    expect(isSiteTitle('Shopee Brasil | Ofertas')).toBe(true);
    expect(isSiteTitle('Tokopedia')).toBe(true);
    // "Shopee" followed by words that are not a region is a product's name that happens to start with it.
    expect(isSiteTitle('Shopee Kopi Gayo | Shopee Indonesia')).toBe(false);
  });

  it('prefers the product heading to a page title that names the site', () => {
    const url = 'https://shopee.com.br/Garrafa-Termica-i.1.2';
    const html = `<html><head><title>Shopee Brasil | Ofertas</title><meta property="og:title" content="Shopee Brasil | Ofertas"></head>
      <body><div id="sll2-normal-pdp-main"><section><h1>Garrafa Térmica 500ml</h1><section aria-live="polite">Rp45.000</section></section></div></body></html>`;
    const result = extractListing(parseDoc(html, url), url);
    expect(result.read).toBe(true);
    expect(result.listing.title).toBe('Garrafa Térmica 500ml');
    expect(result.fields.title).toBe('read');
  });

  it('never takes a site title, even as a guess, when the page shows no product heading', () => {
    const url = 'https://shopee.co.id/Tumbler-i.1.2';
    const html = `<html><head><title>Shopee Indonesia | Belanja Online</title></head>
      <body><div id="main"><p>Selamat datang di Shopee</p><a href="/A-i.1.1">A</a></div></body></html>`;
    const result = extractListing(parseDoc(html, url), url);
    expect(result.read).toBe(false);
    expect(result.listing.title).toBe('');
  });
});
