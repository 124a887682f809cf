import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../cli/extract';
import { ShowcaseItem } from '../../../shared/feed/schema';
import { badgesFromListing } from '../../../shared/feed/badges';
import { buyLinks, feedIdFor, prefillItem, tidyPlace } from '../../../shared/feed/prefill';
import { fixtureText, listing } from './helpers';

const SHOPEE_URL = 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123';
const TOKOPEDIA_URL =
  'https://www.tokopedia.com/enterelectronic/lg-oled-48c4psa-oled-evo-4k-smart-tv-48-inch-120hz-dolby-vision-atmos-lg-48c4-oled48c4-oled48c4psa';

describe('a showcase item pre-filled from a checked listing', () => {
  it('takes name, price, cover photo, shop, city, category and the product page from a read Shopee page', () => {
    const { listing: read } = extractFromHtml(fixtureText('pages/rapi_shopee_id_pdp_rendered.html'), `${SHOPEE_URL}?sp_atk=abc&xptdk=1`);
    const item = prefillItem(read);
    expect(item).toEqual({
      id: 'kopi-arabika-gayo-250-gr-biji-sangrai-medium-roast',
      name: 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast',
      price: { idr: 45000 },
      photo: { src: 'https://down-id.img.susercontent.com/file/id-11134207-7r98o-lz1cover0001' },
      seller: { name: 'Kopi Takengon Official', city: 'Kab. Aceh Tengah' },
      category: 'Kopi',
      // The product's own page, without the tracking parameters.
      links: { shopee: SHOPEE_URL },
    });
    expect(ShowcaseItem.safeParse(item).success).toBe(true);
  });

  it('marks a product the page says is sold out as "Stok habis"; stock left (or unknown) is the ordinary card', () => {
    expect(prefillItem(listing({ title: 'Kopi', stock: 0 })).stock).toBe('out');
    expect('stock' in prefillItem(listing({ title: 'Kopi', stock: 4 }))).toBe(false);
    expect('stock' in prefillItem(listing({ title: 'Kopi' }))).toBe(false);
  });

  it('uses the Tokopedia product page as the Tokopedia link', () => {
    const { listing: read } = extractFromHtml(fixtureText('pages/tokopedia_pdp_enterelectronic_lg-oled-48c4.html'), TOKOPEDIA_URL);
    const item = prefillItem(read);
    expect(item.links).toEqual({ tokopedia: TOKOPEDIA_URL });
    expect(item.name).toBe(read.title.trim());
    expect(item.price?.idr).toBe(read.price);
    expect(ShowcaseItem.safeParse(item).success).toBe(true);
  });

  it('never links buyers to a seller centre; a Shopee form with shop and item ids still gets the product page', () => {
    expect(buyLinks(listing({ marketplace: 'shopee', title: 'x', sourceUrl: 'https://seller.shopee.co.id/portal/product/24567890999' }))).toEqual({});
    expect(buyLinks(listing({ marketplace: 'tokopedia', title: 'x', sourceUrl: 'https://seller.tokopedia.com/add-product' }))).toEqual({});
    expect(buyLinks(listing({ marketplace: 'tokopedia', title: 'x', sourceUrl: 'https://www.tokopedia.com/arenlestari' }))).toEqual({});
    expect(
      buyLinks(listing({ marketplace: 'shopee', title: 'x', sourceUrl: 'https://seller.shopee.co.id/portal/product/9', shopId: '358812345', itemId: '9' })),
    ).toEqual({ shopee: 'https://shopee.co.id/product/358812345/9' });
    expect(buyLinks(listing({ marketplace: 'other', title: 'x', sourceUrl: 'https://shopee.co.id/a-i.1.2' }))).toEqual({});
    expect(buyLinks(listing({ marketplace: 'shopee', title: 'x', sourceUrl: 'javascript:alert(1)//shopee.co.id' }))).toEqual({});
  });

  it('leaves out what the feed would refuse: a photo that is not https, a blank shop, an impossible price', () => {
    const item = prefillItem(
      listing({
        title: '  Keripik   Singkong\nBalado  ',
        price: 2_000_000_000,
        shopName: '   ',
        photos: [{ src: 'blob:chrome-extension://abc/1' }, { src: 'http://img.example/2.jpg' }],
      }),
    );
    expect(item).toEqual({ id: 'keripik-singkong-balado', name: 'Keripik Singkong Balado', links: {} });
    expect(ShowcaseItem.safeParse(item).success).toBe(true);
  });

  it('cuts a very long title at a word, within the feed limit', () => {
    const long = `Batik Tulis ${'Motif Parang Klasik '.repeat(20)}`;
    const item = prefillItem(listing({ title: long }));
    expect(item.name.length).toBeLessThanOrEqual(200);
    expect(long.startsWith(item.name)).toBe(true);
    expect(item.name.endsWith(' ')).toBe(false);
    expect(item.id.length).toBeLessThanOrEqual(60);
  });

  it('makes readable, unique feed ids and tidy place names', () => {
    expect(feedIdFor('Kopi Gayo 250 gr!')).toBe('kopi-gayo-250-gr');
    expect(feedIdFor('Kopi Gayo 250 gr', new Set(['kopi-gayo-250-gr', 'kopi-gayo-250-gr-2']))).toBe('kopi-gayo-250-gr-3');
    expect(feedIdFor('Café Ñusantara')).toBe('cafe-nusantara');
    expect(feedIdFor('!!!')).toBe('barang');
    expect(tidyPlace('KAB. ACEH TENGAH')).toBe('Kab. Aceh Tengah');
    expect(tidyPlace('Kota Bandung')).toBe('Kota Bandung');
  });
});

describe('badges found by the checks', () => {
  const badges = (title: string, description?: string, attributes?: Record<string, string>) =>
    badgesFromListing(listing({ title, description, attributes }));

  it.each([
    ['Keripik Tempe 200 gr Halal MUI', undefined, ['halal']],
    ['Sambal Roa 150 gr', 'Sudah bersertifikat halal. P-IRT No. 2063273010123-25', ['halal', 'pirt']],
    ['Madu Hutan 500 ml', 'BPOM RI MD 123456789012', ['bpom']],
    ['Helm Anak SNI', undefined, ['sni']],
    ['Beras Merah Organik 1 kg', 'Produk lokal petani Cianjur', ['organik', 'lokal']],
    ['Kopi Arabika Gayo 250 gr', 'Produksi UMKM Takengon. PIRT 2061101020123-26', ['pirt', 'lokal']],
  ] as const)('%s → %j', (title, description, expected) => {
    expect(badges(title, description)).toEqual(expected);
  });

  it('reads attributes too', () => {
    expect(badges('Kerupuk Ikan 250 gr', undefined, { 'No. Izin Edar': 'P-IRT 2063273010123-25', Sertifikasi: 'Halal' })).toEqual(['halal', 'pirt']);
  });

  it('never puts a halal badge on a listing that says it is not halal', () => {
    expect(badges('Bakso Babi 500 gr', 'Non halal. Tidak halal untuk muslim.')).toEqual([]);
    expect(badges('Sosis Bakar', 'Belum bersertifikat halal')).toEqual([]);
    expect(badges('Kue Rum', 'mengandung alkohol, label halal belum ada')).toEqual([]);
    expect(badges('Sayur Non-Organik Segar')).toEqual([]);
  });

  it('gives nothing when the listing names nothing', () => {
    expect(badges('Tas Rajut Handmade Coklat', 'Tas rajut benang katun, 25 × 30 cm.')).toEqual([]);
  });
});
