import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { Listing } from '../../../shared/listing/schema';
import { InvalidDraftError } from '../../../shared/drafts/service';
import { TRASH_KEEP_MS } from '../../../shared/drafts/trash';
import { freshService } from '../storage/helpers';

const KEY = 'shopee:item:21448123549';
const original = Listing.parse({ marketplace: 'shopee', title: 'KOPI GAYO MURAH!!!', price: 85000, itemId: '21448123549' });
const improved = (title: string) => ({ ...original, title });
const HOUR = 3_600_000;

describe('opening and saving a draft', () => {
  it('creates the draft from the page on first open, as revision 1 that keeps the original', async () => {
    const { service } = freshService();
    expect(await service.findDraft(KEY)).toBeNull();
    const draft = await service.openDraft(KEY, { original });
    expect(draft.rev).toBe(1);
    expect(draft.listing).toEqual(original);
    expect(draft.original).toEqual(original);
    expect(draft.originalScore).toBe(checkListing(original).score);
    expect(await service.findDraft(KEY)).toEqual(draft);
    // Opening again gives the same draft, not a new one.
    expect((await service.openDraft(KEY, { original: improved('other') })).listing).toEqual(original);
  });

  it('saves every edit at once, and keeps one revision per editing session with the score of what was saved', async () => {
    const { service, clock } = freshService();
    await service.openDraft(KEY, { original });
    const titles = ['Kopi Gayo', 'Kopi Arabika Gayo', 'Kopi Arabika Gayo 250 gr Biji Sangrai'];
    let rev = 1;
    const started = clock.now + 1000;
    for (const title of titles) {
      clock.now += 1000;
      const result = await service.saveDraft({ key: KEY, listing: improved(title), baseRev: rev, editorId: 'panel' });
      expect(result.status).toBe('saved');
      if (result.status !== 'saved') return;
      expect(result.rev).toBe(rev + 1);
      rev = result.rev;
      expect(result.draft.listing.title).toBe(title);
      expect(result.draft.score).toBe(checkListing(improved(title)).score);
      expect(result.draft.updatedAt).toBe(clock.now);
    }
    // Three pauses in one session: one revision, where the session ended, with its score and when it began.
    let history = await service.listRevisions(KEY);
    expect(history.map((r) => r.rev)).toEqual([4, 1]);
    expect(history[0]).toMatchObject({ listing: improved(titles[2]!), score: checkListing(improved(titles[2]!)).score, startedAt: started, savedAt: clock.now });
    expect(history[1]!.kind).toBe('created');

    // After a pause of more than 10 minutes, or from another window, a new session begins.
    clock.now += 11 * 60_000;
    const later = await service.saveDraft({ key: KEY, listing: improved('Kopi Arabika Gayo 250 gr'), baseRev: rev, editorId: 'panel' });
    expect(later).toMatchObject({ status: 'saved', rev: 5 });
    clock.now += 1000;
    const other = await service.saveDraft({ key: KEY, listing: improved('Kopi Arabika Gayo 500 gr'), baseRev: 5, editorId: 'tab' });
    expect(other).toMatchObject({ status: 'saved', rev: 6 });
    history = await service.listRevisions(KEY);
    expect(history.map((r) => r.rev)).toEqual([6, 5, 4, 1]);
    expect(history.map((r) => r.score)).toEqual(history.map((r) => checkListing(r.listing).score));
  });

  it('does not add a revision when nothing changed', async () => {
    const { service } = freshService();
    await service.openDraft(KEY, { original });
    const same = await service.saveDraft({ key: KEY, listing: { ...original }, baseRev: 1, editorId: 'p' });
    expect(same).toMatchObject({ status: 'saved', rev: 1, unchanged: true });
    expect(await service.listRevisions(KEY)).toHaveLength(1);
  });

  it('creates the draft on the first save when it was never opened (or was wiped meanwhile)', async () => {
    const { service } = freshService();
    const result = await service.saveDraft({ key: 'manual:abc', listing: { title: 'Tas Rajut' }, baseRev: 0, editorId: 'p' });
    expect(result).toMatchObject({ status: 'saved', rev: 1 });
    expect((await service.findDraft('manual:abc'))?.listing.title).toBe('Tas Rajut');
  });

  it('refuses a listing that does not fit the model, with a bilingual reason, and stores nothing', async () => {
    const { service } = freshService();
    await service.openDraft(KEY, { original });
    const bad = service.saveDraft({ key: KEY, listing: { ...original, price: -5 }, baseRev: 1, editorId: 'p' });
    await expect(bad).rejects.toBeInstanceOf(InvalidDraftError);
    await bad.catch((e: InvalidDraftError) => {
      expect(e.text.id).toMatch(/tidak bisa disimpan/);
      expect(e.text.en).toMatch(/cannot be saved/);
    });
    expect((await service.findDraft(KEY))?.rev).toBe(1);
  });
});

