// liveQuery runs only where a global indexedDB exists (Dexie #2046); each test still gets its own fake database.
import 'fake-indexeddb/auto';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { Listing } from '../../../shared/listing/schema';
import type { PageInfo } from '../../../shared/marketplaces/types';
import { storageJournal, type Journal } from '../../../extension/drafts/journal';
import { createDraftService, type DraftKey, type DraftService } from '../../../extension/drafts/service';
import type { FormValues, WriteResult } from '../../../extension/messaging/protocol';
import { MessageError } from '../../../extension/messaging/service';
import { createListingEditor, type EditorBase } from '../../../extension/kit/listing-editor';
import { createPanelDrafts } from '../../../extension/drafts/models/panel-drafts';
import type { KeyMemory } from '../../../extension/drafts/models/manual-key-memory';
import { createReportModel } from '../../../shared/ui/checklist/report';
import { fakeIndexedDB, freshDB, memoryStorage, type FakeIDB } from '../storage/helpers';
import { sleep, until } from '../helpers/wait';

const FORM: PageInfo = { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' };
const FORM_KEY = 'shopee:form:shopee-seller:new';
const PRODUCT: PageInfo = { site: 'shopee', kind: 'product', itemId: '123', shopId: '456' };

const formListing = Listing.parse({ marketplace: 'shopee', title: 'Kopi Gayo', description: 'Kopi arabika dari Gayo.', price: 45000, stock: 120, weightGrams: 300 });
const formBase: EditorBase = { key: 'tab7|shopee|seller-form|form', listing: formListing, fields: { title: 'read', description: 'read', price: 'read', stock: 'read', weightGrams: 'read' }, problems: [], loginWall: false };
const productBase: EditorBase = {
  key: 'tab7|shopee|product|123',
  listing: Listing.parse({ marketplace: 'shopee', title: 'KOPI MURAH', price: 30000 }),
  fields: { title: 'read', price: 'read' },
  problems: [],
  loginWall: false,
};

const NEW_TITLE = 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast';
const NEW_DESCRIPTION = 'Kopi arabika dari dataran tinggi Gayo, Aceh.\nBerat bersih: 250 gr';

function memoryKeys(): KeyMemory {
  let key: DraftKey | null = null;
  return { get: () => key, set: (k) => void (key = k) };
}

/** What the browser keeps between panels: one IndexedDB, one localStorage (journal and the manual key). */
function device() {
  const idb = fakeIndexedDB();
  const storage = memoryStorage();
  return { idb, journal: storageJournal(storage), memory: memoryKeys(), writes: [] as FormValues[] };
}
type Device = ReturnType<typeof device>;

/**
 * One side panel: its own database connection, editor and drafts model, on the same device. `write` stands in
 * for the seller form (what the content script's applyToSellerForm answers).
 */
function openPanel(
  dev: Device,
  options: { page?: PageInfo | null; base?: EditorBase; debounceMs?: number; write?: (v: FormValues) => Promise<WriteResult>; journal?: Journal } = {},
) {
  const service: DraftService = createDraftService(freshDB(dev.idb as FakeIDB));
  const editor = createListingEditor();
  const page = signal<PageInfo | null>(null);
  const report = createReportModel(editor.listing);
  const drafts = createPanelDrafts({
    service,
    editor,
    page,
    report: report.report,
    journal: options.journal ?? dev.journal,
    memory: dev.memory,
    timing: { debounceMs: options.debounceMs ?? 20, maxWaitMs: options.debounceMs ?? 2000 },
    writeForm:
      options.write ??
      (async (values) => {
        dev.writes.push(values);
        return { applied: Object.keys(values), missing: [], problems: [] };
      }),
  });
  // As the panel does: the page arrives after the panel opened.
  if (options.page !== null) {
    page.value = options.page ?? FORM;
    editor.load(options.base ?? formBase);
  }
  return { service, editor, page, report, drafts };
}
type Panel = ReturnType<typeof openPanel>;

const statusOf = (panel: Panel) => panel.drafts.session.value?.status.value;

/** Types like a person; returns right after the last keystroke (no pause after it), so "Saving…" can be seen. */
async function typeTitle(panel: Panel, text: string, gapMs = 15) {
  for (let i = 1; i <= text.length; i++) {
    if (i > 1) await sleep(gapMs);
    panel.editor.edit('title', text.slice(0, i));
  }
}

describe('drafts in the side panel', () => {
  it('opens no draft just for looking; the first edit opens one and autosaves within 500 ms ("Menyimpan…" → "Tersimpan")', async () => {
    const dev = device();
    const panel = openPanel(dev, { debounceMs: 300 });
    await sleep(50);
    expect(panel.drafts.session.value).toBeNull();
    expect(panel.drafts.offer.value).toBeNull();
    expect(await panel.service.findDraft(FORM_KEY)).toBeNull();

    await typeTitle(panel, 'Kopi Arabika Gayo', 20);
    expect(panel.drafts.session.value?.key).toBe(FORM_KEY);
    expect(panel.drafts.session.value?.statusText.value).toEqual({ id: 'Menyimpan…', en: 'Saving…' });
    const last = Date.now();
    await until(() => statusOf(panel) === 'saved');
    expect(Date.now() - last).toBeLessThan(500);
    expect(panel.drafts.session.value?.statusText.value.id).toBe('Tersimpan');

    const stored = await panel.service.findDraft(FORM_KEY);
    expect(stored?.listing.title).toBe('Kopi Arabika Gayo');
    // The page as read is kept as the original: the compare view scores it as "before".
    expect(stored?.original).toEqual(formListing);
    expect(panel.drafts.compare.value).toEqual({
      before: checkListing(formListing).score,
      after: checkListing({ ...formListing, title: 'Kopi Arabika Gayo' }).score,
    });
    panel.drafts.dispose();
  });

  it('offers "Lanjutkan draf" on reopening, and continuing shows the draft\'s text as the seller\'s edits (no new revision)', async () => {
    const dev = device();
    const first = openPanel(dev);
    first.editor.edit('title', NEW_TITLE);
    first.editor.edit('description', NEW_DESCRIPTION);
    await until(() => statusOf(first) === 'saved');
    const savedRev = (await first.service.findDraft(FORM_KEY))!.rev;
    first.drafts.dispose();

    const again = openPanel(dev);
    expect(again.editor.text('title')).toBe('Kopi Gayo'); // the form as it is: nothing applied behind the seller's back
    await until(() => again.drafts.offer.value !== null);
    expect(again.drafts.offer.value).toMatchObject({ key: FORM_KEY, title: NEW_TITLE, manual: false });
    again.drafts.continueDraft();
    expect(again.editor.text('title')).toBe(NEW_TITLE);
    expect(again.editor.text('description')).toBe(NEW_DESCRIPTION);
    expect(again.editor.stateOf('title')).toBe('edited');
    expect(again.editor.stateOf('price')).toBe('read');
    expect(again.drafts.offer.value).toBeNull();
    await until(() => statusOf(again) === 'saved');
    await sleep(60);
    expect((await again.service.findDraft(FORM_KEY))!.rev).toBe(savedRev);

    again.editor.edit('price', 'Rp52.000');
    await until(() => statusOf(again) === 'pending' || statusOf(again) === 'saving');
    await until(() => statusOf(again) === 'saved');
    expect((await again.service.findDraft(FORM_KEY))!.listing).toMatchObject({ title: NEW_TITLE, price: 52000 });
    again.drafts.dispose();
  });

  it('typing without continuing starts from the page: a new version, the earlier one kept in the history', async () => {
    const dev = device();
    const first = openPanel(dev);
    first.editor.edit('title', NEW_TITLE);
    await until(() => statusOf(first) === 'saved');
    first.drafts.dispose();

    const again = openPanel(dev);
    await until(() => again.drafts.offer.value !== null);
    again.editor.edit('stock', '7');
    expect(again.drafts.startedOver.value).toBe(FORM_KEY);
    await until(() => statusOf(again) === 'saved');
    const stored = await again.service.findDraft(FORM_KEY);
    expect(stored?.listing).toMatchObject({ title: 'Kopi Gayo', stock: 7 });
    const titles = (await again.service.listRevisions(FORM_KEY)).map((r) => r.listing.title);
    expect(titles).toContain(NEW_TITLE);
    again.drafts.dispose();
  });

  it('recovers text typed just before the panel closed (journal), and offers it', async () => {
    const dev = device();
    const first = openPanel(dev, { debounceMs: 60_000 });
    first.editor.edit('title', 'Kopi');
    await until(() => statusOf(first) === 'pending'); // the draft is open (revision 1: the page)
    first.editor.edit('title', NEW_TITLE);
    // The panel is gone before the autosave pause ended: no flush, no dispose. The draft holds only the page.
    await sleep(50);
    expect((await first.service.findDraft(FORM_KEY))?.listing.title).toBe('Kopi Gayo');

    const again = openPanel(dev);
    await until(() => again.drafts.offer.value !== null);
    expect(again.drafts.offer.value?.title).toBe(NEW_TITLE);
    expect((await again.service.findDraft(FORM_KEY))?.listing.title).toBe(NEW_TITLE);
    again.drafts.dispose();
  });

  it('a newer version saved by another panel is shown here when this one has nothing unsaved', async () => {
    const dev = device();
    const left = openPanel(dev);
    const right = openPanel(dev);
    left.editor.edit('title', 'Kopi Gayo dari kiri');
    await until(() => statusOf(left) === 'saved');
    await until(() => right.drafts.offer.value !== null);
    right.drafts.continueDraft();
    await until(() => statusOf(right) === 'saved');

    left.editor.edit('description', 'Deskripsi dari kiri');
    await until(() => right.editor.text('description') === 'Deskripsi dari kiri');
    expect(right.editor.text('title')).toBe('Kopi Gayo dari kiri');
    await sleep(80);
    // Showing it did not save it back as yet another revision.
    expect(right.drafts.session.value?.conflict.value).toBeNull();
    const revs = (await left.service.listRevisions(FORM_KEY)).length;
    await sleep(80);
    expect((await left.service.listRevisions(FORM_KEY)).length).toBe(revs);
    left.drafts.dispose();
    right.drafts.dispose();
  });

  it('two panels typing at once: both versions kept, the choice is shown, and choosing updates the editor', async () => {
    const dev = device();
    const left = openPanel(dev);
    left.editor.edit('title', 'Kopi Gayo versi awal');
    await until(() => statusOf(left) === 'saved');
    const right = openPanel(dev, { debounceMs: 400 });
    await until(() => right.drafts.offer.value !== null);
    right.drafts.continueDraft();
    await until(() => statusOf(right) === 'saved');

    // Right types and waits for its pause; meanwhile left saves a newer revision.
    right.editor.edit('title', 'Kopi Gayo dari kanan');
    left.editor.edit('title', 'Kopi Gayo dari kiri');
    await until(() => right.drafts.session.value?.conflict.value != null || left.drafts.session.value?.conflict.value != null, 4000);
    const loser = right.drafts.session.value?.conflict.value ? right : left;
    const winner = loser === right ? left : right;
    const conflict = loser.drafts.session.value!.conflict.value!;
    expect([conflict.mine.title, conflict.theirs.title].sort()).toEqual(['Kopi Gayo dari kanan', 'Kopi Gayo dari kiri']);
    expect(loser.drafts.session.value!.statusText.value.id).toMatch(/jendela lain/);
    const theirs = conflict.theirs.title;

    await loser.drafts.session.value!.choose('theirs');
    expect(loser.editor.text('title')).toBe(theirs);
    const stored = await loser.service.findDraft(FORM_KEY);
    expect(stored?.listing.title).toBe(theirs);
    expect(stored?.conflicts).toEqual([]);
    await until(() => winner.drafts.session.value?.conflict.value === null);
    left.drafts.dispose();
    right.drafts.dispose();
  });

  it('offers a draft whose text matches the page when another version waits beside it, and shows the choice', async () => {
    const dev = device();
    const setup = createDraftService(freshDB(dev.idb as FakeIDB));
    await setup.openDraft(FORM_KEY, { original: formListing });
    // A window that started before revision 1 existed saved its text: kept beside it, not over it.
    const other = await setup.saveDraft({ key: FORM_KEY, listing: { ...formListing, title: NEW_TITLE }, baseRev: 0, editorId: 'closed-window' });
    expect(other.status).toBe('conflict');

    const panel = openPanel(dev);
    await until(() => panel.drafts.offer.value !== null);
    expect(panel.drafts.offer.value).toMatchObject({ versions: 2 });
    panel.drafts.continueDraft();
    await until(() => panel.drafts.session.value?.conflict.value != null);
    expect(panel.drafts.session.value!.conflict.value).toMatchObject({ own: false, theirs: { title: NEW_TITLE } });
    await panel.drafts.session.value!.choose('theirs');
    expect(panel.editor.text('title')).toBe(NEW_TITLE);
    expect((await setup.findDraft(FORM_KEY))?.conflicts).toEqual([]);
    panel.drafts.dispose();
  });

  it('manual mode: each listing typed by hand is its own draft, and the last one is offered next time', async () => {
    const dev = device();
    const first = openPanel(dev, { page: null });
    expect(first.editor.manual.value).toBe(true);
    first.editor.edit('title', 'Keripik Tempe Pedas 100 gr');
    await until(() => statusOf(first) === 'saved');
    const key = first.drafts.session.value!.key;
    expect(key).toMatch(/^manual:/);
    expect(dev.memory.get()).toBe(key);
    first.drafts.dispose();

    const again = openPanel(dev, { page: null });
    await until(() => again.drafts.offer.value !== null);
    expect(again.drafts.offer.value).toMatchObject({ key, manual: true, title: 'Keripik Tempe Pedas 100 gr' });
    again.drafts.continueDraft();
    expect(again.editor.text('title')).toBe('Keripik Tempe Pedas 100 gr');
    expect(again.drafts.session.value?.key).toBe(key);
    again.drafts.dispose();

    // Typing without continuing is a new product: a new draft; the earlier one is untouched.
    const third = openPanel(dev, { page: null });
    await until(() => third.drafts.offer.value !== null);
    third.editor.edit('title', 'Sambal Roa 200 gr');
    await until(() => statusOf(third) === 'saved');
    expect(third.drafts.session.value?.key).not.toBe(key);
    expect(third.drafts.startedOver.value).toBeNull();
    expect((await third.service.findDraft(key))?.listing.title).toBe('Keripik Tempe Pedas 100 gr');
    third.drafts.dispose();
  });

  it('another page ends the draft (saving it first); that page\'s values never go into the previous draft', async () => {
    const dev = device();
    const panel = openPanel(dev, { debounceMs: 10_000 });
    panel.editor.edit('title', NEW_TITLE);
    await until(() => statusOf(panel) === 'pending');
    panel.page.value = PRODUCT;
    panel.editor.load(productBase);
    await until(() => panel.drafts.session.value === null);
    await sleep(100);
    expect((await panel.service.findDraft(FORM_KEY))?.listing.title).toBe(NEW_TITLE);
    expect(await panel.service.findDraft('shopee:item:123')).toBeNull();
    panel.editor.edit('title', 'Kopi Gayo 250 gr');
    await until(() => statusOf(panel) === 'pending');
    expect(panel.drafts.session.value?.key).toBe('shopee:item:123');
    await panel.drafts.flush();
    expect((await panel.service.findDraft('shopee:item:123'))?.listing.title).toBe('Kopi Gayo 250 gr');
    expect((await panel.service.findDraft(FORM_KEY))?.listing.title).toBe(NEW_TITLE);
    panel.drafts.dispose();
  });
});

describe('"Terapkan ke formulir"', () => {
  it('sends the draft\'s title, description, price, stock and weight, stored first; edits settle once the form holds them', async () => {
    const dev = device();
    const panel = openPanel(dev, { debounceMs: 10_000 });
    panel.editor.edit('title', NEW_TITLE);
    panel.editor.edit('description', NEW_DESCRIPTION);
    panel.editor.edit('weightGrams', '1,5 kg');
    await panel.drafts.applyToForm();
    expect(dev.writes).toEqual([{ title: NEW_TITLE, description: NEW_DESCRIPTION, price: 45000, stock: 120, weightGrams: 1500 }]);
    // Stored before it went into the form, without waiting for the autosave pause.
    expect((await panel.service.findDraft(FORM_KEY))?.listing).toMatchObject({ title: NEW_TITLE, weightGrams: 1500 });
    expect(panel.drafts.applyOutcome.value).toMatchObject({ kind: 'written', applied: ['title', 'description', 'price', 'stock', 'weightGrams'] });

    // Until the form is read again the edits stay (the panel never shows the form's old values meanwhile).
    expect(panel.editor.stateOf('title')).toBe('edited');
    panel.editor.load({ ...formBase, listing: { ...formListing, title: NEW_TITLE, description: NEW_DESCRIPTION, weightGrams: 1500 } });
    expect(panel.editor.stateOf('title')).toBe('read');
    expect(panel.editor.stateOf('weightGrams')).toBe('read');
    await sleep(80);
    expect((await panel.service.findDraft(FORM_KEY))?.listing).toMatchObject({ title: NEW_TITLE, description: NEW_DESCRIPTION, weightGrams: 1500 });
    panel.drafts.dispose();
  });

  it('names the fields the form does not have, as the content script reports them', async () => {
    const dev = device();
    const missing = { id: 'Rapi tidak menemukan kolom harga dan stok di formulir ini.', en: 'Rapi did not find the price and stock field in this form.' };
    const panel = openPanel(dev, {
      write: async (values) => ({ applied: Object.keys(values).filter((f) => f !== 'price' && f !== 'stock'), missing: ['price', 'stock'], problems: [missing] }),
    });
    panel.editor.edit('title', NEW_TITLE);
    await panel.drafts.applyToForm();
    expect(panel.drafts.applyOutcome.value).toEqual({
      kind: 'written',
      applied: ['title', 'description', 'weightGrams'],
      missing: ['price', 'stock'],
      problems: [missing],
    });
    panel.drafts.dispose();
  });

  it('says plainly when the form could not be reached, and keeps the seller\'s text', async () => {
    const dev = device();
    const refused = { id: 'Tab ditutup.', en: 'The tab was closed.' };
    const panel = openPanel(dev, {
      write: async () => {
        throw new MessageError(refused);
      },
    });
    panel.editor.edit('title', NEW_TITLE);
    await panel.drafts.applyToForm();
    expect(panel.drafts.applyOutcome.value).toMatchObject({ kind: 'written', applied: [], problems: [refused] });
    expect(panel.editor.text('title')).toBe(NEW_TITLE);

    const broken = openPanel(device(), {
      write: async () => {
        throw new TypeError('boom');
      },
    });
    broken.editor.edit('title', NEW_TITLE);
    await broken.drafts.applyToForm();
    expect(broken.drafts.applyOutcome.value).toMatchObject({ problems: [{ id: expect.stringMatching(/tidak bisa mengisi formulir/) }] });
    panel.drafts.dispose();
    broken.drafts.dispose();
  });

  it('on an offered draft, applies that draft (continuing it first)', async () => {
    const dev = device();
    const first = openPanel(dev);
    first.editor.edit('title', NEW_TITLE);
    first.editor.edit('price', 'Rp52.000');
    await until(() => statusOf(first) === 'saved');
    first.drafts.dispose();

    const again = openPanel(dev);
    await until(() => again.drafts.offer.value !== null);
    await again.drafts.applyToForm();
    expect(dev.writes.at(-1)).toMatchObject({ title: NEW_TITLE, price: 52000 });
    expect(again.drafts.session.value?.key).toBe(FORM_KEY);
    again.drafts.dispose();
  });
});
