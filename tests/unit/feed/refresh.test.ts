import { describe, expect, it } from 'vitest';
import { applyRefresh, itemKeys, listingKeys, productKey, refreshFor } from '../../../shared/feed/refresh';
import { ShowcaseItem } from '../../../shared/feed/schema';
import { Listing, type ListingInput } from '../../../shared/listing/schema';

const listing = (input: Partial<ListingInput>) => Listing.parse({ title: 'Kopi Arabika Gayo 250 gr', ...input });
const item = ShowcaseItem.parse({
  id: 'kopi-gayo',
  name: 'Kopi Arabika Gayo 250 gr',
  price: { idr: 45000, note: 'per 250 gr' },
  photo: { src: 'https://down-id.img.susercontent.com/file/lama', alt: 'Kemasan lama' },
  links: { shopee: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-i.358812345.24567890123' },
});

describe('the same product, however its address is written', () => {
  it.each([
    ['https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-i.358812345.24567890123?sp_atk=x', 'shopee:358812345.24567890123'],
    ['https://shopee.co.id/product/358812345/24567890123', 'shopee:358812345.24567890123'],
    ['https://www.tokopedia.com/ArenLestari/gula-aren-cetak-500-gr?extParam=ivf', 'tokopedia:arenlestari/gula-aren-cetak-500-gr'],
    ['https://tokopedia.com/arenlestari/gula-aren-cetak-500-gr/', 'tokopedia:arenlestari/gula-aren-cetak-500-gr'],
  ])('%s', (address, key) => {
    expect(productKey(address)).toBe(key);
  });

  it.each(['https://shopee.co.id/kopibukitkuru', 'https://www.tokopedia.com/arenlestari', 'https://evil.example/-i.1.2', 'http://shopee.co.id/a-i.1.2', 'javascript:alert(1)', undefined])(
    'names no product: %s',
    (address) => expect(productKey(address)).toBeUndefined(),
  );

  it('matches a listing read from its page to the item added from it', () => {
    const fromPage = listing({ marketplace: 'shopee', sourceUrl: 'https://shopee.co.id/product/358812345/24567890123' });
    expect(listingKeys(fromPage).some((k) => itemKeys(item).includes(k))).toBe(true);
    const seller = listing({ marketplace: 'shopee', sourceUrl: 'https://seller.shopee.co.id/portal/product/24567890123', shopId: '358812345', itemId: '24567890123' });
    expect(listingKeys(seller)).toEqual(['shopee:358812345.24567890123']);
    const other = listing({ marketplace: 'shopee', sourceUrl: 'https://shopee.co.id/product/358812345/1' });
    expect(listingKeys(other).some((k) => itemKeys(item).includes(k))).toBe(false);
    // An item whose buy link is the shop, added from the product page, is still found by where it was read.
    const shopLink = { ...item, links: { shopee: 'https://shopee.co.id/kopitakengon' } };
    expect(itemKeys(shopLink, 'https://shopee.co.id/Kopi-i.358812345.24567890123')).toEqual(['shopee:358812345.24567890123']);
  });
});

describe('what changed on the page', () => {
  it('price, cover photo and stock, each with the value before and after', () => {
    const page = listing({ price: 48000, stock: 0, photos: [{ src: 'http://tidak-aman.example/a.jpg' }, { src: 'https://down-id.img.susercontent.com/file/baru' }] });
    const refresh = refreshFor(item, page)!;
    expect(refresh).toEqual({
      price: { before: 45000, after: 48000 },
      photo: { before: 'https://down-id.img.susercontent.com/file/lama', after: 'https://down-id.img.susercontent.com/file/baru' },
      stock: { before: undefined, after: 'out' },
    });
    const updated = ShowcaseItem.parse(applyRefresh(item, refresh));
    expect(updated.price).toEqual({ idr: 48000, note: 'per 250 gr' });
    expect(updated.photo).toEqual({ src: 'https://down-id.img.susercontent.com/file/baru' });
    expect(updated.stock).toBe('out');
    expect(updated.links).toEqual(item.links);
  });

  it('back in stock removes the mark', () => {
    const out = { ...item, stock: 'out' as const };
    const refresh = refreshFor(out, listing({ price: 45000, stock: 12, photos: [{ src: item.photo!.src }] }))!;
    expect(refresh).toEqual({ stock: { before: 'out', after: 'available' } });
    expect('stock' in applyRefresh(out, refresh)).toBe(false);
  });

  it('nothing to offer when the page agrees or says nothing', () => {
    expect(refreshFor(item, listing({ price: 45000, photos: [{ src: item.photo!.src }], stock: 3 }))).toBeUndefined();
    expect(refreshFor(item, listing({}))).toBeUndefined();
  });
});
