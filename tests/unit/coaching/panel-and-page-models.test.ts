import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../shared/checks/types';
import { Listing } from '../../../shared/listing/schema';
import { NEW_PARTICIPANT, createAddToSession } from '../../../extension/coaching/models/add-to-session';
import { SAVE_PAUSE_MS, createEntryEditor } from '../../../extension/coaching/models/entry-editor';
import { hashFor, routeFromHash, type Route } from '../../../extension/coaching/models/route';
import type { SessionListingSource } from '../../../shared/export/session';
import { createSessionStore } from '../../../extension/coaching/store';
import { checkListing } from '../../../shared/checks';
import { LISTINGS, sampleSession } from '../../fixtures/coaching/sessions';
import { freshDB } from '../storage/helpers';

/** Waits until the store's live queries have delivered (they answer asynchronously). */
const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 2000 });

function panelFrom(listing: Listing, source: SessionListingSource = 'page') {
  return {
    listing: signal(listing),
    photoFindings: signal<readonly Finding[]>([]),
    measuredPhotoIndexes: signal<readonly number[]>([]),
    source: signal(source),
    url: signal<string | undefined>(listing.sourceUrl),
  };
}

describe('"Tambah ke sesi" in the side panel', () => {
  it('asks for a participant, adds the listing with its start score, and updates "now" when added again', async () => {
    const db = freshDB();
    await db.sessions.put(sampleSession());
    const store = createSessionStore(db);
    const page = Listing.parse({ ...LISTINGS.sambal, sourceUrl: 'https://www.tokopedia.com/sambalbudi/sambal-roa', itemId: 'sambalbudi/sambal-roa' });
    const from = panelFrom(page);
    const model = createAddToSession(store, from);
    model.show();
    await until(() => model.sessions.value !== null);
    expect(model.sessionId.value).toBe('session-1');
    expect(await model.add()).toBe(false);
    expect(model.problem.value?.field).toBe('participant');

    model.participantId.value = 'p-budi';
    expect(model.existing.value).toBeUndefined();
    expect(await model.add()).toBe(true);
    expect(model.added.value).toMatchObject({ kind: 'added', participantName: 'Pak Budi', sessionName: 'Pelatihan UMKM Bandung' });
    let found = await store.lookup('session-1');
    const entries = () => (found.state === 'found' ? found.session.participants[1]!.listings : []);
    expect(entries()).toHaveLength(3);
    const entry = entries()[2]!;
    expect(entry).toMatchObject({ source: 'page', origin: 'https://www.tokopedia.com/sambalbudi/sambal-roa' });
    expect(entry.start.score).toBe(checkListing(page).score);

    // The seller fixed it on Tokopedia; the trainer opens the page again and adds it again.
    from.listing.value = Listing.parse({ ...page, title: 'Sambal Roa Khas Manado 200 gr Pedas', description: LISTINGS.keripikFixed.description });
    model.show();
    await until(() => model.session.value?.participants[1]?.listings.length === 3);
    model.participantId.value = 'p-budi';
    expect(model.existing.value?.id).toBe(entry.id);
    expect(await model.add()).toBe(true);
    expect(model.added.value?.kind).toBe('updated');
    found = await store.lookup('session-1');
    expect(entries()).toHaveLength(3);
    expect(entries()[2]!.start).toEqual(entry.start);
    expect(entries()[2]!.now.listing.title).toBe('Sambal Roa Khas Manado 200 gr Pedas');
  });

  it('adds a new participant on the way, and refuses an empty name', async () => {
    const db = freshDB();
    await db.sessions.put(sampleSession());
    const store = createSessionStore(db);
    const model = createAddToSession(store, panelFrom(Listing.parse(LISTINGS.batik), 'manual'));
    model.show();
    await until(() => model.sessions.value !== null);
    model.participantId.value = NEW_PARTICIPANT;
    expect(await model.add()).toBe(false);
    expect(model.problem.value?.field).toBe('new-name');
    model.newName.value = 'Ibu Wati';
    expect(await model.add()).toBe(true);
    const found = await store.lookup('session-1');
    expect(found.state === 'found' && found.session.participants.map((p) => [p.name, p.listings.length])).toEqual([
      ['Ibu Sari', 1],
      ['Pak Budi', 2],
      ['Ibu Wati', 1],
    ]);
  });

  it('has nothing to add without a title, and nowhere to add without a session', async () => {
    const model = createAddToSession(createSessionStore(freshDB()), panelFrom(Listing.parse({ title: '' })));
    expect(model.canAdd.value).toBe(false);
    model.show();
    await until(() => model.sessions.value !== null);
    expect(model.sessions.value).toEqual([]);
    expect(await model.add()).toBe(false);
  });
});

describe('fixing a listing in the session page', () => {
  afterEach(() => vi.useRealTimers());

  it('re-checks while typing, saves after a pause, and keeps the start', async () => {
    const db = freshDB();
    await db.sessions.put(sampleSession());
    const store = createSessionStore(db);
    const entry = sampleSession().participants[0]!.listings[0]!;
    const editor = createEntryEditor({ store, sessionId: 'session-1', participantId: 'p-sari', entry });
    vi.useFakeTimers();
    editor.edit('title', LISTINGS.keripikFixed.title);
    editor.edit('description', LISTINGS.keripikFixed.description);
    expect(editor.state.value).toBe('unsaved');
    const live = editor.report.value!.score;
    expect(live).toBeGreaterThan(entry.start.score);
    await vi.advanceTimersByTimeAsync(SAVE_PAUSE_MS + 10);
    vi.useRealTimers();
    await until(() => editor.state.value === 'saved');
    const found = await store.lookup('session-1');
    const saved = found.state === 'found' ? found.session.participants[0]!.listings[0]! : undefined;
    expect(saved?.now.score).toBe(live);
    expect(saved?.start).toEqual(entry.start);
  });

  it('says so when the session is gone, and keeps the text on screen', async () => {
    const store = createSessionStore(freshDB());
    const entry = sampleSession().participants[0]!.listings[0]!;
    const editor = createEntryEditor({ store, sessionId: 'session-1', participantId: 'p-sari', entry });
    editor.edit('title', 'Keripik Pisang Cokelat 250 gr');
    await editor.flush();
    expect(editor.state.value).toBe('error');
    expect(editor.problem.value?.id).toMatch(/tidak ada lagi/);
    expect(editor.editor.listing.value.title).toBe('Keripik Pisang Cokelat 250 gr');
  });
});

describe('the session page address', () => {
  it.each<[Route, string]>([
    [{ view: 'list' }, ''],
    [{ view: 'session', id: 'abc-1' }, '#sesi=abc-1'],
    [{ view: 'listing', id: 'abc-1', listingId: 'l-2' }, '#sesi=abc-1&produk=l-2'],
    [{ view: 'report', id: 'abc-1', who: 'semua' }, '#sesi=abc-1&laporan=semua'],
  ])('%o ⇄ %s', (route, hash) => {
    expect(hashFor(route)).toBe(hash);
    expect(routeFromHash(hash)).toEqual(route);
  });

  it('ignores anything else', () => {
    expect(routeFromHash('#draft=x')).toEqual({ view: 'list' });
    expect(routeFromHash('#sesi=s&produk=javascript:alert(1)')).toEqual({ view: 'session', id: 's' });
    expect(routeFromHash(`#sesi=${'x'.repeat(500)}`)).toEqual({ view: 'list' });
  });
});
