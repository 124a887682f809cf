import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { Listing } from '../../../shared/listing/schema';
import { createListingEditor, fieldText, type EditorBase } from '../../../shared/ui/listing-editor';
import { createReportModel } from '../../../shared/ui/checklist/report';

const read: EditorBase = {
  key: 'tab1|tokopedia|product|kopi',
  listing: Listing.parse({ marketplace: 'tokopedia', title: 'Kopi Gayo', price: 85000, weightGrams: 1500, categoryPath: ['Makanan & Minuman', 'Kopi'] }),
  fields: { title: 'read', price: 'read', description: 'missing', weightGrams: 'guessed' },
  problems: [],
  loginWall: false,
};

describe('the listing editor', () => {
  it('shows what was read, with each field marked as the adapter marked it', () => {
    const editor = createListingEditor();
    editor.load(read);
    expect(editor.listing.value.title).toBe('Kopi Gayo');
    expect(editor.text('price')).toBe('Rp85.000');
    expect(editor.text('weightGrams')).toBe('1,5 kg');
    expect(editor.text('categoryPath')).toBe('Makanan & Minuman > Kopi');
    expect(editor.stateOf('title')).toBe('read');
    expect(editor.stateOf('weightGrams')).toBe('guessed');
    expect(editor.stateOf('description')).toBe('missing');
  });

  it('parses what the seller types into the listing, and marks the field as edited', () => {
    const editor = createListingEditor();
    editor.load(read);
    editor.edit('price', 'Rp25rb');
    editor.edit('weightGrams', '250 gr');
    editor.edit('stock', '12');
    editor.edit('categoryPath', 'Makanan › Kopi / Kopi Bubuk');
    editor.edit('description', 'Kopi bubuk 250 gr');
    expect(editor.listing.value).toMatchObject({
      price: 25000,
      weightGrams: 250,
      stock: 12,
      categoryPath: ['Makanan', 'Kopi', 'Kopi Bubuk'],
      description: 'Kopi bubuk 250 gr',
    });
    expect(editor.stateOf('price')).toBe('edited');
    expect(editor.text('price')).toBe('Rp25rb'); // kept as typed while typing
    // The result always satisfies the Listing schema.
    expect(Listing.safeParse(editor.listing.value).success).toBe(true);
  });

  it('clears a field whose text does not parse, instead of keeping a wrong value', () => {
    const editor = createListingEditor();
    editor.load(read);
    editor.edit('stock', 'banyak');
    editor.edit('price', '');
    expect(editor.listing.value.stock).toBeUndefined();
    expect(editor.listing.value.price).toBeUndefined();
  });

  it('keeps the seller’s edits across a re-read of the same page, and drops them on another page', () => {
    const editor = createListingEditor();
    editor.load(read);
    editor.edit('title', 'Kopi Arabika Gayo 250 gr');
    editor.load({ ...read, listing: { ...read.listing, price: 90000 } });
    expect(editor.listing.value.title).toBe('Kopi Arabika Gayo 250 gr');
    expect(editor.listing.value.price).toBe(90000);
    editor.load({ ...read, key: 'tab1|tokopedia|product|teh' });
    expect(editor.listing.value.title).toBe('Kopi Gayo');
    expect(editor.edits.value).toEqual({});
  });

  it('starts manual mode empty, for the chosen marketplace', () => {
    const editor = createListingEditor();
    editor.load(read);
    editor.startManual('shopee');
    expect(editor.manual.value).toBe(true);
    expect(editor.listing.value).toEqual(Listing.parse({ marketplace: 'shopee', title: '' }));
    expect(editor.stateOf('title')).toBe('empty');
    expect(editor.stateOf('price')).toBe('empty');
    editor.edit('title', 'Sambal');
    expect(editor.stateOf('title')).toBe('edited');
  });

  it('records dropped photos and forgets them on request', () => {
    const editor = createListingEditor();
    editor.load(read);
    editor.setPhotos([{ src: 'a.jpg', width: 800, height: 800, bytes: 1000, mime: 'image/jpeg' }]);
    expect(editor.listing.value.photos).toHaveLength(1);
    expect(editor.stateOf('photos')).toBe('edited');
    editor.setPhotos(undefined);
    expect(editor.listing.value.photos).toBeUndefined();
  });

  it('formats every field back into text that parses to the same value', () => {
    const listing = Listing.parse({ title: 'x', price: 1250000, weightGrams: 750, stock: 3, categoryPath: ['A', 'B'], brand: 'Merek' });
    const editor = createListingEditor();
    editor.load({ ...read, listing });
    for (const field of ['price', 'weightGrams', 'stock', 'categoryPath', 'brand'] as const) editor.edit(field, fieldText(listing, field));
    expect(editor.listing.value).toEqual(listing);
  });

  it('marks a category the seller changed as theirs (categorySource "input"), and keeps the page\'s source otherwise', () => {
    const listing = Listing.parse({ title: 'x', categoryPath: ['Fashion Pria', 'Hoodie Pria'], categorySource: 'page-data' });
    const editor = createListingEditor();
    editor.load({ ...read, listing });
    editor.edit('categoryPath', 'Fashion Pria > Hoodie Pria');
    expect(editor.listing.value.categorySource).toBe('page-data');
    editor.edit('categoryPath', 'Fashion Pria > Jaket Pria');
    expect(editor.listing.value).toMatchObject({ categoryPath: ['Fashion Pria', 'Jaket Pria'], categorySource: 'input' });
    editor.edit('categoryPath', '');
    expect(editor.listing.value.categorySource).toBeUndefined();
  });
});

describe('the report model', () => {
  it('re-checks on every edit, with the same result as checkListing, and uses the marketplace profile', () => {
    const editor = createListingEditor();
    editor.load(read);
    const model = createReportModel(editor.listing);
    expect(model.profile.value).toBe('tokopedia');
    expect(model.report.value).toEqual(checkListing(editor.listing.value, { profile: 'tokopedia' }));
    const before = model.report.value!.score;
    editor.edit('title', 'Kopi Arabika Gayo Aceh 250 gr Biji Sangrai Medium Roast Fresh');
    editor.edit('description', 'Kopi arabika dari Gayo, Aceh. Isi 250 gr biji kopi sangrai medium. Masa simpan 6 bulan. '.repeat(8));
    expect(model.report.value!.score).toBeGreaterThan(before);
    expect(model.report.value).toEqual(checkListing(editor.listing.value, { profile: 'tokopedia' }));
    editor.setMarketplace('shopee');
    expect(model.profile.value).toBe('shopee');
    expect(model.titleLimits.value.max).toBe(100);
  });

  it('gives no report while the title is empty, and groups findings by area', () => {
    const editor = createListingEditor();
    const model = createReportModel(editor.listing);
    expect(model.report.value).toBeNull();
    expect(Object.values(model.byArea.value).every((g) => g.length === 0)).toBe(true);
    editor.edit('title', 'kopi');
    expect(model.report.value).not.toBeNull();
    const total = Object.values(model.byArea.value).reduce((n, g) => n + g.length, 0);
    expect(total).toBe(model.report.value!.findings.length);
  });
});
