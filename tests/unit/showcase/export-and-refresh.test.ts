import { computed, signal } from '@preact/signals';
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { parseFeedText } from '../../../shared/feed/parse';
import { prefillItem } from '../../../shared/feed/prefill';
import type { ShowcaseFeed } from '../../../shared/feed/schema';
import type { Lang } from '../../../shared/i18n/text';
import type { Listing } from '../../../shared/listing/schema';
import { createEmbedExport } from '../../../extension/showcase/models/embed-export';
import { createKeepCurrent } from '../../../extension/showcase/models/keep-current';
import { fixtureText, freshShowcases, listing } from './helpers';

const SCRIPTS = { widget: 'window.widget = 1;', page: 'window.qrPage = 1;' };

function feed(): ShowcaseFeed {
  const parsed = parseFeedText(fixtureText('showcase/kedai-kuru.json'));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.feed;
}

function exporter(loadScripts = vi.fn(async () => SCRIPTS)) {
  const { service } = freshShowcases();
  const files: { name: string; text: string; type: string }[] = [];
  const copied: string[] = [];
  const said: string[] = [];
  const lang = signal<Lang>('id');
  const model = createEmbedExport({
    service,
    current: signal(null),
    feed: signal(feed()),
    lang,
    loadScripts,
    saveFile: (name, text, type) => files.push({ name, text, type }),
    copyText: async (text) => void copied.push(text),
    say: (text) => void said.push(text.id),
  });
  return { model, files, copied, said, lang, loadScripts };
}

describe('"Pasang di situs" in Etalase saya', () => {
  it('downloads the standalone page in the page language, with the curator own intro', async () => {
    const { model, files, said, lang } = exporter();
    expect(model.choice.value).toBe('page');
    model.intro.value = 'Produk yang kami pakai di dapur.';
    lang.value = 'en';
    await model.downloadPage();
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('etalase.html');
    expect(files[0]!.type).toBe('text/html');
    const doc = new Window().document;
    doc.write(files[0]!.text);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('header p')!.textContent).toBe('Produk yang kami pakai di dapur.');
    expect([...doc.querySelectorAll('script:not([type])')].map((s) => s.textContent)).toEqual([SCRIPTS.widget, SCRIPTS.page]);
    expect(said.at(-1)).toBe('etalase.html diunduh, berisi 3 produk.');
  });

  it('the one block appears once the widget is read, and is copied whole', async () => {
    const { model, copied, loadScripts } = exporter();
    expect(loadScripts).not.toHaveBeenCalled();
    model.choose('block');
    await vi.waitFor(() => expect(model.code.value).not.toBe(''));
    expect(model.code.value.startsWith('<!-- Etalase Rapi: satu blok')).toBe(true);
    expect(model.code.value).toContain(`<script>${SCRIPTS.widget}</script>`);
    await model.copy();
    expect(copied).toEqual([model.code.value]);
    expect(loadScripts).toHaveBeenCalledTimes(1);
  });

  it('the hosted form as before, and rapi-etalase.js to upload', async () => {
    const { model, files } = exporter();
    model.choose('hosted');
    model.scriptUrl.value = 'https://kedaikuru.id/js/rapi-etalase.js';
    expect(model.code.value.split('\n')[0]).toBe('<script src="https://kedaikuru.id/js/rapi-etalase.js" defer></script>');
    await model.downloadWidget();
    expect(files).toEqual([{ name: 'rapi-etalase.js', text: SCRIPTS.widget, type: 'text/javascript' }]);
  });

  it('says plainly when the widget files are missing, and makes nothing', async () => {
    const { model, files, said } = exporter(vi.fn(async () => Promise.reject(new Error('404'))));
    await model.downloadPage();
    expect(files).toEqual([]);
    expect(said.at(-1)).toBe('File widget tidak ada di ekstensi ini. Pasang ulang Rapi, lalu coba lagi.');
    expect(model.scriptsFailed.value).toBe(true);
  });
});

describe('keeping a showcase current from the side panel', () => {
  const URL = 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123';
  const page = (overrides: Partial<Listing>) =>
    listing({ marketplace: 'shopee', sourceUrl: URL, title: 'Kopi Arabika Gayo 250 gr', price: 45000, photos: [{ src: 'https://down-id.img.susercontent.com/file/lama' }], ...overrides });

  it('offers the new price, photo and stock of a product already in a showcase, and updates it when asked', async () => {
    const { service } = freshShowcases();
    const made = await service.createShowcase({ title: 'Kedai Kuru' });
    if (!made.ok) throw new Error('showcase');
    const added = await service.addItem(made.showcase.id, { item: prefillItem(page({})), origin: { kind: 'page', url: URL } });
    if (!added.ok) throw new Error('item');
    const pageListing = signal<Listing | null>(page({ price: 48000, stock: 0 }));
    const model = createKeepCurrent(service, { pageListing: computed(() => pageListing.value) });
    await vi.waitFor(() => expect(model.stale.value).toHaveLength(1));
    expect(model.stale.value[0]!.showcaseTitle).toBe('Kedai Kuru');
    expect(model.stale.value[0]!.refresh).toEqual({ price: { before: 45000, after: 48000 }, stock: { before: undefined, after: 'out' } });

    await model.update(added.row.id);
    expect(model.status.value[added.row.id]).toEqual({ kind: 'done' });
    const [row] = await service.listItems(made.showcase.id);
    expect(row!.item.price).toEqual({ idr: 48000 });
    expect(row!.item.stock).toBe('out');

    // Another product: nothing to offer; the same product, now current: nothing either.
    pageListing.value = page({ sourceUrl: 'https://shopee.co.id/Lain-i.1.2' });
    await vi.waitFor(() => expect(model.stale.value).toEqual([]));
    pageListing.value = page({ price: 48000, stock: 0 });
    await new Promise((r) => setTimeout(r, 20));
    expect(model.stale.value).toEqual([]);
    model.dispose();
  });
});
