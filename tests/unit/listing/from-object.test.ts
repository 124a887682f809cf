import { describe, expect, it } from 'vitest';
import { listingFromObject } from '../../../shared/listing/from-object';
import { canonicalColumn, listingFromRow, unknownColumns } from '../../../shared/listing/from-row';

describe('a JSON listing may use the CSV columns the README documents', () => {
  it('reads category, image_count, photo_urls and a price written as "Rp25.000"', () => {
    const result = listingFromObject({
      title: 'Keripik Pisang Lampung Rasa Cokelat 250 gr',
      price: 'Rp25.000',
      category: 'Makanan & Minuman > Makanan Ringan',
      image_count: 4,
      photo_urls: 'foto/1.jpg | foto/2.jpg',
    });
    expect(result).toMatchObject({
      ok: true,
      unused: [],
      listing: { price: 25000, categoryPath: ['Makanan & Minuman', 'Makanan Ringan'], categorySource: 'input', photoCount: 4, photos: [{ src: 'foto/1.jpg' }, { src: 'foto/2.jpg' }] },
    });
  });

  it('takes the model\'s own names too, written as text where a spreadsheet would ("250 gr", "Shopee", a list of photo addresses)', () => {
    const result = listingFromObject({ title: 'Kopi Gayo 250 gr', weightGrams: '250 gr', marketplace: 'Shopee', photos: ['a.jpg', 'b.jpg'], categoryPath: 'Kopi > Biji', stock: '12' });
    expect(result).toMatchObject({ ok: true, listing: { weightGrams: 250, marketplace: 'shopee', photos: [{ src: 'a.jpg' }, { src: 'b.jpg' }], categoryPath: ['Kopi', 'Biji'], stock: 12 } });
  });

  it('lets the model\'s name win when both are given, and names the fields it does not use', () => {
    const result = listingFromObject({ title: 'Kopi', photoCount: 5, image_count: 2, warna: 'merah', constructor: 'x' });
    expect(result).toMatchObject({ ok: true, listing: { photoCount: 5 }, unused: ['warna', 'constructor'] });
  });

  it('rejects an unreadable price with the CSV\'s own words', () => {
    expect(listingFromObject({ title: 'Kopi', price: 'murah sekali' })).toMatchObject({
      ok: false,
      errors: [{ id: 'Harga "murah sekali" tidak terbaca.', en: 'The price "murah sekali" can\'t be read.' }],
    });
  });
});

describe('header names that are also built-in object properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('"%s" names no column', (header) => {
    expect(canonicalColumn(header)).toBeUndefined();
    expect(unknownColumns(['title', header])).toEqual([header]);
  });

  it('ignores headers that are not text', () => {
    expect(canonicalColumn(42)).toBeUndefined();
    expect(unknownColumns(['title', 42, null, undefined])).toEqual([]);
  });

  it('reads a row whose object has such keys as its own', () => {
    const row = JSON.parse('{"title":"Kopi Gayo 250 gr","__proto__":"x","constructor":"y","price":"Rp85.000"}') as Record<string, unknown>;
    expect(listingFromRow(row)).toEqual({ ok: true, listing: { title: 'Kopi Gayo 250 gr', price: 85000, marketplace: 'other' } });
  });
});
