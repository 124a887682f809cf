import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { SessionRow } from '../../../shared/storage/sessions-table';
import { Listing } from '../../../shared/listing/schema';
import {
  addEntries,
  addParticipant,
  editListing,
  entryFor,
  newSession,
  removeListing,
  removeParticipant,
  sameEntry,
  updateDetails,
  updateParticipant,
  type OpResult,
} from '../../../extension/coaching/session-ops';
import { createSessionStore } from '../../../extension/coaching/store';
import { takeSnapshot } from '../../../extension/coaching/snapshot';
import { LISTINGS, T0, sampleSession } from '../../fixtures/coaching/sessions';
import { fakeIndexedDB, freshDB } from '../storage/helpers';
import type { Finding } from '../../../shared/checks/types';

const session = (r: OpResult) => {
  if (!r.ok) throw new Error(r.problems.map((p) => p.text.en).join('; '));
  return r.session;
};

describe('a coaching session', () => {
  it('needs a name and a real date; place and trainer are optional', () => {
    const bad = newSession({ name: '  ', date: '2026-02-30' }, T0);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => [p.field, p.text.id])).toEqual([
      ['name', 'Isi nama sesi.'],
      ['date', 'Isi tanggal sesi (hari, bulan, tahun).'],
    ]);
    const s = session(newSession({ name: ' Pelatihan Kopi ', date: '2026-05-14' }, T0, 's'));
    expect(s).toEqual({ id: 's', name: 'Pelatihan Kopi', date: '2026-05-14', place: '', trainer: '', participants: [], createdAt: T0, updatedAt: T0 });
    const renamed = session(updateDetails(s, { name: 'Pelatihan Kopi Gayo', date: '2026-05-15', place: 'Takengon', trainer: 'Rina' }, T0 + 5));
    expect(renamed).toMatchObject({ name: 'Pelatihan Kopi Gayo', date: '2026-05-15', place: 'Takengon', trainer: 'Rina', updatedAt: T0 + 5, createdAt: T0 });
  });

  it('keeps participants with a normalised WhatsApp number, and refuses one it cannot read', () => {
    let s = session(newSession({ name: 'S', date: '2026-05-14' }, T0, 's'));
    s = session(addParticipant(s, { name: 'Ibu Sari', shop: 'Keripik Sari', whatsapp: '0812-3456-7890' }, T0, 'p1'));
    expect(s.participants[0]).toEqual({ id: 'p1', name: 'Ibu Sari', shop: 'Keripik Sari', whatsapp: '6281234567890', listings: [] });
    const bad = addParticipant(s, { name: 'Pak Budi', whatsapp: 'javascript:alert(1)' }, T0);
    expect(!bad.ok && bad.problems[0]).toMatchObject({ field: 'whatsapp' });
    expect(addParticipant(s, { name: '' }, T0).ok).toBe(false);
    // Clearing the number removes it.
    s = session(updateParticipant(s, 'p1', { name: 'Ibu Sari', shop: 'Keripik Sari Lampung', whatsapp: '' }, T0 + 1));
    expect(s.participants[0]).toEqual({ id: 'p1', name: 'Ibu Sari', shop: 'Keripik Sari Lampung', listings: [] });
    expect(session(removeParticipant(s, 'p1', T0 + 2)).participants).toEqual([]);
    expect(removeParticipant(s, 'nobody', T0).ok).toBe(false);
  });

  it('scores a listing when it is added (start = now) with the same checks the side panel runs', () => {
    const listing = Listing.parse(LISTINGS.keripikWeak);
    const entry = entryFor({ listing, source: 'manual' }, T0, 'l1');
    const report = checkListing(listing);
    expect(entry.start.score).toBe(report.score);
    expect(entry.start.checkIds).toEqual([...new Set(report.findings.map((f) => f.checkId))]);
    expect(entry.now).toEqual(entry.start);
  });

  it('an edit re-checks the listing: now changes, start stays', () => {
    const before = sampleSession();
    const after = sampleSession({ fixed: true });
    const start = before.participants[0]!.listings[0]!;
    const edited = after.participants[0]!.listings[0]!;
    expect(edited.start).toEqual(start.start);
    expect(edited.now.listing.title).toBe(LISTINGS.keripikFixed.title);
    expect(edited.now.score).toBe(checkListing(LISTINGS.keripikFixed).score);
    expect(edited.now.score).toBeGreaterThan(start.start.score + 20);
    expect(edited.start.checkIds).toContain('title-all-caps');
    expect(edited.now.checkIds).not.toContain('title-all-caps');
    expect(after.updatedAt).toBe(T0 + 60_000);
    expect(editListing(after, 'p-sari', 'l-keripik', Listing.parse({ title: '  ' }), T0).ok).toBe(false);
    expect(editListing(after, 'p-sari', 'missing', Listing.parse(LISTINGS.sambal), T0).ok).toBe(false);
  });

  it('keeps photo findings measured in the panel while the photos stay the same, and drops them when they change', () => {
    const photos = [{ src: 'https://down-id.img.susercontent.com/file/a1.jpg' }];
    const listing = Listing.parse({ ...LISTINGS.keripikFixed, photos });
    const dark: Finding = {
      checkId: 'photo-too-dark',
      area: 'foto',
      severity: 'quality',
      certainty: 'measured',
      message: { id: 'Foto sampul terlalu gelap.', en: 'The cover photo is too dark.' },
      why: { id: 'Pembeli melewatinya.', en: 'Buyers scroll past it.' },
      fix: { id: 'Foto ulang di tempat terang.', en: 'Take it again in good light.' },
      source: { label: { id: 'Rapi', en: 'Rapi' }, verified: false },
      photoIndex: 0,
    };
    let s = sampleSession();
    s = session(addEntries(s, 'p-sari', [entryFor({ listing, source: 'page', extras: { photoFindings: [dark], measuredPhotoIndexes: [0] } }, T0, 'l-photo')], T0));
    const added = s.participants[0]!.listings[1]!;
    expect(added.start.checkIds).toContain('photo-too-dark');
    expect(added.start.score).toBe(checkListing(listing, { extraFindings: [dark], measuredPhotoIndexes: [0] }).score);
    expect(added.start.score).toBeLessThan(takeSnapshot(listing, T0).score);

    s = session(editListing(s, 'p-sari', 'l-photo', { ...listing, title: `${listing.title} Renyah` }, T0 + 1));
    expect(s.participants[0]!.listings[1]!.now.checkIds).toContain('photo-too-dark');
    s = session(editListing(s, 'p-sari', 'l-photo', { ...listing, photos: [{ src: 'https://down-id.img.susercontent.com/file/new.jpg' }] }, T0 + 2));
    expect(s.participants[0]!.listings[1]!.now.checkIds).not.toContain('photo-too-dark');
    expect(SessionRow.safeParse(s).success).toBe(true);
  });

  it('finds the same product again by item id, or by page address for product pages only', () => {
    const s = sampleSession();
    const sari = s.participants[0]!;
    const again = Listing.parse({ ...LISTINGS.keripikFixed, sourceUrl: 'https://shopee.co.id/keripik-i.1.2?sp_atk=x' });
    expect(sameEntry(sari, again, 'page')?.id).toBe('l-keripik');
    expect(sameEntry(sari, again, 'form')).toBeUndefined();
    expect(sameEntry(sari, Listing.parse({ ...LISTINGS.keripikFixed, sourceUrl: 'https://shopee.co.id/lain-i.1.3' }), 'page')).toBeUndefined();
  });

  it('removes a listing, and every result still fits the stored schema', () => {
    const s = session(removeListing(sampleSession(), 'p-budi', 'l-sambal', T0 + 1));
    expect(s.participants[1]!.listings.map((l) => l.id)).toEqual(['l-batik']);
    expect(SessionRow.safeParse(s).success).toBe(true);
    expect(removeListing(s, 'p-budi', 'l-sambal', T0).ok).toBe(false);
  });

  it('refuses a session whose ids repeat or whose scores are out of range', () => {
    const s = sampleSession();
    const twice = { ...s, participants: [s.participants[0]!, s.participants[0]!] };
    expect(SessionRow.safeParse(twice).success).toBe(false);
    const listing = s.participants[0]!.listings[0]!;
    const wrongScore = { ...s, participants: [{ ...s.participants[0]!, listings: [{ ...listing, now: { ...listing.now, score: 140 } }] }, s.participants[1]!] };
    expect(SessionRow.safeParse(wrongScore).success).toBe(false);
    expect(SessionRow.safeParse({ ...s, date: '14/05/2026' }).success).toBe(false);
  });
});