describe('two windows on one draft', () => {
  it('never overwrites: the late save becomes a conflict copy beside the other version', async () => {
    const { service } = freshService();
    await service.openDraft(KEY, { original });
    const a = await service.saveDraft({ key: KEY, listing: improved('Versi jendela A'), baseRev: 1, editorId: 'A' });
    expect(a.status).toBe('saved');
    const b = await service.saveDraft({ key: KEY, listing: improved('Versi jendela B'), baseRev: 1, editorId: 'B' });
    expect(b.status).toBe('conflict');
    if (b.status !== 'conflict') return;
    expect(b.draft.listing.title).toBe('Versi jendela A');
    expect(b.mine).toMatchObject({ id: 'B', baseRev: 1, source: 'window' });
    const stored = await service.findDraft(KEY);
    expect(stored?.listing.title).toBe('Versi jendela A');
    expect(stored?.conflicts.map((c) => c.listing.title)).toEqual(['Versi jendela B']);

    // B keeps typing: its one copy is updated, not multiplied.
    await service.saveDraft({ key: KEY, listing: improved('Versi jendela B, lebih panjang'), baseRev: 1, editorId: 'B' });
    expect((await service.findDraft(KEY))?.conflicts.map((c) => c.listing.title)).toEqual(['Versi jendela B, lebih panjang']);
  });

  it('lets the seller use the other version (a new revision) or let it go', async () => {
    const { service } = freshService();
    await service.openDraft(KEY, { original });
    await service.saveDraft({ key: KEY, listing: improved('A'), baseRev: 1, editorId: 'A' });
    await service.saveDraft({ key: KEY, listing: improved('B'), baseRev: 1, editorId: 'B' });
    const chosen = await service.resolveConflict(KEY, 'B', 'use-copy');
    expect(chosen?.listing.title).toBe('B');
    expect(chosen?.rev).toBe(3);
    expect(chosen?.conflicts).toEqual([]);
    expect((await service.listRevisions(KEY))[0]).toMatchObject({ rev: 3, kind: 'conflict' });

    await service.saveDraft({ key: KEY, listing: improved('C'), baseRev: 1, editorId: 'C' });
    const dropped = await service.resolveConflict(KEY, 'C', 'drop-copy');
    expect(dropped?.listing.title).toBe('B');
    expect(dropped?.rev).toBe(3);
    expect(dropped?.conflicts).toEqual([]);
  });

  it('treats a late save of identical text as no conflict', async () => {
    const { service } = freshService();
    await service.openDraft(KEY, { original });
    await service.saveDraft({ key: KEY, listing: improved('Sama'), baseRev: 1, editorId: 'A' });
    const b = await service.saveDraft({ key: KEY, listing: improved('Sama'), baseRev: 1, editorId: 'B' });
    expect(b).toMatchObject({ status: 'saved', rev: 2, unchanged: true });
  });
});

describe('restoring a revision', () => {
  it('puts an old version back as a new revision, so the restore can be undone too', async () => {
    const { service } = freshService();
    await service.openDraft(KEY, { original });
    await service.saveDraft({ key: KEY, listing: improved('Dua'), baseRev: 1, editorId: 'p' });
    await service.saveDraft({ key: KEY, listing: improved('Tiga'), baseRev: 2, editorId: 'other window' });
    const restored = await service.restoreRevision(KEY, 2, { baseRev: 3, editorId: 'p' });
    expect(restored).toMatchObject({ status: 'saved', rev: 4 });
    expect((await service.findDraft(KEY))?.listing.title).toBe('Dua');
    expect((await service.listRevisions(KEY))[0]).toMatchObject({ rev: 4, kind: 'restore' });
    expect(await service.restoreRevision(KEY, 99, { baseRev: 4, editorId: 'p' })).toBeNull();
  });
});

describe('compaction as the days pass', () => {
  it('thins earlier days to their last revision on the first save of a new day', async () => {
    const { service, clock } = freshService();
    clock.now = new Date(2026, 4, 12, 9).getTime();
    await service.openDraft(KEY, { original });
    let rev = 1;
    for (let i = 0; i < 5; i++) {
      clock.now += HOUR;
      const r = await service.saveDraft({ key: KEY, listing: improved(`Hari 1 #${i}`), baseRev: rev, editorId: 'p' });
      if (r.status === 'saved') rev = r.rev;
    }
    clock.now = new Date(2026, 4, 13, 9).getTime();
    for (let i = 0; i < 3; i++) {
      clock.now += HOUR;
      const r = await service.saveDraft({ key: KEY, listing: improved(`Hari 2 #${i}`), baseRev: rev, editorId: 'p' });
      if (r.status === 'saved') rev = r.rev;
    }
    // Day 1 kept only its last revision (6); day 2 is "today" while saving, so all of it stayed.
    expect((await service.listRevisions(KEY)).map((r) => r.rev)).toEqual([9, 8, 7, 6]);
    clock.now = new Date(2026, 4, 14, 9).getTime();
    await service.openDraft(KEY); // opening also compacts
    expect((await service.listRevisions(KEY)).map((r) => r.rev)).toEqual([9, 6]);
  });
});

