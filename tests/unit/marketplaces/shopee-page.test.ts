import { describe, expect, it } from 'vitest';
import { Listing } from '../../../shared/listing/schema';
import { extractListing } from '../../../shared/marketplaces/index';
import {
  loadDoc,
  SHOPEE_ID,
  SHOPEE_ID_LAYOUT_CHANGED,
  SHOPEE_LOGIN_WALL,
  SHOPEE_PRODUCT_SHELL,
  SHOPEE_SEARCH_SHELL,
  SHOPEE_SG,
} from './helpers';

const KOPI = 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast';
const KOPI_DESCRIPTION = [
  'Kopi Arabika Gayo asli dari dataran tinggi Aceh Tengah. Disangrai medium agar rasa cokelat dan jeruknya keluar.',
  '',
  'Isi: 250 gr biji kopi utuh.',
  'Masa simpan: 6 bulan sejak tanggal sangrai.',
  'Simpan di wadah tertutup, jauh dari sinar matahari.',
  '',
  'Pengiriman setiap hari kerja dari Takengon.',
].join('\n');

describe('Shopee Indonesia product page, rendered (Rapi fixture in the SG page shape, Indonesian labels)', () => {
  const result = extractListing(loadDoc(SHOPEE_ID.file, SHOPEE_ID.url), SHOPEE_ID.url);
  const { listing, fields } = result;

  it('reads a complete, valid listing with no problems', () => {
    expect(result.page).toEqual({ site: 'shopee', kind: 'product', shopId: '358812345', itemId: '24567890123' });
    expect(Listing.safeParse(listing).success).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.loginWall).toBe(false);
  });

  it('reads JSON-LD first: name, description, IDR price, brand, shop, condition, category path', () => {
    expect(listing).toMatchObject({
      marketplace: 'shopee',
      title: KOPI,
      description: KOPI_DESCRIPTION,
      price: 45_000,
      brand: 'Kopi Takengon',
      shopName: 'Kopi Takengon Official',
      condition: 'new',
      categoryPath: ['Makanan & Minuman', 'Minuman', 'Kopi'],
      itemId: '24567890123',
      shopId: '358812345',
    });
    expect(fields).toMatchObject({ title: 'read', description: 'read', price: 'read', categoryPath: 'read', brand: 'read' });
  });

  it('reads the whole gallery from the DOM in thumbnail order, without the promo frame, variant images or reviews', () => {
    expect(listing.photos!.map((p) => p.src)).toEqual([
      'https://down-id.img.susercontent.com/file/id-11134207-7r98o-lz1cover0001',
      'https://down-id.img.susercontent.com/file/id-11134207-7r98o-lz1pack00002',
      'https://down-id.img.susercontent.com/file/id-11134207-7r98o-lz1beans0003',
      'https://down-id.img.susercontent.com/file/id-11134207-7r98o-lz1label0004',
    ]);
    expect(fields.photos).toBe('read');
  });

  it('reads variants from option buttons, and the spec rows by their Indonesian keys', () => {
    expect(listing.variants).toEqual([
      { name: 'Ukuran', options: ['250 gr', '500 gr', '1 kg'] },
      { name: 'Gilingan', options: ['Biji Utuh', 'Bubuk Halus'] },
    ]);
    expect(listing.stock).toBe(120);
    expect(listing.shopCity).toBe('KAB. ACEH TENGAH');
    expect(listing.attributes).toEqual({
      'Jenis Kopi': 'Arabika',
      'Tingkat Sangrai': 'Medium',
      'Masa Penyimpanan': '6 Bulan',
      'Negara Asal': 'Indonesia',
    });
  });

  it('reads the same listing from the visible page alone when JSON-LD and Open Graph are absent', () => {
    const doc = loadDoc(SHOPEE_ID.file, SHOPEE_ID.url);
    for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"], meta[property^="og:"]'))) el.remove();
    const dom = extractListing(doc, SHOPEE_ID.url);
    expect(dom.listing.title).toBe(KOPI);
    expect(dom.listing.description).toBe(KOPI_DESCRIPTION); // "Deskripsi Produk" section, empty <p> = blank line
    expect(dom.listing.categoryPath).toEqual(['Makanan & Minuman', 'Minuman', 'Kopi']); // "Kategori" row
    expect(dom.listing.brand).toBe('Kopi Takengon'); // "Merek" row
    // The discounted price shows both prices: the lower is the price, both are marked as guessed.
    expect(dom.listing.price).toBe(45_000);
    expect(dom.listing.originalPrice).toBe(60_000);
    expect(dom.fields.price).toBe('guessed');
    expect(dom.listing.photos).toHaveLength(4);
    expect(dom.problems).toEqual([]);
  });

  it('ignores a JSON-LD block describing another product (stale after single-page navigation)', () => {
    const url = 'https://shopee.co.id/Produk-Lain-i.358812345.99999999999';
    const stale = extractListing(loadDoc(SHOPEE_ID.file, SHOPEE_ID.url), url);
    expect(stale.listing.itemId).toBe('99999999999');
    // brand and shop name came only from the JSON-LD Product: not taken from the other product
    expect(stale.listing.shopName).toBeUndefined();
    expect(stale.fields.shopName).toBe('missing');
  });

  it('never reads hashed class names: renaming every class changes nothing', () => {
    const doc = loadDoc(SHOPEE_ID.file, SHOPEE_ID.url);
    for (const el of Array.from(doc.querySelectorAll('[class]'))) {
      el.setAttribute('class', (el.getAttribute('class') ?? '').replace(/\b[A-Za-z_][A-Za-z0-9_]{5}\b/g, 'Zz9Zz9'));
    }
    const renamed = extractListing(doc, SHOPEE_ID.url);
    expect(renamed.listing).toEqual(listing);
  });
});

