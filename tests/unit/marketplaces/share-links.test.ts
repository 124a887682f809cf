import { describe, expect, it } from 'vitest';
import { marketplaceLink, readShare } from '../../../shared/marketplaces/share-links';

describe('marketplaceLink: what a shared link names, without opening it', () => {
  it.each([
    ['https://tokopedia.link/za5nBXCtM7', 'tokopedia', 'short'],
    ['https://vt.tokopedia.com/t/ZSabc123/', 'tokopedia', 'short'],
    ['https://shope.ee/8pQ1xYz', 'shopee', 'short'],
    ['https://id.shp.ee/AbCd123', 'shopee', 'short'],
    ['https://s.shopee.co.id/4fGhIj', 'shopee', 'short'],
    ['tokopedia.link/izEGEYIaC8', 'tokopedia', 'short'],
    ['https://shopee.co.id/Kopi-Arabika-i.123456.789012', 'shopee', 'product'],
    ['https://shopee.co.id/product/123456/789012', 'shopee', 'product'],
    ['https://www.tokopedia.com/tokokopi/kopi-arabika-gayo', 'tokopedia', 'product'],
    ['https://www.tokopedia.com/tokokopi', 'tokopedia', 'other'],
  ] as const)('%s → %s (%s)', (raw, marketplace, kind) => {
    expect(marketplaceLink(raw)).toMatchObject({ marketplace, kind });
  });

  it('keeps the ids of a product page, as the extension reads them', () => {
    expect(marketplaceLink('https://shopee.co.id/Kopi-i.11.22')?.page).toMatchObject({ site: 'shopee', itemId: '22', shopId: '11' });
  });

  it.each(['https://example.com/x', 'https://tokopedia.link/', 'javascript:alert(1)', 'https://shopee.co.id.evil.example/x', 'not a link'])(
    'ignores %s',
    (raw) => {
      expect(marketplaceLink(raw)).toBeNull();
    },
  );
});

describe('readShare: Android apps put the link inside the text', () => {
  it('finds a Tokopedia short link in text and keeps the words around it', () => {
    const read = readShare({ text: 'Cek Kopi Arabika Gayo 250 gr di Tokopedia! https://tokopedia.link/za5nBXCtM7' });
    expect(read.link).toMatchObject({ href: 'https://tokopedia.link/za5nBXCtM7', marketplace: 'tokopedia', kind: 'short' });
    expect(read.words).toBe('Cek Kopi Arabika Gayo 250 gr di Tokopedia!');
  });

  it('finds a Shopee short link after a sentence and drops the closing punctuation', () => {
    const read = readShare({ title: 'Shopee', text: 'Lihat Sambal Bawang di Shopee (https://id.shp.ee/AbCd123).' });
    expect(read.link?.href).toBe('https://id.shp.ee/AbCd123');
    expect(read.link?.marketplace).toBe('shopee');
  });

  it('prefers a product page to a short link, and the url field counts too', () => {
    const read = readShare({ url: 'https://shopee.co.id/product/1/2', text: 'https://shope.ee/xyz' });
    expect(read.link).toMatchObject({ kind: 'product', marketplace: 'shopee' });
  });

  it('has no link for plain words, and never throws on odd input', () => {
    expect(readShare({ text: 'Keripik pisang 200 gr' })).toEqual({ link: null, words: 'Keripik pisang 200 gr' });
    expect(readShare({})).toEqual({ link: null, words: '' });
    expect(readShare({ text: 'x'.repeat(1_000_000) + ' https://shope.ee/a' }).link).toBeNull();
    expect(readShare({ text: '<img src=x onerror=alert(1)> https://s.shopee.co.id/abc' }).link?.href).toBe('https://s.shopee.co.id/abc');
  });
});
