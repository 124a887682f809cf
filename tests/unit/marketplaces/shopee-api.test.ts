import { describe, expect, it } from 'vitest';
import { Listing } from '../../../shared/listing/schema';
import {
  extractListing,
  isShopeeProductApiUrl,
  mapShopeeApi,
  pickShopeeApiListing,
  readShopeeApiMessage,
  SHOPEE_API_SOURCE,
  isShopeeApiMessage,
} from '../../../shared/marketplaces/index';
import { fixtureJson, loadDoc, SHOPEE_ID } from './helpers';

const TW = fixtureJson('api/shopee_TW_pdp_get_pc_bff_example.json') as { cachedMap: Record<string, { item: Record<string, unknown> }> };
const JINISO = (fixtureJson('api/shopee_id_shop_search_items_jiniso.json') as { response: unknown }).response;
const KOPI = fixtureJson('api/rapi_shopee_id_get_pc_kopi.json');

describe('Shopee API mapper: real get_pc example (Shopee TW)', () => {
  const [mapped, ...rest] = mapShopeeApi(TW);

  it('finds the one product and its ids', () => {
    expect(rest).toEqual([]);
    expect(mapped!.itemId).toBe('21448123549');
    expect(mapped!.shopId).toBe('178926468');
  });

  it('maps title, description, categories, attributes, brand, shop and stock summed over models', () => {
    expect(mapped!.listing).toMatchObject({
      title: '滿意寶寶 日本白金 極上呵護黏貼L 52片全新現貨',
      description: '滿意寶寶極上呵護 黏貼型尿布 L 52片',
      categoryPath: ['母嬰用品', '尿布、學習便器', '紙尿褲'],
      brand: 'MamyPoko 滿意寶寶',
      shopName: 'abby02213',
      shopCity: '臺南市安南區',
      stock: 10,
      descriptionImageCount: 0,
    });
    expect(mapped!.listing.attributes).toEqual({ 尿布尺寸: 'L (8-12kg)', 尿布類型: '黏貼型', 包裝款式: '超值組', 包裝尺寸: '150CM' });
    expect(mapped!.listing.photos).toEqual([{ src: 'https://down-id.img.susercontent.com/file/sg-11134201-22090-3f29yybttqhva3' }]);
  });

  it('drops the empty variant tier a product without variants carries', () => {
    expect(mapped!.listing.variants).toBeUndefined();
  });

  it('does not convert TWD into Rupiah: no price, a bilingual reason', () => {
    expect(mapped!.listing.price).toBeUndefined();
    expect(mapped!.problems).toHaveLength(1);
    expect(mapped!.problems[0]!.en).toContain('in TWD, not Rupiah');
  });
});

describe('Shopee API mapper: real shop search_items list (Shopee ID, JINISO)', () => {
  const all = mapShopeeApi(JINISO);

  it('maps all 28 items, each into a valid partial listing', () => {
    expect(all).toHaveLength(28);
    for (const item of all) {
      expect(Listing.safeParse({ ...item.listing, title: item.listing.title ?? '' }).success).toBe(true);
      expect(item.problems).toEqual([]);
    }
  });

  it('divides prices by 100000 and keeps the struck-through price when higher', () => {
    const jeans = all.find((i) => i.itemId === '11156976313')!;
    expect(jeans.listing).toMatchObject({
      title: 'JINISO - Highwaist Cargo Loose Jeans Black Oreo 402 HANDS UP',
      price: 187_000, // 18700000000 / 100000
      originalPrice: 627_143, // 62714300000 / 100000
      stock: 5379,
      shopName: 'JINISO Official Shop',
      shopCity: 'KOTA JAKARTA UTARA',
      variants: [{ name: 'Ukuran', options: ['27', '28', '29', '30', '31', '32', '33', '34'] }],
    });
    expect(jeans.listing.photos).toHaveLength(9);
    expect(jeans.listing.photos![0]!.src).toBe('https://down-id.img.susercontent.com/file/id-11134207-7r98z-lnmlpy9nzofwb1');
    expect(jeans.listing.video).toMatchObject({ durationSec: 14 });
    expect(jeans.listing.brand).toBeUndefined(); // "brand": "" means none
  });

  it('has no original price when the API says 0 (no discount)', () => {
    const skirt = all.find((i) => i.itemId === '22777751220')!;
    expect(skirt.listing.price).toBe(598_571);
    expect(skirt.listing.originalPrice).toBeUndefined();
    expect(skirt.listing.stock).toBe(0);
  });

  it('picks the listing of the page’s item among observed bodies', () => {
    expect(pickShopeeApiListing([{}, JINISO, 'garbage'], '18183300109')?.listing.title).toBe('JINISO - Kulot Highwaist Jeans 778 RELAX');
    expect(pickShopeeApiListing([JINISO], '1')).toBeUndefined();
    expect(pickShopeeApiListing(undefined, '18183300109')).toBeUndefined();
  });
});

