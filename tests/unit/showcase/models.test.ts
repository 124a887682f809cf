import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import type { ItemOrigin } from '../../../shared/storage/showcase-items-table';
import { createAddToShowcase, NEW_SHOWCASE } from '../../../extension/showcase/models/add-to-showcase';
import { hashFor, routeFromHash } from '../../../extension/showcase/models/route';
import { formFromItem, itemFromForm, parsePriceText } from '../../../extension/showcase/models/item-form';
import { freshShowcases, listing } from './helpers';

function addModel(title: string, extra: Parameters<typeof listing>[0] = { title: '' }) {
  const rig = freshShowcases();
  const current = signal(listing({ marketplace: 'shopee', ...extra, title }));
  const report = signal(title.trim() ? checkListing(current.value) : null);
  const model = createAddToShowcase(rig.service, {
    listing: current,
    report,
    origin: signal<ItemOrigin['kind']>('page'),
    url: signal(extra.sourceUrl),
    draftKey: signal('shopee:item:24567890123'),
  });
  return { ...rig, model, current, report };
}

const GOOD = {
  title: 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast',
  description:
    'Kopi Arabika Gayo asli dari dataran tinggi Aceh Tengah, disangrai medium. Isi: 250 gr biji kopi utuh. Masa simpan 6 bulan. Halal MUI. Simpan di wadah tertutup.',
  price: 45000,
  sourceUrl: 'https://shopee.co.id/Kopi-Arabika-Gayo-i.358812345.24567890123',
  shopName: 'Kopi Takengon',
  categoryPath: ['Makanan & Minuman', 'Kopi'],
};

describe('"Tambah ke etalase" in the side panel', () => {
  it('adds the pre-filled item with what the curator typed into a new showcase, with its origin and draft', async () => {
    const { model, service } = addModel(GOOD.title, GOOD);
    await model.open();
    expect(model.target.value).toBe(NEW_SHOWCASE);
    expect(model.category.value).toBe('Kopi');
    model.newTitle.value = 'Kedai Kuru';
    model.blurb.value = 'Favorit pelanggan.';
    model.waNumber.value = '+62 812 3456 7890';
    await model.save();
    const status = model.status.value;
    expect(status.kind).toBe('saved');
    if (status.kind !== 'saved') return;
    const [row] = await service.listItems(status.showcaseId);
    expect(row).toMatchObject({
      draftKey: 'shopee:item:24567890123',
      origin: { kind: 'page', url: GOOD.sourceUrl, score: model.score.value },
      item: { name: GOOD.title, category: 'Kopi', blurb: 'Favorit pelanggan.', badges: ['halal'], links: { shopee: GOOD.sourceUrl, whatsapp: { number: '+62 812 3456 7890' } } },
    });
    // The next product goes to the same showcase by default.
    await model.open();
    expect(model.target.value).toBe(status.showcaseId);
  });

  it('warns under the threshold without blocking', async () => {
    const { model } = addModel('KOPI MURAH!!! PROMO', { title: '', description: 'wa 08123456789' });
    expect(model.score.value).toBeLessThan(60);
    expect(model.warning.value?.id).toMatch(/^Skor listing ini \d+ dari 100, di bawah 60\./);
    await model.open();
    await model.save();
    expect(model.status.value.kind).toBe('saved');
    const good = addModel(GOOD.title, GOOD).model;
    expect(good.score.value).toBeGreaterThanOrEqual(60);
    expect(good.warning.value).toBeUndefined();
  });

  it('marks the fields to fix and saves nothing', async () => {
    const { model, db } = addModel(GOOD.title, GOOD);
    await model.open();
    model.newTitle.value = '  ';
    model.waNumber.value = 'hubungi saya';
    model.waMessage.value = 'x'.repeat(501);
    model.blurb.value = 'b'.repeat(601);
    await model.save();
    expect(Object.keys(model.errors.value).sort()).toEqual(['blurb', 'title', 'waNumber']);
    expect(model.errors.value.waNumber?.en).toBe('Not a valid WhatsApp number. Example: 0812-3456-7890.');
    expect(model.status.value.kind).toBe('editing');
    expect(await db.showcaseItems.count()).toBe(0);
    expect(await db.showcases.count()).toBe(0);
  });

  it('cannot add before the listing has a title', () => {
    expect(addModel('   ').model.canAdd.value).toBe(false);
  });
});

describe('the item editor form', () => {
  it('round-trips an item and reads prices the way sellers type them', () => {
    const item = {
      id: 'kopi',
      name: 'Kopi',
      price: { idr: 45000, note: 'per 250 gr' },
      seller: { name: 'Toko', city: 'Bandung' },
      tags: ['arabika', 'gayo'],
      badges: ['halal' as const],
      links: { shopee: 'https://shopee.co.id/a-i.1.2', whatsapp: { number: '0812-3456-7890', message: 'Halo' } },
    };
    expect(itemFromForm('kopi', formFromItem(item)).item).toEqual(item);
    // "Stok habis" survives an edit, and can be set or cleared in the form.
    const soldOut = { ...item, stock: 'out' as const };
    expect(formFromItem(soldOut).soldOut).toBe(true);
    expect(itemFromForm('kopi', formFromItem(soldOut)).item).toEqual(soldOut);
    expect(itemFromForm('kopi', { ...formFromItem(soldOut), soldOut: false }).item).toEqual(item);
    expect(['Rp45.000', '45.000', '45000', ' rp 45.000 '].map(parsePriceText)).toEqual([45000, 45000, 45000, 45000]);
    expect(['45rb', '4,5', '', 'Rp'].map(parsePriceText)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('names the fields to fix', () => {
    const form = formFromItem({ id: 'x', name: 'X', links: {} });
    const { item, errors } = itemFromForm('x', { ...form, name: ' ', priceIdr: 'mahal', city: 'Bandung', waMessage: 'halo' });
    expect(item).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['name', 'priceIdr', 'sellerName', 'waNumber']);
  });
});

describe('page addresses', () => {
  it.each([
    ['#/', { view: 'list' }],
    ['', { view: 'list' }],
    ['#/s/abc-1', { view: 'showcase', id: 'abc-1' }],
    ['#/print/abc-1/cards8/whatsapp', { view: 'print', id: 'abc-1', layout: 'cards8', qr: 'whatsapp' }],
    ['#/print/abc-1/huge/x', { view: 'print', id: 'abc-1', layout: 'cards4', qr: 'buy' }],
    ['#/s/%E0%A4%A', { view: 'list' }],
  ] as const)('%s', (hash, route) => {
    expect(routeFromHash(hash)).toEqual(route);
    if (route.view !== 'list') expect(routeFromHash(hashFor(route))).toEqual(route);
  });
});