describe('the session store', () => {
  it('applies each change to the freshest stored copy, so two windows never lose each other\'s work', async () => {
    const idb = fakeIndexedDB();
    let clock = T0;
    const panel = createSessionStore(freshDB(idb), () => clock);
    const page = createSessionStore(freshDB(idb), () => clock);
    const created = await page.create({ name: 'Pelatihan UMKM Bandung', date: '2026-05-14' });
    const id = created.ok ? created.session.id : '';
    clock += 1000;
    await page.change(id, (s, now) => addParticipant(s, { name: 'Ibu Sari' }, now, 'p1'));
    // The panel adds a listing, then the page (holding an older copy on screen) adds a participant.
    await panel.change(id, (s, now) => addEntries(s, 'p1', [entryFor({ listing: Listing.parse(LISTINGS.sambal), source: 'page' }, now, 'l1')], now));
    await page.change(id, (s, now) => addParticipant(s, { name: 'Pak Budi' }, now, 'p2'));
    const found = await page.lookup(id);
    expect(found.state).toBe('found');
    if (found.state !== 'found') return;
    expect(found.session.participants.map((p) => [p.name, p.listings.length])).toEqual([['Ibu Sari', 1], ['Pak Budi', 0]]);
  });

  it('moves the time of change forward even when the clock does not', async () => {
    const store = createSessionStore(freshDB(), () => T0);
    const made = await store.create({ name: 'S', date: '2026-05-14' });
    const id = made.ok ? made.session.id : '';
    const a = await store.change(id, (s, now) => addParticipant(s, { name: 'A' }, now));
    const b = await store.change(id, (s, now) => addParticipant(s, { name: 'B' }, now));
    expect(a.ok && b.ok && b.session.updatedAt > a.session.updatedAt).toBe(true);
  });

  it('saves nothing when a change is refused, and says why', async () => {
    const store = createSessionStore(freshDB(), () => T0);
    const made = await store.create({ name: 'S', date: '2026-05-14' });
    const id = made.ok ? made.session.id : '';
    const refused = await store.change(id, (s, now) => addParticipant(s, { name: 'X', whatsapp: '12' }, now));
    expect(refused.ok).toBe(false);
    const broken = await store.change(id, (s) => ({ ok: true, session: { ...s, date: 'kemarin' } }));
    expect(!broken.ok && broken.problems[0]!.text.en).toMatch(/does not match Rapi's format/);
    const found = await store.lookup(id);
    expect(found.state === 'found' && found.session).toMatchObject({ date: '2026-05-14', participants: [] });
    expect((await store.change('nope', (s) => ({ ok: true, session: s }))).ok).toBe(false);
    expect((await store.create({ name: '', date: '' })).ok).toBe(false);
  });

  it('lists the newest session day first and counts rows it cannot read without touching them', async () => {
    const db = freshDB();
    const store = createSessionStore(db, () => T0);
    await db.sessions.bulkPut([sampleSession({ id: 'a' }), { ...sampleSession({ id: 'b' }), date: '2026-06-01' }]);
    // A row written before sessions had a schema (database version 2's seam).
    await db.sessions.put({ id: 'old', updatedAt: 1, name: 'lama', sellers: 12 } as never);
    const { sessions, unreadable } = await store.list();
    expect(sessions.map((s) => s.id)).toEqual(['b', 'a']);
    expect(unreadable).toBe(1);
    expect(await store.lookup('old')).toEqual({ state: 'unreadable' });
    expect(await db.sessions.get('old')).toMatchObject({ sellers: 12 });
  });

  it('deletes with undo', async () => {
    const db = freshDB();
    const store = createSessionStore(db);
    await db.sessions.put(sampleSession({ id: 'a' }));
    const removed = await store.remove('a');
    expect((await store.list()).sessions).toEqual([]);
    await store.restore(removed!);
    expect((await store.list()).sessions.map((s) => s.id)).toEqual(['a']);
  });
});
