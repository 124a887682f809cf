// liveQuery runs only where a global indexedDB exists (Dexie #2046); each test still gets its own fake database.
import 'fake-indexeddb/auto';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../shared/drafts/service';
import { Listing } from '../../../shared/listing/schema';
import { createStoredLangModel } from '../../../shared/ui/lang-model';
import { createPhoneModel } from '../../../web/app/model';
import { localSettingsStore, webPreferences } from '../../../web/app/settings';
import type { SharedItem } from '../../../web/share/inbox';
import { SHARE_PROBLEMS } from '../../../web/share/receive';
import { sleep, until } from '../helpers/wait';
import { freshDB, memoryStorage } from '../storage/helpers';

/** The page's address and history, in memory. */
function fakeAddress(hash = '', search = '') {
  const where = { hash, pathname: '/rapi/', search };
  const move = (_: unknown, __: string, url?: string | URL | null) => {
    const next = new URL(String(url ?? ''), `https://situs.id${where.pathname}${where.search}${where.hash}`);
    where.hash = next.hash;
    where.search = next.search;
  };
  return { where, history: { pushState: move, replaceState: move } };
}

function rig(options: { hash?: string; search?: string; storage?: Storage; shares?: Record<string, SharedItem>; photos?: Parameters<typeof createPhoneModel>[0]['photos'] } = {}) {
  const storage = options.storage ?? memoryStorage();
  const db = freshDB();
  const service = createDraftService(db, { preferences: webPreferences(storage) });
  const address = fakeAddress(options.hash, options.search);
  const shares = { ...options.shares };
  const model = createPhoneModel({
    service,
    lang: createStoredLangModel(localSettingsStore(storage), 'id'),
    location: address.where,
    history: address.history,
    storage,
    ...(options.photos ? { photos: options.photos } : {}),
    takeShare: async (id) => {
      const item = shares[id] ?? null;
      delete shares[id];
      return item;
    },
  });
  return { model, service, storage, address, db };
}

const draftCount = async (service: ReturnType<typeof rig>['service']) => (await service.listDrafts()).items.length;

