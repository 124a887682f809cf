import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { badgeText } from '../../../extension/content/badge-text';
import { NO_TITLE, checkedExtraction, isReadable, summarize, unreadableReasons } from '../../../extension/messaging/extraction';
import type { ExtractionPayload } from '../../../extension/messaging/protocol';

const product: ExtractionPayload = {
  page: { site: 'shopee', kind: 'product', itemId: '1', shopId: '2' },
  listing: { marketplace: 'shopee', title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', price: 45000 },
  fields: { title: 'read', price: 'read' },
  problems: [],
  loginWall: false,
  read: true,
};

describe('what the badge and the panel agree on', () => {
  it('scores a readable page with checkListing and the marketplace profile', () => {
    const summary = summarize(product, 'id');
    const report = checkListing(product.listing, { profile: 'shopee' });
    expect(summary).toMatchObject({ score: report.score, fixes: report.findings.length, unreadable: false, lang: 'id' });
  });

  it('marks the score provisional when a part is not rated on the page (no description, photos not seen)', () => {
    const summary = summarize(product, 'id');
    expect(summary.provisional).toBe(true);
    expect(summary.provisionalNote?.id).toMatch(/^Skor sementara: .*belum dinilai\.$/);
    const full: ExtractionPayload = {
      ...product,
      listing: {
        ...product.listing,
        description: 'Kopi arabika Gayo, biji sangrai medium, berat bersih 250 gr. Simpan di tempat sejuk dan kering.',
        attributes: { Merek: 'Gayo Kita' },
        photos: [],
      },
    };
    const complete = summarize(full, 'id');
    expect(complete.provisional).toBeUndefined();
    expect(complete.provisionalNote).toBeUndefined();
  });

  it('treats the login wall and a product page without a title as unreadable, with reasons', () => {
    const wall = { ...product, listing: { marketplace: 'shopee' as const, title: '' }, loginWall: true, problems: [{ id: 'login', en: 'login' }] };
    expect(isReadable(wall)).toBe(false);
    expect(summarize(wall, 'en')).toEqual({ score: null, fixes: 0, unreadable: true, lang: 'en' });
    expect(unreadableReasons(wall)).toEqual([{ id: 'login', en: 'login' }]);
    const untitled = { ...product, listing: { marketplace: 'shopee' as const, title: '   ' } };
    expect(isReadable(untitled)).toBe(false);
    expect(unreadableReasons(untitled)).toEqual([NO_TITLE]);
  });

  it('never scores a page the adapter did not read, even with a title (a home page at a product address)', () => {
    const home: ExtractionPayload = {
      ...product,
      listing: { marketplace: 'shopee', title: 'Shopee Indonesia | Belanja Online' },
      read: false,
      notRead: { reason: 'many-products', message: { id: 'Rapi belum bisa membaca produk di halaman ini. …', en: 'Rapi cannot read a product on this page yet. …' } },
      problems: [{ id: 'banyak produk', en: 'many products' }],
    };
    expect(isReadable(home)).toBe(false);
    expect(summarize(home, 'id')).toEqual({ score: null, fixes: 0, unreadable: true, lang: 'id' });
    expect(unreadableReasons(home)).toEqual([{ id: 'banyak produk', en: 'many products' }]);
    expect(badgeText(summarize(home, 'id')).label).toBe('Rapi · belum bisa membaca produk');
    expect(badgeText(summarize(home, 'en')).label).toBe('Rapi · cannot read a product here');
  });

  it('treats a seller form with an empty title as readable but not yet scored', () => {
    const form: ExtractionPayload = { ...product, page: { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' }, listing: { marketplace: 'shopee', title: '' } };
    expect(isReadable(form)).toBe(true);
    expect(summarize(form, 'id')).toEqual({ score: null, fixes: 0, unreadable: false, lang: 'id' });
    expect(isReadable({ ...form, fields: { title: 'missing' } })).toBe(false);
  });

  it('drops a listing that breaks the Listing schema, saying so, instead of throwing', () => {
    const bad = { ...product, listing: { ...product.listing, price: -10, photos: 'many' } } as unknown as ExtractionPayload;
    const checked = checkedExtraction(bad);
    expect(checked.listing.title).toBe('');
    expect(checked.problems.length).toBe(1);
    expect(isReadable(checked)).toBe(false);
    expect(checkedExtraction(product).listing.price).toBe(45000);
  });
});

describe('badge text', () => {
  it('says score and fixes in the chosen language', () => {
    expect(badgeText({ score: 72, fixes: 3, unreadable: false, lang: 'id' }).label).toBe('Rapi 72 · 3 perbaikan');
    expect(badgeText({ score: 72, fixes: 1, unreadable: false, lang: 'en' }).label).toBe('Rapi 72 · 1 fix');
    expect(badgeText({ score: 100, fixes: 0, unreadable: false, lang: 'en' }).label).toBe('Rapi 100 · nothing to fix');
    expect(badgeText({ score: 40, fixes: 5, unreadable: false, lang: 'id' }).tone).toBe('poor');
  });

  it('says "sementara" when a part is not rated yet, in the label and aloud', () => {
    const note = { id: 'Skor sementara: foto belum dinilai.', en: 'Provisional score: photos not rated yet.' };
    const id = badgeText({ score: 72, fixes: 3, unreadable: false, lang: 'id', provisional: true, provisionalNote: note });
    expect(id.label).toBe('Rapi 72 sementara · 3 perbaikan');
    expect(id.description).toBe('Skor Rapi 72 dari 100, 3 perbaikan. Skor sementara: foto belum dinilai. Buka panel Rapi untuk melihat apa yang perlu diperbaiki.');
    const en = badgeText({ score: 72, fixes: 1, unreadable: false, lang: 'en', provisional: true, provisionalNote: note });
    expect(en.label).toBe('Rapi 72 provisional · 1 fix');
    expect(en.description).toMatch(/^Rapi score 72 of 100, 1 fix\. Provisional score: photos not rated yet\./);
  });

  it('a provisional score whose data also disagrees with itself says both', () => {
    const note = { id: 'Skor sementara: foto belum dinilai.', en: 'Provisional score: photos not rated yet.' };
    const text = badgeText({ score: 72, fixes: 3, unreadable: false, lang: 'id', provisional: true, provisionalNote: note, conflict: true });
    expect(text.label).toBe('Rapi 72 sementara · 3 perbaikan · data tidak cocok');
    expect(text.description).toBe(
      'Skor Rapi 72 dari 100, 3 perbaikan. Skor sementara: foto belum dinilai. Data dari Shopee tidak sama dengan halaman. Buka panel Rapi untuk melihat apa yang perlu diperbaiki.',
    );
  });

  it('says when the page could not be read, or the title is still empty', () => {
    expect(badgeText({ score: null, fixes: 0, unreadable: true, lang: 'id' }).label).toBe('Rapi · belum bisa membaca produk');
    expect(badgeText({ score: null, fixes: 0, unreadable: false, lang: 'en' }).label).toBe('Rapi · fill in the product title to start');
  });
});