describe('Shopee API mapper: get_pc body for a shopee.co.id product (constructed from the TW shape)', () => {
  const [kopi] = mapShopeeApi(KOPI);

  it('reads the price range as the lowest price, marked as a guess', () => {
    expect(kopi!.listing.price).toBe(45_000);
    expect(kopi!.reading.price!.state).toBe('guessed');
  });

  it('reads all six photos, both variant tiers, specifics, and counts images in the rich description', () => {
    expect(kopi!.listing.photos).toHaveLength(6);
    expect(kopi!.listing.variants).toEqual([
      { name: 'Ukuran', options: ['250 gr', '500 gr', '1 kg'] },
      { name: 'Gilingan', options: ['Biji Utuh', 'Bubuk Halus'] },
    ]);
    expect(kopi!.listing.attributes).toEqual({ 'Jenis Kopi': 'Arabika', 'Tingkat Sangrai': 'Medium', 'Masa Penyimpanan': '6 Bulan' });
    expect(kopi!.listing.stock).toBe(120);
    expect(kopi!.listing.descriptionImageCount).toBe(1);
    expect(kopi!.listing.categoryPath).toEqual(['Makanan & Minuman', 'Minuman', 'Kopi']);
  });

  it('is preferred by extractListing over the rendered page for what it knows better (all photos)', () => {
    const result = extractListing(loadDoc(SHOPEE_ID.file, SHOPEE_ID.url), SHOPEE_ID.url, { shopeeApi: [KOPI] });
    expect(result.listing.photos).toHaveLength(6); // the DOM gallery shows only 4 thumbnails
    expect(result.listing.descriptionImageCount).toBe(1);
    // The range from the API is a guess; the page's JSON-LD states 45000 plainly, so that read wins.
    expect(result.listing.price).toBe(45_000);
    expect(result.fields.price).toBe('read');
    expect(result.problems).toEqual([]);
  });

  it('ignores API bodies of another product', () => {
    const other = extractListing(loadDoc(SHOPEE_ID.file, SHOPEE_ID.url), SHOPEE_ID.url, { shopeeApi: [JINISO] });
    expect(other.listing.photos).toHaveLength(4);
    expect(other.listing.title).toBe('Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast');
  });
});