describe('Shopee page after a redesign (derived fixture)', () => {
  const result = extractListing(loadDoc(SHOPEE_ID_LAYOUT_CHANGED.file, SHOPEE_ID_LAYOUT_CHANGED.url), SHOPEE_ID_LAYOUT_CHANGED.url);

  it('keeps what it can, marks guesses, and names the fields it could not read in both languages', () => {
    expect(result.listing.title).toBe(KOPI); // from <title>, Shopee's suffix removed
    expect(result.fields.title).toBe('guessed');
    expect(result.fields.description).toBe('guessed'); // meta description: maybe cut short
    expect(result.listing.categoryPath).toEqual(['Makanan & Minuman', 'Minuman', 'Kopi']); // breadcrumb links
    expect(result.fields).toMatchObject({ price: 'missing', photos: 'missing' });
    expect(result.listing.price).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.id).toBe(
      'Rapi tidak bisa membaca harga dan foto produk dari halaman ini. Tampilan halaman mungkin sudah berubah. Isi yang kosong sendiri di panel Rapi.',
    );
    expect(result.problems[0]!.en).toContain('could not read the price and product photos');
    expect(Listing.safeParse(result.listing).success).toBe(true);
  });
});

describe('Shopee Singapore product page (real, rendered, English labels)', () => {
  const result = extractListing(loadDoc(SHOPEE_SG.file, SHOPEE_SG.url), SHOPEE_SG.url);
  const { listing } = result;

  it('reads name, description, category, shop and variants', () => {
    expect(listing.title).toBe('Dr. Scholl Medi Qtto  Outside Sheer Stockings Nature Nude ★Direct From Japan★');
    expect(listing.description).toMatch(/^Dr\. Scholl Medi Qtto, the leading brand of socks/);
    expect(listing.description).toMatch(/shipping cost\.$/);
    expect(listing.categoryPath).toEqual(["Women's Apparel", 'Socks & Tights', 'Ankle socks']);
    expect(listing.shopName).toBe('nobistar.sg');
    expect(listing.variants).toEqual([{ name: 'Size', options: ['M Size', 'L Size'] }]);
    expect(listing.itemId).toBe('19445913336');
  });

  it('reads the English spec rows ("Stock", "Ships From", specifics)', () => {
    expect(listing.stock).toBe(10);
    expect(listing.shopCity).toBe('Japan');
    expect(listing.attributes).toEqual({ 'Socks Length': 'Others', 'Socks Type': 'Others', 'Country of Origin': 'Japan' });
  });

  it('reads the five gallery photos with the JSON-LD cover first, and no variant or shop images', () => {
    const files = listing.photos!.map((p) => p.src!.split('/file/')[1]);
    expect(files).toEqual([
      '500b9b194cd01a73e1de1dc4b86f2914',
      'bcc4a8e50bdfab737baec4bbf7b6595f',
      '944160002771532913d947fb8bcfdf9f',
      '9ad1eb51234523b2ee135b08824c1c7e',
      '374b7de9afd7d2dcb877deaccf517b07',
    ]);
  });

  it('does not turn a price in SGD into Rupiah: price is missing, with one bilingual reason', () => {
    expect(listing.price).toBeUndefined();
    expect(result.fields.price).toBe('missing');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.id).toContain('dalam SGD, bukan Rupiah');
    expect(result.problems[0]!.en).toContain('in SGD, not Rupiah');
  });

  it('has the brand honestly missing (the page states an empty brand)', () => {
    expect(listing.brand).toBeUndefined();
    expect(result.fields.brand).toBe('missing');
  });
});

describe('Shopee login wall and unrendered shells', () => {
  it('reports the login wall instead of a product', () => {
    const result = extractListing(loadDoc(SHOPEE_LOGIN_WALL.file, SHOPEE_LOGIN_WALL.url), SHOPEE_LOGIN_WALL.url);
    expect(result.loginWall).toBe(true);
    expect(result.listing.title).toBe('');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.id).toContain('Shopee meminta Anda masuk (login) dulu');
    expect(result.problems[0]!.en).toContain('Shopee is asking you to log in first');
    expect(result.problems[0]!.id).not.toMatch(/!/);
  });

  it('reports the login wall on Shopee’s login URL too, not "not a product page"', () => {
    const url = 'https://shopee.co.id/buyer/login?next=https%3A%2F%2Fshopee.co.id%2FProduk-i.1.2';
    const result = extractListing(loadDoc(SHOPEE_LOGIN_WALL.file, url), url);
    expect(result.loginWall).toBe(true);
  });

  it('says a raw product shell has not finished loading (no "layout changed" message)', () => {
    const result = extractListing(loadDoc(SHOPEE_PRODUCT_SHELL.file, SHOPEE_PRODUCT_SHELL.url), SHOPEE_PRODUCT_SHELL.url);
    expect(result.loginWall).toBe(false);
    expect(result.listing.title).toBe('');
    expect(result.fields).toMatchObject({ title: 'missing', price: 'missing', photos: 'missing' });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.en).toContain('has not finished loading');
  });

  it('treats the search shell as a listing page', () => {
    const result = extractListing(loadDoc(SHOPEE_SEARCH_SHELL.file, SHOPEE_SEARCH_SHELL.url), SHOPEE_SEARCH_SHELL.url);
    expect(result.page).toEqual({ site: 'shopee', kind: 'listing-page' });
    expect(result.problems[0]!.en).toContain('lists many products');
  });
});
