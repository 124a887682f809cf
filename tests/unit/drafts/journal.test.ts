import { describe, expect, it } from 'vitest';
import { Listing } from '../../../shared/listing/schema';
import { storageJournal, type Journal } from '../../../shared/drafts/journal';
import { createDraftSession } from '../../../shared/drafts/draft-session';
import { recoverUnsaved } from '../../../shared/drafts/recover';
import { freshService, memoryStorage } from '../storage/helpers';

/** localStorage's interface over a Map, as a page's storage would behave. */
const KEY = 'manual:journal';
const listing = (title: string) => Listing.parse({ title });

describe('the unsaved-text journal', () => {
  it('notes every edit at once and forgets it when the database has it', async () => {
    const storage = memoryStorage();
    const journal = storageJournal(storage);
    const { service } = freshService();
    const session = createDraftSession({ service, key: KEY, init: { listing: listing('') }, journal, debounceMs: 10_000, watch: false });
    await session.ready;
    session.edit({ title: 'Ke' });
    session.edit({ title: 'Keripik' });
    expect(journal.entries(KEY).map((e) => e.listing.title)).toEqual(['Keripik']); // written before any save
    await session.flush();
    expect(journal.entries(KEY)).toEqual([]);
    expect(storage.map.size).toBe(0);
  });

  it('gives back what a window typed before it crashed, when the draft is opened again', async () => {
    const journal = storageJournal(memoryStorage());
    const { service } = freshService();
    const crashed = createDraftSession({ service, key: KEY, init: { listing: listing('Awal') }, journal, debounceMs: 10_000, maxWaitMs: 10_000, watch: false });
    await crashed.ready;
    crashed.edit({ title: 'Keripik Tempe 200 gr diketik sebelum crash' });
    expect((await service.findDraft(KEY))?.listing.title).toBe('Awal'); // the database never got it

    const reopened = createDraftSession({ service, key: KEY, journal, watch: false });
    await reopened.ready;
    expect(reopened.listing.value?.title).toBe('Keripik Tempe 200 gr diketik sebelum crash');
    expect((await service.findDraft(KEY))?.listing.title).toBe('Keripik Tempe 200 gr diketik sebelum crash');
    expect(journal.entries(KEY)).toEqual([]);
    await crashed.dispose(); // its own late save finds the same text: nothing changes
    expect((await service.findDraft(KEY))?.rev).toBe(2);
  });

  it('keeps a crashed window\'s text as a conflict copy when the draft moved on since', async () => {
    const journal = storageJournal(memoryStorage());
    const { service } = freshService();
    await service.openDraft(KEY, { listing: listing('Awal') });
    journal.write({ key: KEY, editorId: 'gone', listing: listing('Teks jendela yang crash'), baseRev: 1, savedAt: 1 });
    await service.saveDraft({ key: KEY, listing: listing('Disimpan jendela lain'), baseRev: 1, editorId: 'other' });
    const changed = await recoverUnsaved(service, journal);
    const draft = changed.get(KEY);
    expect(draft?.listing.title).toBe('Disimpan jendela lain');
    expect(draft?.conflicts.map((c) => c.listing.title)).toEqual(['Teks jendela yang crash']);
    expect(journal.entries()).toEqual([]);
  });

  it('drops a note whose text was stored before its window closed, instead of bringing back a replaced version', async () => {
    const journal = storageJournal(memoryStorage());
    const { service } = freshService();
    await service.openDraft(KEY, { listing: listing('Awal') });
    // The window saved its text (revision 2) but closed before clearing its note; the seller then changed it again.
    journal.write({ key: KEY, editorId: 'closed', listing: listing('Disimpan lalu ditutup'), baseRev: 1, savedAt: 1 });
    await service.saveDraft({ key: KEY, listing: listing('Disimpan lalu ditutup'), baseRev: 1, editorId: 'closed' });
    await service.saveDraft({ key: KEY, listing: listing('Diganti penjual'), baseRev: 2, editorId: 'later' });
    const changed = await recoverUnsaved(service, journal);
    expect(changed.size).toBe(0);
    const draft = await service.findDraft(KEY);
    expect(draft?.listing.title).toBe('Diganti penjual');
    expect(draft?.conflicts).toEqual([]);
    expect(journal.entries()).toEqual([]);
  });

  it('drops unreadable notes and never throws when storage does', () => {
    const storage = memoryStorage();
    storage.setItem('rapi:draft-journal:x:manual:journal', '{broken');
    storage.setItem('rapi:draft-journal:y:manual:journal', JSON.stringify({ key: KEY, editorId: 'y', listing: { title: 5 }, baseRev: 0, savedAt: 1 }));
    storage.setItem('someone-else', 'kept');
    const journal = storageJournal(storage);
    expect(journal.entries(KEY)).toEqual([]);
    expect([...storage.map.keys()]).toEqual(['someone-else']);

    const failing = {
      length: 1,
      key: () => {
        throw new Error('denied');
      },
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const broken: Journal = storageJournal(failing);
    expect(() => broken.write({ key: KEY, editorId: 'a', listing: listing('x'), baseRev: 0, savedAt: 1 })).not.toThrow();
    expect(() => broken.clear(KEY, 'a')).not.toThrow();
    expect(broken.entries(KEY)).toEqual([]);
  });
});
