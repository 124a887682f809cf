import { describe, expect, it } from 'vitest';
import { extractListing } from '../../../shared/marketplaces/index';
import { fixtureJson, loadDoc, parseDoc, TOKOPEDIA_PDP } from './helpers';

/**
 * A Tokopedia product with variants: the page derived from the real product page and the real pdpGetLayout JSON
 * (Hoodie Center, rendered for variant M; variant XXL costs more). tests/fixtures/pages-labelled/derive.ts.
 */
const HOODIE = 'pages-labelled/derived_tokopedia_pdp_hoodiecenter_variants.html';
const url = (key: string) => `https://www.tokopedia.com/hoodiecenter/jaket-zipper-hoodie-mocca-${key}`;

interface Child {
  productID: string;
  price: number;
  optionName: string[];
  productURL: string;
}
const layout = fixtureJson('api/tokopedia_pdpgetlayout_hoodiecenter.json') as { components: { name: string; data: { children?: Child[] }[] }[] };
const children = layout.components.find((c) => c.name === 'new_variant_options')!.data[0]!.children!;

describe('Tokopedia product with variants (derived from real page + real pdpGetLayout JSON)', () => {
  it('reads the price of the variant the address names, from the variant data, for every variant', () => {
    for (const child of children) {
      const key = child.productURL.split('/').pop()!.replace('jaket-zipper-hoodie-mocca-', '');
      const { listing, fields, read } = extractListing(loadDoc(HOODIE, url(key)), url(key));
      expect(read).toBe(true);
      expect(listing.price).toBe(child.price);
      expect(fields.price).toBe('read');
      expect(listing.itemId).toBe(child.productID);
      expect(listing.title).toBe(`Jaket Zipper Hoodie Mocca - ${child.optionName[0]}`);
    }
    // The case that matters: XXL costs Rp69.900 while the page, rendered for M, says Rp66.900 everywhere.
    expect(children.find((c) => c.optionName[0] === 'XXL')!.price).toBe(69_900);
    const xxl = extractListing(loadDoc(HOODIE, url('xxl')), url('xxl')).listing;
    expect(xxl.price).toBe(69_900);
    expect(xxl.stock).toBe(55);
  });

  it('reads the variant tiers, the category path with its source, and the description row as the description', () => {
    const { listing } = extractListing(loadDoc(HOODIE, url('m')), url('m'));
    expect(listing.variants).toEqual([{ name: 'ukuran pakaian', options: ['M', 'L', 'XL', 'XXL'] }]);
    expect(listing.categoryPath).toEqual(['Fashion Pria', 'Outerwear Pria', 'Hoodie Pria']); // "Hoodie  Pria" in the data
    expect(listing.categorySource).toBe('page-data');
    expect(listing.description).toBe('***HARAP DI BACA SAMPAI SELESAI***\n\nJaket Standar Distro Kualitas Export.');
    expect(listing.attributes ?? {}).not.toHaveProperty('Deskripsi');
    expect(listing.weightGrams).toBe(620);
    expect(listing.photos?.map((p) => new URL(p.src!).hostname)).toEqual(['images.tokopedia.net', 'images.tokopedia.net', 'images.tokopedia.net']);
  });

  it('without the page data, takes the price shown over the page-level meta of another variant', () => {
    const doc = loadDoc(HOODIE, url('xxl'));
    for (const script of Array.from(doc.querySelectorAll('script'))) if (script.textContent?.includes('window.__cache=')) script.remove();
    // As the page shows it once XXL is chosen; the product:price:amount meta still says M's price.
    doc.querySelector('[data-testid="lblPDPDetailProductPrice"]')!.textContent = 'Rp69.900';
    expect(doc.querySelector('meta[property="product:price:amount"]')!.getAttribute('content')).toBe('66900');
    expect(extractListing(doc, url('xxl')).listing.price).toBe(69_900);
  });

  it('still ignores the page data of an unrelated product after single-page navigation', () => {
    const other = 'https://www.tokopedia.com/hoodiecenter/celana-jogger-hitam';
    const result = extractListing(loadDoc(HOODIE, other), other);
    // The numeric shop id and the variant tiers are only in the page data, which is another product's.
    expect(result.listing.shopId).toBe('hoodiecenter');
    expect(result.listing.variants).toBeUndefined();
  });
});

describe('Tokopedia description, photos and category sources', () => {
  it('reads the "Deskripsi" info row as the description, not as a specific', () => {
    const pageUrl = 'https://www.tokopedia.com/tokokopi/kopi-robusta-lampung-1-kg';
    const html = `<html><head><meta name="page-type" content="productdetailpage-desktop"></head><body>
      <h1 data-testid="lblPDPDetailProductName">Kopi Robusta Lampung 1 kg</h1>
      <div data-testid="lblPDPDetailProductPrice">Rp85.000</div>
      <ul data-testid="lblPDPInfoProduk"><li>Kondisi: Baru</li><li>Jenis Kopi: Robusta</li><li>Deskripsi: Biji kopi robusta sangrai medium.</li></ul>
    </body></html>`;
    const { listing } = extractListing(parseDoc(html, pageUrl), pageUrl);
    expect(listing.description).toBe('Biji kopi robusta sangrai medium.');
    expect(listing.attributes).toEqual({ 'Jenis Kopi': 'Robusta' });
  });

  it('reads the photos of the real page from *.tokopedia-static.net, signed URLs intact', () => {
    const { listing } = extractListing(loadDoc(TOKOPEDIA_PDP.file, TOKOPEDIA_PDP.url), TOKOPEDIA_PDP.url);
    const hosts = new Set(listing.photos!.map((p) => new URL(p.src!).hostname));
    expect([...hosts].sort()).toEqual(['p16-images-sign-sg.tokopedia-static.net', 'p19-images-sign-sg.tokopedia-static.net']);
    for (const photo of listing.photos!) expect(photo.src).toMatch(/^https:\/\/.*[?&]x-signature=/);
  });

  it('names where the category came from: page data, the breadcrumb, or only the last level from an info row', () => {
    const full = extractListing(loadDoc(TOKOPEDIA_PDP.file, TOKOPEDIA_PDP.url), TOKOPEDIA_PDP.url).listing;
    expect([full.categoryPath?.join(' > '), full.categorySource]).toEqual(['Handphone & Tablet > Handphone > Android OS', 'page-data']);

    const noState = loadDoc(TOKOPEDIA_PDP.file, TOKOPEDIA_PDP.url);
    for (const script of Array.from(noState.querySelectorAll('script'))) if (script.textContent?.includes('window.__cache=')) script.remove();
    const crumbs = extractListing(noState, TOKOPEDIA_PDP.url).listing;
    expect([crumbs.categoryPath?.join(' > '), crumbs.categorySource]).toEqual(['Handphone & Tablet > Handphone > Android OS', 'breadcrumb']);

    const pageUrl = 'https://www.tokopedia.com/tokokopi/kopi-robusta-lampung-1-kg';
    const html = `<html><body><h1 data-testid="lblPDPDetailProductName">Kopi Robusta</h1>
      <ul data-testid="lblPDPInfoProduk"><li>Kategori: Kopi Bubuk</li></ul></body></html>`;
    const row = extractListing(parseDoc(html, pageUrl), pageUrl);
    expect([row.listing.categoryPath, row.listing.categorySource, row.fields.categoryPath]).toEqual([['Kopi Bubuk'], 'spec-row', 'guessed']);
  });
});