describe('Rapi di HP: the listing typed on the phone is a draft', () => {
  it('an untouched form makes no draft; the first change makes one and everything typed goes into it', async () => {
    const { model, service, address } = rig();
    await model.start();
    const { editor } = model.check;
    model.check.chooseMarketplace('shopee');
    await sleep(50);
    expect(await draftCount(service)).toBe(0);

    editor.edit('title', 'Kopi');
    editor.edit('title', 'Kopi Arabika Gayo'); // still typing while the draft is being made
    editor.edit('price', 'Rp25.000');
    await until(() => model.check.draft.value !== null);
    expect(address.where.hash).toMatch(/^#draft=manual%3A/);
    await until(() => model.check.draft.value?.status.value === 'saved');
    await model.flush();
    const [saved] = (await service.listDrafts()).items;
    const draft = await service.findDraft(saved!.key);
    expect(draft?.listing).toMatchObject({ marketplace: 'shopee', title: 'Kopi Arabika Gayo', price: 25000 });
    expect(await draftCount(service)).toBe(1);
    model.dispose();
  });

  it('opens again at the last draft, with what was typed, after the page is closed', async () => {
    const storage = memoryStorage();
    const first = rig({ storage });
    await first.model.start();
    first.model.check.editor.edit('title', 'Sambal Bawang 200 gr');
    await until(() => first.model.check.draft.value?.status.value === 'saved');
    await first.model.flush();
    first.model.dispose();

    // The same browser storage, a new page at the bare address (as from the home-screen icon).
    const second = rig({ storage });
    const service = createDraftService(first.db, { preferences: webPreferences(storage) });
    const reopened = createPhoneModel({
      service,
      lang: createStoredLangModel(localSettingsStore(storage), 'id'),
      location: second.address.where,
      history: second.address.history,
      storage,
    });
    await reopened.start();
    await until(() => reopened.check.editor.text('title') === 'Sambal Bawang 200 gr');
    expect(reopened.route.value).toMatchObject({ screen: 'check', key: expect.stringMatching(/^manual:/) });
    reopened.dispose();
    second.model.dispose();
  });

  it('shows a restored revision in the form', async () => {
    const { model } = rig();
    await model.start();
    model.check.editor.edit('title', 'Versi satu');
    await until(() => model.check.draft.value?.status.value === 'saved');
    await model.flush();
    const session = model.check.draft.value!;
    model.check.editor.edit('title', 'Versi dua');
    await until(() => session.listing.value?.title === 'Versi dua');
    await session.flush();
    await session.restore(1);
    await until(() => model.check.editor.text('title') === 'Versi satu');
    model.dispose();
  });

  it('"Draf baru" in Draf saya is the empty form, not an empty draft', async () => {
    const { model, service } = rig();
    await model.start();
    model.go({ screen: 'drafts' });
    await model.drafts.newDraft();
    expect(model.route.value).toEqual({ screen: 'check' });
    expect(model.check.editor.text('title')).toBe('');
    expect(await draftCount(service)).toBe(0);
    model.dispose();
  });
});

describe('shares into Rapi', () => {
  const share = (fields: Partial<SharedItem>): SharedItem => ({ id: 'x', receivedAt: 1, files: [], skipped: [], ...fields });

  it('a short link in the text labels a new draft and sets its marketplace, and the address forgets the share', async () => {
    const { model, service, address } = rig({
      search: '?share=s1',
      shares: { s1: share({ text: 'Cek Kopi Gayo di Tokopedia! https://tokopedia.link/za5nBXCtM7' }) },
    });
    await model.start();
    expect(address.where.search).toBe('');
    const key = model.share.note.value?.draftKey;
    expect(key).toMatch(/^manual:/);
    const draft = await service.findDraft(key!);
    expect(draft?.listing).toMatchObject({ marketplace: 'tokopedia', sourceUrl: 'https://tokopedia.link/za5nBXCtM7', title: '' });
    expect(model.share.note.value?.words).toBe('Cek Kopi Gayo di Tokopedia!');
    await until(() => model.check.marketplace.value === 'tokopedia');
    model.dispose();
  });

  it('a product page link finds that product\'s draft again, as the extension keys it', async () => {
    const shares = {
      a: share({ url: 'https://shopee.co.id/Kopi-i.11.22' }),
      b: share({ text: 'https://shopee.co.id/product/11/22' }),
    };
    const { model, service } = rig({ search: '?share=a', shares });
    await model.start();
    expect(model.share.note.value?.draftKey).toBe('shopee:item:22');
    const again = await model.share.receive('b');
    expect(again).toBe('shopee:item:22');
    expect(await draftCount(service)).toBe(1);
    model.dispose();
  });

  it('says plainly when a share could not be kept or was already opened', async () => {
    const failed = rig({ search: '?share=failed' });
    await failed.model.start();
    expect(failed.model.share.problem.value).toEqual(SHARE_PROBLEMS.failed);
    failed.model.dispose();
    const gone = rig({ search: '?share=old' });
    await gone.model.start();
    expect(gone.model.share.problem.value).toEqual(SHARE_PROBLEMS.gone);
    expect(await draftCount(gone.service)).toBe(0);
    gone.model.dispose();
  });

  it('shared photos join the draft once it is open', async () => {
    const photo = new File([new Uint8Array(100)], 'kopi.jpg', { type: 'image/jpeg' });
    const { model } = rig({ search: '?share=p', shares: { p: share({ text: 'https://shope.ee/abc', files: [photo] }) } });
    await model.start();
    await until(() => (model.check.editor.listing.value.photos?.length ?? 0) === 1);
    expect(model.check.editor.droppedFiles.value).toEqual([photo]);
    expect(Listing.parse(model.check.editor.listing.value).photos?.[0]).toMatchObject({ src: 'kopi.jpg', bytes: 100, mime: 'image/jpeg' });
    model.dispose();
  });
});

describe('Rapi di HP: "Usulan Rapi" on the listing being checked', () => {
  it('follows what is typed, keeps the answers to its placeholders across screens, and the drafts page checks nothing twice', async () => {
    const { model } = rig();
    await model.start();
    const { editor, suggestions } = model.check;
    model.check.chooseMarketplace('shopee');
    editor.edit('title', 'KERIPIK PISANG MURAH!!!');
    await until(() => suggestions.suggestion.value?.title !== null && suggestions.suggestion.value?.title !== undefined);
    expect(suggestions.suggestion.value!.title!.id).toBe('Keripik Pisang [berat bersih] [rasa atau varian]');
    suggestions.answer('netWeight', { value: '250 gr' });
    suggestions.answer('flavour', { removed: true });
    expect(suggestions.filled('title', 'id')).toEqual({ text: 'Keripik Pisang 250 gr', left: [] });

    await until(() => model.check.draft.value !== null);
    const key = model.check.draft.peek()!.key;
    model.go({ screen: 'drafts' });
    model.go({ screen: 'check', key });
    await until(() => model.check.draft.value?.key === key);
    expect(suggestions.filled('title', 'id')?.text).toBe('Keripik Pisang 250 gr');
    // The phone has its own checklist: the shared drafts page makes no second review of the open draft.
    expect(model.drafts.review.value).toBeNull();

    editor.edit('title', 'KERIPIK SINGKONG MURAH!!!');
    await until(() => suggestions.suggestion.value?.title?.id.startsWith('Keripik Singkong') === true);
    model.dispose();
  });

  it('takes the net weight read on a photo label into the suggested title, as the panel does', async () => {
    const texts = signal<string[]>([]);
    const { model } = rig({ photos: () => ({ findings: signal([]), measuredIndexes: signal([]), texts }) });
    await model.start();
    const { editor, suggestions } = model.check;
    model.check.chooseMarketplace('shopee');
    editor.edit('title', 'KERIPIK PISANG MURAH!!!');
    await until(() => suggestions.suggestion.value?.title?.id !== undefined);
    expect(suggestions.suggestion.value!.title!.id).toContain('[berat bersih]');
    texts.value = ['KERIPIK PISANG\nNetto 250 g\nP-IRT'];
    await until(() => suggestions.suggestion.value?.title?.id.includes('250 g') === true);
    expect(suggestions.suggestion.value!.title!.id).not.toContain('[berat bersih]');
    model.dispose();
  });
});
