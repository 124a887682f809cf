import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { Listing } from '../../../shared/listing/schema';
import { AppDB } from '../../../shared/storage/db';
import { DraftRow } from '../../../shared/storage/drafts-table';
import { PhotoResultRow } from '../../../shared/storage/photo-results-table';
import { RevisionRow } from '../../../shared/storage/revisions-table';
import { SettingRow } from '../../../shared/storage/settings-table';
import { ShowcaseItemRow } from '../../../shared/storage/showcase-items-table';
import { ShowcaseRow } from '../../../shared/storage/showcases-table';
import { LATEST_VERSION, SCHEMA_VERSIONS, declareVersions } from '../../../shared/storage/versions';
import { createExtensionDraftService } from '../../../extension/drafts/service';
import { listingScore, listingWords } from '../../../shared/storage/derive';
import { fakeIndexedDB } from './helpers';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/db');

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

function fixture(version: number): Fixture {
  return JSON.parse(readFileSync(path.join(FIXTURES, `v${version}.json`), 'utf8')) as Fixture;
}

const PRIMARY_KEY: Record<string, string> = { drafts: 'id', revisions: 'id', settings: 'key', photoResults: 'hash', sessions: 'id', showcaseItems: 'id', showcases: 'id' };
/** Tables renamed since an older version: where their rows live now. */
const NOW_IN: Record<string, string> = { showcase: 'showcaseItems' };
const tableNow = (table: string) => NOW_IN[table] ?? table;

/** Writes a database exactly as version `version` of Rapi would have: only the versions up to it are declared. */
async function writeOldDatabase(version: number, idb = fakeIndexedDB()) {
  const old = new Dexie('rapi', idb);
  declareVersions(old, version);
  await old.open();
  const data = fixture(version);
  for (const [table, rows] of Object.entries(data.tables)) await old.table(table).bulkAdd(rows);
  old.close();
  return { idb, data };
}