describe('the drafts list', () => {
  async function seeded() {
    const ctx = freshService();
    const rows = [
      { key: 'manual:a', title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', brand: 'Gayo Mountain' },
      { key: 'manual:b', title: 'KERIPIK TEMPE!!! murah' },
      { key: 'manual:c', title: 'Sambal Bawang Botol 150 gr Pedas', brand: 'Dapur Ibu' },
      { key: 'manual:d', title: 'Kopi Robusta Lampung 1 kg Bubuk' },
    ];
    for (const row of rows) {
      ctx.clock.now += 1000;
      await ctx.service.openDraft(row.key, { listing: Listing.parse({ title: row.title, brand: row.brand, marketplace: 'tokopedia' }) });
    }
    return ctx;
  }

  it('sorts by last edited, newest first, and pages', async () => {
    const { service } = await seeded();
    const first = await service.listDrafts({ limit: 2 });
    expect(first.items.map((d) => d.key)).toEqual(['manual:d', 'manual:c']);
    expect(first.hasMore).toBe(true);
    const last = await service.listDrafts({ limit: 2, offset: 2 });
    expect(last.items.map((d) => d.key)).toEqual(['manual:b', 'manual:a']);
    expect(last.hasMore).toBe(false);
    expect(await service.countDrafts()).toBe(4);
  });

  it('sorts by score, lowest or highest first', async () => {
    const { service } = await seeded();
    const low = (await service.listDrafts({ sort: 'score-low' })).items;
    const high = (await service.listDrafts({ sort: 'score-high' })).items;
    expect(low.map((d) => d.score)).toEqual([...low.map((d) => d.score)].sort((a, b) => a - b));
    expect(high.map((d) => d.score)).toEqual([...low.map((d) => d.score)].sort((a, b) => b - a));
    expect(low[0]!.key).toBe('manual:b'); // all caps, "!!!" and "murah": the weakest title
  });

  it('searches by word prefixes in title and brand, ignoring case and accents', async () => {
    const { service } = await seeded();
    const keys = async (query: string) => (await service.listDrafts({ query })).items.map((d) => d.key).sort();
    expect(await keys('kopi')).toEqual(['manual:a', 'manual:d']);
    expect(await keys('KOP gay')).toEqual(['manual:a']);
    expect(await keys('dapur')).toEqual(['manual:c']);
    expect(await keys('kéripik')).toEqual(['manual:b']);
    expect(await keys('teh')).toEqual([]);
    expect((await service.listDrafts({ query: '   ' })).items).toHaveLength(4);
    expect(await service.countDrafts('kopi')).toBe(2);
    const paged = await service.listDrafts({ query: 'kopi', limit: 1 });
    expect(paged).toMatchObject({ hasMore: true, total: 2 });
  });

  it('deletes with undo, and hides deleted drafts from the list and search', async () => {
    const { service, clock } = await seeded();
    expect(await service.deleteDraft('manual:a')).toEqual({ key: 'manual:a', title: 'Kopi Arabika Gayo 250 gr Biji Sangrai' });
    expect(await service.findDraft('manual:a')).toBeNull();
    expect(await service.countDrafts()).toBe(3);
    expect((await service.listDrafts({ query: 'gayo' })).items).toEqual([]);
    expect(await service.undoDelete('manual:a')).toBe(true);
    expect((await service.findDraft('manual:a'))?.listing.title).toMatch(/Kopi Arabika/);
    expect(await service.countDrafts()).toBe(4);
    expect(await service.undoDelete('manual:a')).toBe(false);

    // Deleted long enough ago: gone for good, with its history.
    await service.deleteDraft('manual:b');
    clock.now += TRASH_KEEP_MS + 1;
    expect(await service.purgeTrash()).toBe(1);
    expect(await service.undoDelete('manual:b')).toBe(false);
    expect(await service.listRevisions('manual:b')).toEqual([]);
  });

  it('brings a deleted draft back when a window is still typing in it', async () => {
    const { service } = await seeded();
    await service.deleteDraft('manual:c');
    const saved = await service.saveDraft({ key: 'manual:c', listing: { title: 'Sambal Bawang 150 gr' }, baseRev: 1, editorId: 'p' });
    expect(saved.status).toBe('saved');
    expect((await service.findDraft('manual:c'))?.listing.title).toBe('Sambal Bawang 150 gr');
  });
});
