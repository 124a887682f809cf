import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { EXPORT_LIMITS, type ExportFile } from '../../../shared/export/schema';
import { Listing } from '../../../shared/listing/schema';
import { loadSettings, saveSettings } from '../../../extension/storage/settings';
import { canonical } from '../../../shared/drafts/same-listing';
import { fakeIndexedDB, freshService } from '../storage/helpers';
import type { DraftService } from '../../../shared/drafts/service';
import { sampleSession } from '../../fixtures/coaching/sessions';

const listing = (title: string, extra: Partial<Listing> = {}) => Listing.parse({ marketplace: 'shopee', title, ...extra });

/** A realistic set of data: drafts with history, a conflict copy, settings, a session and a showcase item. */
async function seed(service: DraftService, clock: { now: number }) {
  await service.openDraft('shopee:item:1', { original: listing('KOPI MURAH!!!', { price: 85000, attributes: { Asal: 'Aceh' } }) });
  clock.now += 1000;
  await service.saveDraft({ key: 'shopee:item:1', listing: listing('Kopi Arabika Gayo 250 gr', { price: 85000 }), baseRev: 1, editorId: 'A' });
  await service.saveDraft({ key: 'shopee:item:1', listing: listing('Kopi dari jendela lain'), baseRev: 1, editorId: 'B' });
  clock.now += 1000;
  await service.openDraft('manual:x', { listing: listing('<img src=x onerror=alert(1)> Tas Rajut "Handmade"') });
  await service.db.settings.put({ key: 'drafts.sort', value: 'score-low', updatedAt: clock.now });
  await service.db.sessions.put({ ...sampleSession({ id: 's1' }), updatedAt: clock.now, name: 'Pelatihan Bandung' });
  await service.db.showcases.put({ id: 'e1', title: 'Etalase Kedai Kuru', createdAt: clock.now, updatedAt: clock.now });
  await service.db.showcaseItems.put({ id: 'i1', showcaseId: 'e1', position: 0, item: { id: 'kopi-gayo', name: 'Kopi Gayo', links: {} }, note: 'Favorit', createdAt: clock.now, updatedAt: clock.now });
  await saveSettings({ lang: 'en' });
}

/** The export minus its timestamp, as comparable text. */
const content = (file: ExportFile) => canonical({ ...file, exportedAt: 0 });