describe('database migrations', () => {
  it('keeps one fixture per schema version, and no fixture for a version that does not exist', () => {
    const files = readdirSync(FIXTURES).filter((f) => /^v\d+\.json$/.test(f)).sort();
    expect(files).toEqual(SCHEMA_VERSIONS.map((v) => `v${v.version}.json`).sort());
    SCHEMA_VERSIONS.forEach((v, i) => expect(v.version).toBe(i + 1));
    for (const v of SCHEMA_VERSIONS) expect(fixture(v.version).version).toBe(v.version);
  });

  it('has fixtures that use every table their version declares', () => {
    for (const v of SCHEMA_VERSIONS) {
      const declared = Object.keys(v.stores).filter((t) => v.stores[t] !== null).sort();
      expect(Object.keys(fixture(v.version).tables).sort()).toEqual(declared);
    }
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))('opens a database written by version %i and loses nothing', async (version) => {
    const { idb, data } = await writeOldDatabase(version);
    const db = new AppDB('rapi', idb);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);

    for (const [oldTable, rows] of Object.entries(data.tables)) {
      const table = tableNow(oldTable);
      const key = PRIMARY_KEY[table]!;
      expect(await db.table(table).count(), table).toBe(rows.length);
      for (const old of rows) {
        const now = (await db.table(table).get(old[key] as string)) as Record<string, unknown> | undefined;
        expect(now, `${table} ${String(old[key])}`).toBeDefined();
        // Every field the old version wrote is still there with the same value (new fields may be added).
        for (const [field, value] of Object.entries(old)) expect(now![field], `${table}.${field}`).toEqual(value);
      }
    }

    // Every row now has the current shape.
    for (const row of await db.drafts.toArray()) expect(DraftRow.safeParse(row).error).toBeUndefined();
    for (const row of await db.revisions.toArray()) expect(RevisionRow.safeParse(row).error).toBeUndefined();
    for (const row of await db.settings.toArray()) expect(SettingRow.safeParse(row).error).toBeUndefined();
    for (const row of await db.photoResults.toArray()) expect(PhotoResultRow.safeParse(row).error).toBeUndefined();
    for (const row of await db.showcaseItems.toArray()) expect(ShowcaseItemRow.safeParse(row).error).toBeUndefined();
    for (const row of await db.showcases.toArray()) expect(ShowcaseRow.safeParse(row).error).toBeUndefined();

    // And the drafts work: listed, searchable, and saved on top of.
    const service = createExtensionDraftService(db, { now: () => Date.UTC(2026, 4, 14) });
    const live = (data.tables.drafts ?? []).filter((d) => !d.trashed);
    const page = await service.listDrafts({ limit: 100 });
    expect(page.items.map((d) => d.key).sort()).toEqual(live.map((d) => d.id as string).sort());
    const first = live[0]!;
    const word = Listing.parse(first.listing).title.split(' ')[0]!.toLowerCase();
    expect((await service.listDrafts({ query: word })).items.map((d) => d.key)).toContain(first.id);
    const saved = await service.saveDraft({
      key: first.id as string,
      listing: { ...Listing.parse(first.listing), title: 'Judul baru setelah pembaruan Rapi' },
      baseRev: first.rev as number,
      editorId: 'test',
    });
    expect(saved.status).toBe('saved');
    db.close();
  });

  it('upgrades version by version: a v1 database passes through every later upgrade', async () => {
    const { idb } = await writeOldDatabase(1);
    for (const step of SCHEMA_VERSIONS.slice(1)) {
      const partial = new Dexie('rapi', idb);
      declareVersions(partial, step.version);
      await partial.open();
      expect(partial.verno).toBe(step.version);
      expect(await partial.table('drafts').count()).toBe(fixture(1).tables.drafts!.length);
      partial.close();
    }
  });

  it('computes the v2 fields from the listing it finds', async () => {
    const { idb } = await writeOldDatabase(1);
    const db = new AppDB('rapi', idb);
    const kopi = await db.drafts.get('shopee:item:21448123549');
    expect(kopi?.trashed).toBe(0);
    expect(kopi?.words).toEqual(expect.arrayContaining(['kopi', 'arabika', 'gayo', 'mountain']));
    expect(kopi!.score).toBe(checkListing(kopi!.listing).score);
    expect(kopi!.originalScore).toBe(checkListing(kopi!.original!).score);
    expect(kopi?.conflicts).toEqual([]);
    expect((await db.revisions.get('shopee:item:21448123549#1'))?.kind).toBe('edit');
    db.close();
  });

  it('moves every showcase item of a version 3 database into showcaseItems, and drops the old table', async () => {
    const { idb, data } = await writeOldDatabase(3);
    const db = new AppDB('rapi', idb);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['drafts', 'photoResults', 'revisions', 'sessions', 'settings', 'showcaseItems', 'showcases']);
    expect([...db.backendDB().objectStoreNames]).not.toContain('showcase');
    const items = data.tables.showcase!;
    expect(items.length).toBeGreaterThan(0);
    expect(await db.showcaseItems.orderBy('id').toArray()).toEqual([...items].sort((a, b) => String(a.id).localeCompare(String(b.id))));
    // Still found through their index: one showcase's items in order.
    const first = items[0]!;
    const inOrder = await db.showcaseItems.where('[showcaseId+position]').between([first.showcaseId, Dexie.minKey], [first.showcaseId, Dexie.maxKey]).toArray();
    expect(inOrder.map((r) => r.position)).toEqual(items.filter((r) => r.showcaseId === first.showcaseId).map((r) => r.position as number).sort((a, b) => a - b));
    db.close();
  });

  it('keeps one revision per editing session of a version 4 history saved per pause, each with its score', async () => {
    const pauses = JSON.parse(readFileSync(path.join(FIXTURES, 'v4-pauses.json'), 'utf8')) as { draftKey: string; revisions: Array<Record<string, any>> };
    const { idb } = await writeOldDatabase(4);
    const old = new Dexie('rapi', idb);
    declareVersions(old, 4);
    await old.open();
    const revisions: Array<Record<string, any>> = pauses.revisions.map((r) => ({ ...r, score: listingScore(r.listing) }));
    const head = revisions[revisions.length - 1]!;
    await old.table('revisions').bulkAdd(revisions);
    await old.table('drafts').add({
      id: pauses.draftKey,
      listing: head.listing,
      original: revisions[0]!.listing,
      originalScore: listingScore(revisions[0]!.listing),
      rev: head.rev,
      createdAt: revisions[0]!.savedAt,
      updatedAt: head.savedAt,
      score: listingScore(head.listing),
      words: listingWords(head.listing),
      trashed: 0,
      conflicts: [],
    });
    old.close();

    const db = new AppDB('rapi', idb);
    const service = createExtensionDraftService(db, { now: () => head.savedAt + 60_000 });
    const history = await service.listRevisions(pauses.draftKey);
    // The original, the end of the first day's session (6 pauses), the end of the next day's (2 pauses).
    expect(history.map((r) => r.listing.title)).toEqual(['Keripik Pisang Manis 250 g Lampung Renyah', 'Keripik Pisang Manis 250 g', 'KERIPIK PISANG MURAH!!!']);
    expect(history.map((r) => r.rev)).toEqual([9, 7, 1]);
    expect(history.map((r) => r.startedAt)).toEqual([revisions[7]!.savedAt, revisions[1]!.savedAt, undefined]);
    for (const r of history) {
      expect(r.score).toBe(checkListing(r.listing).score);
      expect(RevisionRow.safeParse(r).error).toBeUndefined();
    }
    // The other drafts' histories had no pauses to fold: untouched.
    for (const r of fixture(4).tables.revisions!) expect(await db.revisions.get(r.id as string)).toEqual(r);
    db.close();
  });
});
