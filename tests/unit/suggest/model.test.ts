import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { Listing } from '../../../shared/listing/schema';
import { createSuggestionModel } from '../../../shared/ui/suggest/model';

const seblak = Listing.parse({ marketplace: 'tokopedia', title: 'Seblak Instan', description: 'Seblak kering pedas khas Bandung.', price: 15000 });

function modelFor(listing: Listing) {
  const current = signal(listing);
  const report = signal(checkListing(listing, { profile: 'tokopedia' }));
  return { model: createSuggestionModel({ listing: current, report }), current, report };
}

describe('the suggestion model behind Salin and Pakai', () => {
  it('keeps the seller\'s answers by placeholder while the suggestion follows the listing', () => {
    const { model, current, report } = modelFor(seblak);
    expect(model.filled('title', 'id')).toEqual({ text: '[merek] Seblak Instan [berat bersih] [rasa atau varian] [asal daerah]', left: ['[merek]', '[berat bersih]', '[rasa atau varian]', '[asal daerah]'] });
    model.answer('brand', { value: 'Mak Icih' });
    model.answer('origin', { removed: true });
    const edited = { ...seblak, title: 'Seblak Instan Kencur' };
    current.value = edited;
    report.value = checkListing(edited, { profile: 'tokopedia' });
    expect(model.filled('title', 'id')!.text).toMatch(/^Mak Icih Seblak Instan Kencur /);
    expect(model.filled('title', 'id')!.left).not.toContain('[merek]');
    expect(model.filled('title', 'en')!.text).toMatch(/^Mak Icih /);
  });

  it('says what the checks still find once every placeholder is answered, and nothing before', () => {
    const { model } = modelFor(seblak);
    expect(model.stillFlagged('title', 'id')).toEqual([]);
    model.answer('brand', { value: 'Mak Icih' });
    model.answer('netWeight', { value: '100 gr' });
    model.answer('flavour', { value: 'Pedas' });
    model.answer('origin', { removed: true });
    expect(model.stillFlagged('title', 'id').map((f) => f.checkId)).toEqual(['title-short-for-search']);
    model.answer('flavour', { value: 'Pedas Level 5 Daun Jeruk' });
    expect(model.stillFlagged('title', 'id')).toEqual([]);
  });

  it('says when the title is already good, and suggests nothing for it', () => {
    const good = Listing.parse({ ...seblak, title: 'Mak Icih Seblak Instan 100 gr Pedas Level 5 Daun Jeruk' });
    const { model } = modelFor(good);
    expect(model.titleGood.value).toBe(true);
    expect(model.filled('title', 'id')).toBeNull();
  });

  it('copies the filled text, and leaves it to be copied by hand when the browser refuses', async () => {
    const { model } = modelFor(seblak);
    const copied: string[] = [];
    await model.copy('title', 'Mak Icih Seblak Instan', async (t) => void copied.push(t));
    expect(copied).toEqual(['Mak Icih Seblak Instan']);
    expect(model.notice.value?.text.id).toMatch(/^Disalin/);
    await model.copy('title', 'x', () => Promise.reject(new Error('denied')));
    expect(model.notice.value).toMatchObject({ part: 'title', failed: true });
    expect(model.notice.value?.text.en).toMatch(/could not copy/);
  });
});