describe('export and import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('export → wipe → import gives back exactly the same data, the panel language included', async () => {
    const { service, clock } = freshService();
    await seed(service, clock);
    const { name, text } = await service.exportFile();
    expect(name).toMatch(/^rapi-data-\d{4}-\d{2}-\d{2}\.json$/);
    const before = await service.exportAll();
    expect(before.drafts).toHaveLength(2);
    expect(before.revisions).toHaveLength(3);
    expect(before.preferences).toEqual({ lang: 'en' });

    // Wipe: a new browser profile.
    fakeBrowser.reset();
    const fresh = freshService({ idb: fakeIndexedDB() });
    const outcome = await fresh.service.importAll(new Blob([text], { type: 'application/json' }));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report).toMatchObject({ added: 2, updated: 0, unchanged: 0, conflicts: [] });
    expect(outcome.report.message.id).toMatch(/2 draf ditambahkan/);
    expect(outcome.report.message.en).toMatch(/2 drafts added/);
    expect(content(await fresh.service.exportAll())).toBe(content(before));
    expect(await loadSettings()).toEqual({ lang: 'en' });
    // Derived fields are rebuilt: search and sort work on imported drafts.
    expect((await fresh.service.listDrafts({ query: 'tas rajut' })).items.map((d) => d.key)).toEqual(['manual:x']);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { service, clock } = freshService();
    await seed(service, clock);
    const text = (await service.exportFile()).text;
    const before = content(await service.exportAll());
    const again = await service.importAll(text);
    expect(again.ok && again.report).toMatchObject({ added: 0, unchanged: 2, conflicts: [] });
    expect(content(await service.exportAll())).toBe(before);
  });

  it('takes the newer version when the file continues this device\'s draft, and keeps ours when ours is newer', async () => {
    const laptop = freshService();
    await laptop.service.openDraft('manual:k', { listing: listing('Versi 1') });
    const old = (await laptop.service.exportFile()).text;
    laptop.clock.now += 1000;
    await laptop.service.saveDraft({ key: 'manual:k', listing: listing('Versi 2'), baseRev: 1, editorId: 'p' });
    const newer = (await laptop.service.exportFile()).text;

    const phone = freshService({ idb: fakeIndexedDB() });
    await phone.service.importAll(old);
    const update = await phone.service.importAll(newer);
    expect(update.ok && update.report.updated).toBe(1);
    expect((await phone.service.findDraft('manual:k'))?.listing.title).toBe('Versi 2');

    const stale = await phone.service.importAll(old);
    expect(stale.ok && stale.report.keptNewer).toBe(1);
    expect((await phone.service.findDraft('manual:k'))?.listing.title).toBe('Versi 2');
    expect(stale.ok && stale.report.message.id).toMatch(/lebih baru/);
  });

  it('keeps both versions and says so when a draft was changed on both sides', async () => {
    const laptop = freshService();
    await laptop.service.openDraft('manual:k', { listing: listing('Awal') });
    const shared = (await laptop.service.exportFile()).text;
    const phone = freshService({ idb: fakeIndexedDB() });
    await phone.service.importAll(shared);

    laptop.clock.now += 1000;
    await laptop.service.saveDraft({ key: 'manual:k', listing: listing('Diubah di laptop'), baseRev: 1, editorId: 'l' });
    phone.clock.now += 5000; // the phone's change is the newer one
    await phone.service.saveDraft({ key: 'manual:k', listing: listing('Diubah di HP'), baseRev: 1, editorId: 'h' });

    const outcome = await laptop.service.importAll((await phone.service.exportFile()).text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.conflicts).toEqual([{ key: 'manual:k', title: 'Diubah di HP' }]);
    expect(outcome.report.message.id).toMatch(/Kedua versi disimpan/);
    expect(outcome.report.message.en).toMatch(/Both versions were kept/);
    const draft = await laptop.service.findDraft('manual:k');
    expect(draft?.listing.title).toBe('Diubah di HP'); // newer wins the current place …
    expect(draft?.conflicts.map((c) => [c.listing.title, c.source])).toEqual([['Diubah di laptop', 'import']]); // … the other is kept
    const summary = (await laptop.service.listDrafts()).items[0];
    expect(summary?.conflicts).toBe(1);

    // The older side also keeps both when it is the one importing.
    const back = await phone.service.importAll((await laptop.service.exportFile()).text);
    expect(back.ok).toBe(true);
    const onPhone = await phone.service.findDraft('manual:k');
    expect(onPhone?.listing.title).toBe('Diubah di HP');
  });

  it('merges settings, sessions and showcase items by id: newer wins', async () => {
    const a = freshService();
    await a.service.db.settings.put({ key: 'drafts.sort', value: 'updated', updatedAt: 10 });
    await a.service.db.sessions.put({ ...sampleSession({ id: 's1' }), updatedAt: 10, name: 'lama' });
    const b = freshService({ idb: fakeIndexedDB() });
    await b.service.db.settings.put({ key: 'drafts.sort', value: 'score-low', updatedAt: 20 });
    await b.service.db.sessions.put({ ...sampleSession({ id: 's1' }), updatedAt: 5, name: 'lebih lama' });
    await a.service.importAll((await b.service.exportFile()).text);
    expect((await a.service.db.settings.get('drafts.sort'))?.value).toBe('score-low');
    expect((await a.service.db.sessions.get('s1'))?.name).toBe('lama');
  });

  it('leaves the seller\'s own language choice alone when importing another device\'s', async () => {
    const a = freshService();
    await saveSettings({ lang: 'en' });
    const text = (await a.service.exportFile()).text;
    await saveSettings({ lang: 'id' });
    await a.service.importAll(text);
    expect((await loadSettings()).lang).toBe('id');
  });
});

