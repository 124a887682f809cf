import { describe, expect, it } from 'vitest';
import { checkListing, profileFor } from '../../../shared/checks';
import { Listing } from '../../../shared/listing/schema';
import { extractListing } from '../../../shared/marketplaces/index';
import { fixtureJson, fixtureText, parseDoc } from './helpers';

/**
 * Every page of the labelled set (tests/fixtures/pages-labelled/labels.json, written before Rapi was run on the
 * pages): read or not read, and for read pages the title, price, description and category a person sees.
 */

interface Label {
  id: string;
  origin: 'real' | 'constructed' | 'derived';
  file: string;
  url: string;
  api?: string;
  remove?: string[];
  expect:
    | { read: false; reason: string }
    | {
        read: true;
        title: string;
        price: number | null;
        description: boolean;
        descriptionStartsWith?: string;
        notAnAttribute?: string;
        category: string | null;
        categorySource?: string;
        photoHostEndsWith?: string;
      };
}

const { pages } = fixtureJson('pages-labelled/labels.json') as { pages: Label[] };
const oneSpace = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Words a marketplace wraps around a product name in its page titles. */
const SITE_WORDS = /\|\s*(?:Shopee|Tokopedia)|^(?:Shopee|Tokopedia)\b|^Promo\s|\sdi\s[^|]+\|/i;

function extract(label: Label) {
  const doc = parseDoc(fixtureText(label.file), label.url);
  for (const selector of label.remove ?? []) for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
  const api = label.api ? [fixtureJson(label.api)] : undefined;
  return extractListing(doc, label.url, api ? { shopeeApi: api } : undefined);
}

describe('labelled pages: read only with product evidence, never scored otherwise', () => {
  it('has every class the adapters must tell apart', () => {
    const reasons = new Set(pages.flatMap((p) => (p.expect.read ? [] : [p.expect.reason])));
    expect([...reasons].sort()).toEqual(['login-wall', 'many-products', 'no-product', 'not-a-product-page', 'not-rendered', 'security-check']);
    expect(pages.filter((p) => p.expect.read).length).toBeGreaterThanOrEqual(8);
    expect(new Set(pages.map((p) => p.origin))).toEqual(new Set(['real', 'constructed', 'derived']));
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s', (_id, label) => {
    const result = extract(label);
    expect(Listing.safeParse(result.listing).success).toBe(true);
    const want = label.expect;
    if (!want.read) {
      expect({ read: result.read, reason: result.notRead?.reason }).toEqual({ read: false, reason: want.reason });
      expect(result.evidence).toEqual([]);
      expect(result.notRead!.message.id).toMatch(/^Rapi belum bisa membaca produk di halaman ini\. \S/);
      expect(result.notRead!.message.en).toMatch(/^Rapi cannot read a product on this page yet\. \S/);
      // Nothing on the page is taken for a product, so nothing can be scored.
      expect(result.listing.title).toBe('');
      expect(Object.keys(result.listing).sort()).toEqual(expect.arrayContaining(['marketplace', 'title']));
      for (const key of Object.keys(result.listing)) expect(['marketplace', 'title', 'sourceUrl', 'itemId', 'shopId']).toContain(key);
      return;
    }
    expect(result.read).toBe(true);
    expect(result.notRead).toBeUndefined();
    expect(result.evidence.length).toBeGreaterThan(0);
    const { listing } = result;
    expect(oneSpace(listing.title)).toBe(oneSpace(want.title));
    expect(listing.title).not.toMatch(SITE_WORDS);
    expect(listing.price ?? null).toBe(want.price);
    expect(Boolean(listing.description?.trim())).toBe(want.description);
    if (want.descriptionStartsWith) expect(listing.description).toMatch(new RegExp(`^${want.descriptionStartsWith.replace(/[*]/g, '\\*')}`));
    if (want.notAnAttribute) expect(Object.keys(listing.attributes ?? {})).not.toContain(want.notAnAttribute);
    expect(listing.categoryPath?.join(' > ') ?? null).toBe(want.category);
    if (want.categorySource) expect(listing.categorySource).toBe(want.categorySource);
    if (want.photoHostEndsWith) {
      expect(listing.photos?.length).toBeGreaterThan(0);
      for (const photo of listing.photos ?? []) expect(new URL(photo.src!).hostname.endsWith(want.photoHostEndsWith)).toBe(true);
    }
    // A read page is scored like any listing.
    expect(checkListing(listing, { profile: profileFor(listing.marketplace) }).score).toBeGreaterThanOrEqual(0);
  });
});
