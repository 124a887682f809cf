import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseExportValue } from '../../../shared/export';
import { createSessionStore } from '../../../extension/coaching/store';
import { fakeIndexedDB, freshService } from '../storage/helpers';
import { sampleSession } from '../../fixtures/coaching/sessions';

/** Sessions travel in the export of all data, and an import validates each one with the same schema the table uses. */

describe('sessions in the export and import of all data', () => {
  beforeEach(() => fakeBrowser.reset());

  it('export → wipe → import gives back the same sessions, readable by the session store', async () => {
    const a = freshService();
    const session = sampleSession({ fixed: true });
    await a.db.sessions.put(session);
    const { text } = await a.service.exportFile();
    expect((JSON.parse(text) as { sessions: unknown[] }).sessions).toEqual([JSON.parse(JSON.stringify(session))]);

    const b = freshService({ idb: fakeIndexedDB() });
    const result = await b.service.importAll(text);
    expect(result.ok).toBe(true);
    const found = await createSessionStore(b.db).lookup(session.id);
    expect(found).toEqual({ state: 'found', session: JSON.parse(JSON.stringify(session)) });
  });

  it('a newer copy of a session replaces the older one, an older copy changes nothing', async () => {
    const a = freshService();
    const b = freshService({ idb: fakeIndexedDB() });
    const older = sampleSession();
    const newer = { ...sampleSession({ fixed: true }), updatedAt: older.updatedAt + 60_000 };
    await a.db.sessions.put(older);
    await b.db.sessions.put(newer);
    await a.service.importAll((await b.service.exportFile()).text);
    expect((await a.db.sessions.get(older.id))?.participants[0]!.listings[0]!.now.score).toBe(newer.participants[0]!.listings[0]!.now.score);
    await b.service.importAll((await freshExportOf(older)).text);
    expect(await b.db.sessions.get(older.id)).toEqual(newer);
  });

  it.each([
    ['a score above 100', (s: any) => (s.participants[0].listings[0].now.score = 101), /coaching session 1, participant 1, listing 1, now, score: too many or too large \(max 100\)/],
    ['a participant without a name', (s: any) => (s.participants[1].name = '   '), /coaching session 1, participant 2, name/],
    ['a date that is not a day', (s: any) => (s.date = '2026-13-01'), /coaching session 1, date: not a real date/],
    ['a WhatsApp "number" that is a script', (s: any) => (s.participants[0].whatsapp = 'javascript:alert(1)'), /WhatsApp number/],
    ['a listing without its start', (s: any) => delete s.participants[0].listings[0].start, /start/],
    ['the same listing id twice', (s: any) => (s.participants[1].listings[0].id = 'l-keripik'), /duplicate listing "l-keripik"/],
  ])('a file with %s is refused whole and nothing changes', async (_name, spoil, where) => {
    const { db, service } = freshService();
    const mine = { ...sampleSession({ id: 'mine' }), name: 'Sesi saya' };
    await db.sessions.put(mine);
    await service.openDraft('manual:keep', { listing: { marketplace: 'other', title: 'Draf yang tetap ada' } });
    const before = await service.exportAll();

    const file = JSON.parse((await freshExportOf(sampleSession({ fixed: true }))).text);
    file.drafts = [{ key: 'manual:new', listing: { title: 'Draf baru' }, rev: 1, createdAt: 1, updatedAt: 1 }];
    file.revisions = [{ draftKey: 'manual:new', rev: 1, listing: { title: 'Draf baru' }, savedAt: 1, kind: 'created' }];
    spoil(file.sessions[0]);
    const result = await service.importAll(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.id).toMatch(/Tidak ada yang diubah/);
      expect(result.problem.en).toMatch(where);
    }
    expect({ ...(await service.exportAll()), exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 });
  });

  it('refuses a file that names one session twice', () => {
    const s = JSON.parse(JSON.stringify(sampleSession()));
    const parsed = parseExportValue({ format: 'rapi-export', version: 1, exportedAt: 1, drafts: [], revisions: [], sessions: [s, s] });
    expect(!parsed.ok && parsed.problem.en).toMatch(/duplicate session "session-1"/);
  });

  it('still reads files without sessions', () => {
    const parsed = parseExportValue({ format: 'rapi-export', version: 1, exportedAt: 1, drafts: [], revisions: [] });
    expect(parsed.ok && parsed.file.sessions).toEqual([]);
  });
});

async function freshExportOf(session: ReturnType<typeof sampleSession>) {
  const other = freshService({ idb: fakeIndexedDB() });
  await other.db.sessions.put(session);
  return other.service.exportFile();
}