describe('Shopee API mapper: hostile or broken input', () => {
  it.each([
    undefined,
    null,
    42,
    'string',
    [],
    {},
    { data: null },
    { data: { item: 'x' } },
    { items: 'x' },
    { items: [null, 1, { item_basic: null }] },
    { cachedMap: { a: null, b: { item: [] } } },
  ])('returns nothing for %j', (body) => {
    expect(mapShopeeApi(body)).toEqual([]);
  });

  it('keeps the good fields of an item whose other fields have the wrong shape', () => {
    const [item] = mapShopeeApi({
      data: {
        itemid: 5,
        name: 'Sambal Roa 200 gr',
        price: 'a lot',
        images: [1, 2],
        stock: -3,
        tier_variations: 'none',
        attributes: [{ name: { evil: true }, value: 'x' }],
        description: '<img src=x onerror=alert(1)>Pedas',
        currency: 'IDR',
      },
    });
    expect(item!.listing.title).toBe('Sambal Roa 200 gr');
    expect(item!.listing.description).toBe('<img src=x onerror=alert(1)>Pedas'); // kept as text, never as HTML
    expect(item!.listing.price).toBeUndefined();
    expect(item!.listing.photos).toBeUndefined();
    expect(item!.listing.stock).toBeUndefined();
    expect(item!.listing.attributes).toBeUndefined();
    expect(item!.itemId).toBe('5');
  });

  it('survives a 100,000-item list without trying to map it all', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ item_basic: { itemid: i, name: `x${i}` } }));
    expect(mapShopeeApi({ items }).length).toBe(200);
  });
});

describe('ShopeeApiMessage: the namespaced, origin-checked postMessage from the main-world script', () => {
  const page = { origin: 'https://shopee.co.id', window: { self: true } };
  const good = {
    source: SHOPEE_API_SOURCE,
    url: 'https://shopee.co.id/api/v4/pdp/get_pc?item_id=24567890123&shop_id=358812345',
    body: KOPI,
  };
  const event = (data: unknown, overrides: Partial<{ origin: string; source: unknown }> = {}) => ({
    origin: 'https://shopee.co.id',
    source: page.window,
    data,
    ...overrides,
  });

  it('accepts the expected message and hands over the body', () => {
    const message = readShopeeApiMessage(event(good), page);
    expect(message?.body).toBe(KOPI);
    expect(isShopeeApiMessage(good)).toBe(true);
  });

  it('accepts the legacy item endpoint', () => {
    expect(readShopeeApiMessage(event({ ...good, url: 'https://shopee.co.id/api/v4/item/get?itemid=1&shopid=2' }), page)).toBeDefined();
  });

  it.each([
    ['another origin', event(good, { origin: 'https://evil.example' })],
    ['another window (an iframe)', event(good, { source: {} })],
    ['another namespace', event({ ...good, source: 'someone-else' })],
    ['no namespace', event({ url: good.url, body: {} })],
    ['an API URL on another host', event({ ...good, url: 'https://evil.example/api/v4/pdp/get_pc' })],
    ['an API URL on another Shopee region than the page', event({ ...good, url: 'https://shopee.sg/api/v4/pdp/get_pc' })],
    ['an endpoint that is not a product', event({ ...good, url: 'https://shopee.co.id/api/v4/account/basic/get_account_info' })],
    ['a relative URL', event({ ...good, url: '/api/v4/pdp/get_pc' })],
    ['http instead of https', event({ ...good, url: 'http://shopee.co.id/api/v4/pdp/get_pc' })],
    ['a string instead of an object', event(JSON.stringify(good))],
    ['null', event(null)],
  ])('rejects %s', (_label, bad) => {
    expect(readShopeeApiMessage(bad, page)).toBeUndefined();
  });

  it('rejects everything when the page itself is not on Shopee', () => {
    const elsewhere = { origin: 'https://evil.example', window: page.window };
    expect(readShopeeApiMessage(event(good, { origin: 'https://evil.example' }), elsewhere)).toBeUndefined();
  });

  it('knows the product endpoints', () => {
    expect(isShopeeProductApiUrl('https://shopee.co.id/api/v4/pdp/get_pc?x=1')).toBe(true);
    expect(isShopeeProductApiUrl('https://shopee.co.id/api/v4/pdp/get_pc/../../x')).toBe(false);
    expect(isShopeeProductApiUrl('https://shopee.co.id.evil.example/api/v4/pdp/get_pc')).toBe(false);
    expect(isShopeeProductApiUrl('not a url')).toBe(false);
  });
});