describe('a bad file changes nothing', () => {
  beforeEach(() => fakeBrowser.reset());

  async function goodFile() {
    const { service, clock } = freshService();
    await seed(service, clock);
    return (await service.exportFile()).text;
  }

  const cases: [string, (good: string) => string, RegExp][] = [
    ['empty', () => '', /kosong/],
    ['truncated', (good) => good.slice(0, Math.floor(good.length / 2)), /rusak atau terpotong/],
    ['not JSON', () => 'PK\u0003\u0004 binary zip', /rusak atau terpotong/],
    ['another app\'s JSON', () => JSON.stringify({ hello: 'world' }), /bukan file ekspor Rapi/],
    ['a JSON array', () => '[1,2,3]', /bukan file ekspor Rapi/],
    ['a newer format', (good) => good.replace('"version":1', '"version":7'), /versi yang lebih baru/],
    ['a wrong field type', (good) => good.replace(/"rev":2/, '"rev":"2"'), /tidak sesuai format/],
    ['a draft key that is a script URL', (good) => good.replaceAll('manual:x', 'javascript:alert(1)'), /tidak sesuai format/],
    ['a revision of a draft not in the file', (good) => good.replace('"draftKey":"manual:x"', '"draftKey":"manual:zzz"'), /tidak sesuai format/],
    ['a timestamp far in the future', (good) => good.replace(/"updatedAt":\d+/, '"updatedAt":99999999999999'), /tidak sesuai format/],
  ];

  it.each(cases)('%s', async (_name, mutate, message) => {
    const good = await goodFile();
    const { service, clock } = freshService({ idb: fakeIndexedDB() });
    await service.openDraft('manual:mine', { listing: listing('Draf saya sendiri') });
    clock.now += 1;
    const before = content(await service.exportAll());
    const outcome = await service.importAll(mutate(good));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.id).toMatch(message);
    expect(outcome.problem.id).toMatch(/Tidak ada yang diubah/);
    expect(outcome.problem.en).toMatch(/Nothing was changed/);
    expect(content(await service.exportAll())).toBe(before);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { service } = freshService();
    const huge = { size: EXPORT_LIMITS.fileBytes + 1, text: () => Promise.reject(new Error('must not read')) } as unknown as Blob;
    const outcome = await service.importAll(huge);
    expect(!outcome.ok && outcome.problem.en).toMatch(/too big/);
  });

  it('drops prototype-polluting keys and keeps hostile text as inert data', async () => {
    const good = JSON.parse(await goodFile()) as ExportFile & Record<string, unknown>;
    const hostile = JSON.stringify(good).replace('"drafts":[', '"__proto__":{"polluted":true},"drafts":[').replace('"attributes":{', '"attributes":{"__proto__":{"polluted":true},');
    const { service } = freshService({ idb: fakeIndexedDB() });
    const outcome = await service.importAll(hostile);
    expect(outcome.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const xss = await service.findDraft('manual:x');
    expect(xss?.listing.title).toBe('<img src=x onerror=alert(1)> Tas Rajut "Handmade"');
  });

  it('is all or nothing when storage fails midway', async () => {
    const good = await goodFile();
    const { service, clock } = freshService({ idb: fakeIndexedDB() });
    await service.openDraft('manual:mine', { listing: listing('Draf saya sendiri') });
    clock.now += 1;
    const before = content(await service.exportAll());
    const put = service.db.revisions.bulkPut.bind(service.db.revisions);
    let calls = 0;
    service.db.revisions.bulkPut = ((...args: Parameters<typeof put>) => {
      if (++calls === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return put(...args);
    }) as typeof put;
    const outcome = await service.importAll(good);
    expect(!outcome.ok && outcome.problem.id).toMatch(/penuh/);
    service.db.revisions.bulkPut = put;
    expect(content(await service.exportAll())).toBe(before);
  });
});

describe('device facts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('neither exports nor imports whether this browser granted persistent storage', async () => {
    const a = freshService();
    await a.service.db.settings.put({ key: 'storage.persistence', value: 'granted', updatedAt: 5 });
    const file = await a.service.exportAll();
    expect(file.settings.map((s) => s.key)).not.toContain('storage.persistence');
    const b = freshService({ idb: fakeIndexedDB() });
    await b.service.db.settings.put({ key: 'storage.persistence', value: 'denied', updatedAt: 1 });
    const hostile = { ...file, settings: [{ key: 'storage.persistence', value: 'granted', updatedAt: 99 }] };
    await b.service.importAll(JSON.stringify(hostile));
    expect((await b.service.db.settings.get('storage.persistence'))?.value).toBe('denied');
  });
});
