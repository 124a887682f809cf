// liveQuery runs only where a global indexedDB exists (Dexie #2046); each test still gets its own fake database.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Listing } from '../../../shared/listing/schema';
import { createDraftSession, type DraftSession, type SaveStatus } from '../../../shared/drafts/draft-session';
import { type DraftService } from '../../../shared/drafts/service';
import { createExtensionDraftService } from '../../../extension/drafts/service';
import { STORAGE_PROBLEMS } from '../../../shared/storage/errors';
import { fakeIndexedDB, freshDB, freshService } from '../storage/helpers';
import { sleep, until } from '../helpers/wait';

const KEY = 'shopee:item:77';
const original = Listing.parse({ marketplace: 'shopee', title: 'kopi gayo', price: 50000 });

/** Types `text` one character at a time, as a seller would, `gapMs` apart. */
async function type(session: DraftSession, text: string, gapMs = 20) {
  for (let i = 1; i <= text.length; i++) {
    session.edit({ title: text.slice(0, i) });
    await sleep(gapMs);
  }
}

describe('autosave', () => {
  it('shows "Menyimpan…" while typing and "Tersimpan" within 500 ms of the last keystroke', async () => {
    const { service } = freshService();
    const session = createDraftSession({ service, key: KEY, init: { original } });
    await session.ready;
    expect(session.status.value).toBe('saved');
    expect(session.statusText.value).toEqual({ id: 'Tersimpan', en: 'Saved' });

    await type(session, 'Kopi Gayo');
    expect(session.statusText.value.id).toBe('Menyimpan…');
    const lastKeystroke = Date.now();
    await until(() => session.status.value === 'saved');
    expect(Date.now() - lastKeystroke).toBeLessThan(500);
    expect((await service.findDraft(KEY))?.listing.title).toBe('Kopi Gayo');
    await session.dispose();
  });

  it('saves during long uninterrupted typing, not only at the end', async () => {
    const { service } = freshService();
    const session = createDraftSession({ service, key: KEY, init: { original }, debounceMs: 200, maxWaitMs: 300 });
    await session.ready;
    await type(session, 'Kopi Arabika Gayo 250 gr Biji', 30); // ~900 ms without a 200 ms pause
    const mid = await service.findDraft(KEY);
    expect(mid!.rev).toBeGreaterThan(1);
    expect(mid!.listing.title).not.toBe('kopi gayo');
    await session.flush();
    expect((await service.findDraft(KEY))?.listing.title).toBe('Kopi Arabika Gayo 250 gr Biji');
    await session.dispose();
  });

  it('flush() stores what is on screen right away (the page is closing)', async () => {
    const { service } = freshService();
    const session = createDraftSession({ service, key: KEY, init: { original }, debounceMs: 10_000 });
    await session.ready;
    session.edit({ title: 'Ditutup sebelum jeda' });
    await session.flush();
    expect(session.status.value).toBe('saved');
    expect((await service.findDraft(KEY))?.listing.title).toBe('Ditutup sebelum jeda');
  });

  it('keeps the edit made while the draft was still opening', async () => {
    const { service } = freshService();
    const session = createDraftSession({ service, key: KEY, init: { original }, debounceMs: 20 });
    session.update(Listing.parse({ ...original, title: 'Diketik cepat' }));
    await session.ready;
    await session.flush();
    expect((await service.findDraft(KEY))?.listing.title).toBe('Diketik cepat');
  });
});

describe('when storage fails', () => {
  /** A service whose saves fail with a full disk `failures` times, then work. */
  function flaky(real: DraftService, failures: number) {
    let left = failures;
    const calls: string[] = [];
    const service: DraftService = {
      ...real,
      async saveDraft(input) {
        calls.push(String(input.listing.title));
        if (left-- > 0) throw Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') });
        return real.saveDraft(input);
      },
    };
    return { service, calls };
  }

  it('explains a full disk plainly, keeps the text in memory, and retries until it is saved', async () => {
    const { service: real } = freshService();
    const { service, calls } = flaky(real, 2);
    const statuses: SaveStatus[] = [];
    const session = createDraftSession({ service, key: KEY, init: { original }, debounceMs: 10, retryMs: [30, 30] });
    await session.ready;
    session.edit({ title: 'Judul yang tidak boleh hilang' });
    await until(() => session.status.value === 'error');
    statuses.push(session.status.value);
    expect(session.statusText.value).toEqual(STORAGE_PROBLEMS.quota);
    expect(session.statusText.value.id).toMatch(/penuh/);
    expect(session.statusText.value.en).toMatch(/storage is full/);
    expect(session.listing.value?.title).toBe('Judul yang tidak boleh hilang');
    await until(() => session.status.value === 'saved');
    expect(calls).toEqual(['Judul yang tidak boleh hilang', 'Judul yang tidak boleh hilang', 'Judul yang tidak boleh hilang']);
    expect((await real.findDraft(KEY))?.listing.title).toBe('Judul yang tidak boleh hilang');
    expect(session.problem.value).toBeNull();
    await session.dispose();
  });

  it('keeps every keystroke made while saves were failing', async () => {
    const { service: real } = freshService();
    const { service } = flaky(real, 1);
    const session = createDraftSession({ service, key: KEY, init: { original }, debounceMs: 10, retryMs: [200] });
    await session.ready;
    session.edit({ title: 'A' });
    await until(() => session.status.value === 'error');
    session.edit({ title: 'AB' }); // typed while the error shows: saved on the next try
    await until(() => session.status.value === 'saved');
    expect((await real.findDraft(KEY))?.listing.title).toBe('AB');
  });

  it('still lets the seller type when the database cannot even open', async () => {
    const { service: real } = freshService();
    const broken: DraftService = { ...real, openDraft: () => Promise.reject(new Error('open failed')) };
    const session = createDraftSession({ service: broken, key: KEY, init: { original } });
    await session.ready;
    expect(session.status.value).toBe('error');
    expect(session.statusText.value).toEqual(STORAGE_PROBLEMS.failed);
    expect(session.listing.value?.title).toBe('kopi gayo');
  });

  it('says what is wrong with a listing that cannot be stored, without retrying in a loop', async () => {
    const { service } = freshService();
    const session = createDraftSession({ service, key: KEY, init: { original }, debounceMs: 10 });
    await session.ready;
    session.edit({ price: -1 });
    await until(() => session.status.value === 'error');
    expect(session.statusText.value.id).toMatch(/tidak bisa disimpan/);
    session.edit({ price: 1 });
    await until(() => session.status.value === 'saved');
    expect((await service.findDraft(KEY))?.listing.price).toBe(1);
  });
});

