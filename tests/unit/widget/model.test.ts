import { describe, expect, it } from 'vitest';
import { createShowcaseModel } from '../../../widget/model';
import { demoFeed } from './feed-for-tests';

const origin = { base: 'https://cafe.example/etalase.json', pageOrigin: 'https://cafe.example' };

function loaded(setup?: (m: ReturnType<typeof createShowcaseModel>) => void) {
  const model = createShowcaseModel();
  setup?.(model);
  model.showFeed(demoFeed(), origin);
  return model;
}

describe('showcase model', () => {
  it('shows the first page of cards and adds a page per "Lihat lebih banyak"', () => {
    const model = loaded();
    const total = demoFeed().items.length;
    expect(model.status.value).toBe('ready');
    expect(model.matches.value).toHaveLength(total);
    expect(model.visible.value).toHaveLength(12);
    model.showMore();
    expect(model.visible.value).toHaveLength(Math.min(24, total));
  });

  it('uses `max` as the page size', () => {
    const model = loaded((m) => m.setPageSize(5));
    expect(model.visible.value).toHaveLength(5);
    model.showMore();
    expect(model.visible.value).toHaveLength(10);
  });

  it('lists categories once each, in feed order', () => {
    const model = loaded();
    expect(model.categories.value[0]).toBe('Kopi');
    expect(new Set(model.categories.value).size).toBe(model.categories.value.length);
    expect(model.categories.value).toContain('Gula Aren');
  });

  it('filters by category and applies the `category` attribute case-insensitively', () => {
    const model = loaded((m) => m.setInitialCategory('gula aren'));
    expect(model.category.value).toBe('Gula Aren');
    expect(model.matches.value.every((c) => c.category === 'Gula Aren')).toBe(true);
    expect(model.matches.value.length).toBeGreaterThan(1);
    model.setCategory('');
    expect(model.matches.value).toHaveLength(demoFeed().items.length);
  });

  it('ignores a `category` that the feed does not have', () => {
    const model = loaded((m) => m.setInitialCategory('Elektronik'));
    expect(model.category.value).toBe('');
  });

  it('searches name, category, tags, seller and place; every word must match', () => {
    const model = loaded();
    model.setQuery('kopi');
    expect(model.matches.value.map((c) => c.key)).toContain('kopi-arabika-bukit-kuru-250');
    model.setQuery('KOPI robusta');
    expect(model.matches.value.map((c) => c.key)).toEqual(['kopi-robusta-bukit-kuru-200']);
    model.setQuery('pekalongan');
    expect(model.matches.value.length).toBe(2);
    model.setQuery('oleh-oleh malang');
    expect(model.matches.value.map((c) => c.key)).toEqual(['keripik-tempe-sagu-150']);
    model.setQuery('tidak ada barang seperti ini');
    expect(model.matches.value).toEqual([]);
  });

  it('ignores the query when search is turned off', () => {
    const model = loaded();
    model.setQuery('robusta');
    model.searchEnabled.value = false;
    expect(model.matches.value).toHaveLength(demoFeed().items.length);
  });

  it('goes back to the first page when the filter changes', () => {
    const model = loaded();
    model.showMore();
    model.setQuery('a');
    expect(model.shown.value).toBe(12);
  });
});

describe('showcase model: the fresh feed replacing the saved copy', () => {
  it('keeps the visitor category and how far they scrolled', () => {
    const model = createShowcaseModel();
    model.showFeed(demoFeed(), origin);
    model.setCategory('Camilan');
    model.setPageSize(2);
    model.showMore();
    model.showFeed(demoFeed(), origin);
    expect(model.category.value).toBe('Camilan');
    expect(model.shown.value).toBe(4);
  });

  it('falls back to the initial category when the fresh feed no longer has the chosen one', () => {
    const model = createShowcaseModel();
    model.showFeed(demoFeed(), origin);
    model.setCategory('Camilan');
    const fresh = { ...demoFeed(), items: demoFeed().items.filter((i) => i.category !== 'Camilan') };
    model.showFeed(fresh, origin);
    expect(model.category.value).toBe('');
  });
});
