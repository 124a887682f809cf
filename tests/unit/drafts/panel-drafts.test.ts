// liveQuery runs only where a global indexedDB exists (Dexie #2046); each test still gets its own fake database.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { createExtensionDraftService } from '../../../extension/drafts/service';
import { sleep, until } from '../helpers/wait';
import { freshDB, type FakeIDB } from '../storage/helpers';
import { FORM_KEY, NEW_DESCRIPTION, NEW_TITLE, PRODUCT, device, formListing, openPanel, productBase, statusOf, typeTitle } from './panel-helpers';

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
    const setup = createExtensionDraftService(freshDB(dev.idb as FakeIDB));
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