describe('two windows', () => {
  /** Two pages of the extension: two connections to one database, as two side panels would have. */
  function twoWindows() {
    const idb = fakeIndexedDB();
    const clock = { now: Date.UTC(2026, 4, 14, 5) };
    const a = createExtensionDraftService(freshDB(idb), { now: () => clock.now });
    const b = createExtensionDraftService(freshDB(idb), { now: () => clock.now });
    return { a, b, clock };
  }

  it('turns the second window\'s save into a choice, keeping both versions, and follows the choice', async () => {
    const { a, b } = twoWindows();
    const left = createDraftSession({ service: a, key: KEY, init: { original }, debounceMs: 10 });
    await left.ready;
    const right = createDraftSession({ service: b, key: KEY, init: { original }, debounceMs: 10 });
    await right.ready;

    left.edit({ title: 'Kopi Gayo dari kiri' });
    await until(() => left.status.value === 'saved' && (right.draft.value?.rev ?? 0) >= 2);
    // The right window had nothing unsaved, so it shows the newer version.
    expect(right.listing.value?.title).toBe('Kopi Gayo dari kiri');

    // Both type before seeing each other's save: a real conflict.
    right.edit({ title: 'Kopi Gayo dari kanan' });
    left.edit({ title: 'Kopi Gayo dari kiri, versi 2' });
    await until(() => left.status.value === 'conflict' || right.status.value === 'conflict');
    const loser = left.status.value === 'conflict' ? left : right;
    const winner = loser === left ? right : left;
    expect(loser.statusText.value.id).toMatch(/jendela lain/);
    const stored = await a.findDraft(KEY);
    expect(stored?.conflicts).toHaveLength(1);
    expect([stored!.listing.title, stored!.conflicts[0]!.listing.title].sort()).toEqual(['Kopi Gayo dari kanan', 'Kopi Gayo dari kiri, versi 2']);
    expect(loser.conflict.value).toMatchObject({ own: true });

    // The other window is told too, and the seller chooses there.
    await until(() => winner.conflict.value !== null);
    expect(winner.conflict.value?.own).toBe(false);
    const loserText = loser.listing.value!.title;
    await winner.choose('theirs');
    expect(winner.listing.value?.title).toBe(loserText);
    expect((await a.findDraft(KEY))?.listing.title).toBe(loserText);
    expect((await a.findDraft(KEY))?.conflicts).toEqual([]);
    await until(() => loser.status.value === 'saved');
    expect(loser.conflict.value).toBeNull();
    await left.dispose();
    await right.dispose();
  });

  it('"keep mine" in the window whose save was refused makes its text the current version', async () => {
    const { a, b } = twoWindows();
    await a.openDraft(KEY, { original });
    const right = createDraftSession({ service: b, key: KEY, watch: false, debounceMs: 10 });
    await right.ready;
    await a.saveDraft({ key: KEY, listing: { ...original, title: 'Lain' }, baseRev: 1, editorId: 'other' });
    right.edit({ title: 'Punya saya' });
    await until(() => right.status.value === 'conflict');
    await right.choose('mine');
    expect(right.status.value).toBe('saved');
    const stored = await a.findDraft(KEY);
    expect(stored?.listing.title).toBe('Punya saya');
    expect(stored?.conflicts).toEqual([]);
    right.edit({ title: 'Punya saya lagi' });
    await until(() => right.status.value === 'saved');
    expect((await a.findDraft(KEY))?.listing.title).toBe('Punya saya lagi');
  });

  it('restores an earlier revision as the new current version', async () => {
    const { service } = freshService();
    const session = createDraftSession({ service, key: KEY, init: { original }, debounceMs: 10 });
    await session.ready;
    session.edit({ title: 'Kedua' });
    await session.flush();
    session.edit({ title: 'Ketiga' });
    await session.flush();
    await session.restore(1);
    expect(session.listing.value?.title).toBe('kopi gayo');
    expect(session.status.value).toBe('saved');
    expect((await service.findDraft(KEY))?.rev).toBe(4);
    expect(session.replaced.value).toBeGreaterThan(0);
    await session.dispose();
  });
});
