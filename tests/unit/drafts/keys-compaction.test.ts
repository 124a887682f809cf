import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../shared/marketplaces/detect';
import { draftKeyFor, isDraftKey, newManualKey } from '../../../shared/storage/draft-keys';
import { revisionsToDrop, startOfDay } from '../../../shared/drafts/compaction';
import { sameListing } from '../../../shared/drafts/same-listing';
import { Listing } from '../../../shared/listing/schema';

describe('draft keys', () => {
  it.each([
    ['https://shopee.co.id/Kopi-Arabika-Gayo-i.178926468.21448123549', 'shopee:item:21448123549'],
    ['https://shopee.co.id/product/178926468/21448123549', 'shopee:item:21448123549'],
    // The Seller Centre edit form of the same product shares its draft.
    ['https://seller.shopee.co.id/portal/product/21448123549', 'shopee:item:21448123549'],
    ['https://seller.shopee.co.id/portal/product/new', 'shopee:form:shopee-seller:new'],
    ['https://www.tokopedia.com/enterelectronic/lg-oled-48c4', 'tokopedia:item:enterelectronic/lg-oled-48c4'],
    ['https://www.tokopedia.com/EnterElectronic/lg-oled-48c4?extParam=x', 'tokopedia:item:enterelectronic/lg-oled-48c4'],
  ])('%s → %s', (url, key) => {
    expect(draftKeyFor(detectPage(url))).toBe(key);
  });

  it('has no key for pages that are not one product', () => {
    for (const url of ['https://shopee.co.id/search?keyword=kopi', 'https://www.tokopedia.com/p/handphone-tablet', 'https://example.com/', 'not a url']) {
      expect(draftKeyFor(detectPage(url))).toBeNull();
    }
    expect(draftKeyFor({ site: 'tokopedia', kind: 'product', itemId: 'slug' })).toBeNull(); // no shop: ambiguous
  });

  it('keys seller forms that are not tied to a product page by form', () => {
    expect(draftKeyFor({ site: 'tokopedia', kind: 'seller-form', form: 'tiktok-seller', itemId: '1729' })).toBe('tokopedia:form:tiktok-seller:1729');
    expect(draftKeyFor({ site: 'tokopedia', kind: 'seller-form', form: 'tokopedia-seller' })).toBe('tokopedia:form:tokopedia-seller:new');
  });

  it('makes fresh manual keys that are valid keys', () => {
    const a = newManualKey();
    expect(a).toMatch(/^manual:[0-9a-f-]{36}$/);
    expect(newManualKey()).not.toBe(a);
    expect(isDraftKey(a)).toBe(true);
    expect(isDraftKey('manual:')).toBe(false);
    expect(isDraftKey('javascript:alert(1)')).toBe(false);
    expect(isDraftKey('shopee:item:1 2')).toBe(false);
  });
});

describe('history compaction', () => {
  const now = new Date(2026, 4, 14, 15, 0).getTime();
  const at = (day: number, hour: number) => new Date(2026, 4, day, hour, 0).getTime();

  it('keeps everything from today and the last revision of each earlier day', () => {
    const revisions = [
      { rev: 1, savedAt: at(10, 9) },
      { rev: 2, savedAt: at(10, 11) },
      { rev: 3, savedAt: at(10, 17) },
      { rev: 4, savedAt: at(12, 8) },
      { rev: 5, savedAt: at(13, 23) },
      { rev: 6, savedAt: at(14, 0) },
      { rev: 7, savedAt: at(14, 9) },
      { rev: 8, savedAt: at(14, 14) },
    ];
    expect(revisionsToDrop(revisions, 8, now)).toEqual([1, 2]);
  });

  it('never drops the current revision, even from an old day', () => {
    const revisions = [
      { rev: 1, savedAt: at(1, 9) },
      { rev: 2, savedAt: at(1, 10) },
      { rev: 3, savedAt: at(1, 11) },
    ];
    expect(revisionsToDrop(revisions, 2, now)).toEqual([1]);
  });

  it('has nothing to drop in a short history', () => {
    expect(revisionsToDrop([], 0, now)).toEqual([]);
    expect(revisionsToDrop([{ rev: 1, savedAt: at(14, 1) }], 1, now)).toEqual([]);
  });

  it('counts days in local time', () => {
    expect(startOfDay(at(14, 23))).toBe(new Date(2026, 4, 14).getTime());
  });
});

describe('sameListing', () => {
  it('ignores key order and undefined fields, not values', () => {
    const a = Listing.parse({ title: 'Kopi', price: 1000, attributes: { a: '1', b: '2' } });
    expect(sameListing(a, { price: 1000, marketplace: 'other', title: 'Kopi', attributes: { b: '2', a: '1' }, brand: undefined })).toBe(true);
    expect(sameListing(a, { ...a, price: 1001 })).toBe(false);
    expect(sameListing(a, undefined)).toBe(false);
  });
});
