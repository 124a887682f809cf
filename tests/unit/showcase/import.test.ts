import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach } from 'vitest';
import { parseFeedText } from '../../../shared/feed/parse';
import { readFeedFile } from '../../../extension/showcase/feed-import';
import { createExtensionDraftService } from '../../../extension/drafts/service';
import { fixtureText, freshShowcases } from './helpers';

async function counts(rig: ReturnType<typeof freshShowcases>) {
  return { showcases: await rig.db.showcases.count(), items: await rig.db.showcaseItems.count() };
}

describe('importing a feed to keep curating', () => {
  it('makes a showcase with the feed title, curator and items in order, and exports them back the same', async () => {
    const rig = freshShowcases();
    const text = fixtureText('showcase/kedai-kuru.json');
    const result = await rig.service.importFeed(new Blob([text]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.added).toBe(3);
    expect(result.skipped).toEqual([]);
    expect(result.showcase).toMatchObject({ title: 'Produk lokal pilihan Kedai Kopi Kuru', curator: { name: 'Kedai Kopi Kuru' } });
    const exported = await rig.service.exportFeed(result.showcase.id);
    if (!exported.ok) throw new Error('export failed');
    const original = parseFeedText(text);
    if (!original.ok) throw new Error('fixture invalid');
    expect({ ...exported.feed, updated: undefined }).toEqual({ ...original.feed, updated: undefined });
  });

  it('keeps the good items of a mixed feed and names the ones left out', async () => {
    const rig = freshShowcases();
    const result = await rig.service.importFeed(fixtureText('showcase/mixed.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((await rig.service.listItems(result.showcase.id)).map((r) => r.item.id)).toEqual(['keripik', 'batik']);
    expect(result.skipped.map((s) => [s.index, s.id])).toEqual([
      [1, 'jahat'],
      [2, 'kosong'],
    ]);
  });

  it.each([
    ['an empty file', '', /kosong/, /empty/],
    ['broken JSON', '{"version": 1, "title": "Kedai", "items": [', /bukan JSON yang valid/, /not valid JSON/],
    ['a list instead of a feed', '[1, 2, 3]', /bukan etalase Rapi/, /not a Rapi showcase/],
    ['a newer feed', JSON.stringify({ version: 9, title: 'x', items: [] }), /versi 9/, /version 9/],
    ['a feed without a title', JSON.stringify({ version: 1, items: [] }), /kolom title: wajib diisi/, /field title: is required/],
    ['a Rapi data backup', fixtureText('showcase/v2-export.json'), /cadangan data Rapi/, /data backup/],
    ['a hostile title', JSON.stringify({ version: 1, title: '<img src=x onerror=alert(1)>'.repeat(20), items: [] }), /terlalu panjang/, /too long/],
  ])('refuses %s with a bilingual message and changes nothing', async (_what, text, id, en) => {
    const rig = freshShowcases();
    const made = await rig.service.createShowcase({ title: 'Sudah ada' });
    expect(made.ok).toBe(true);
    const before = await counts(rig);
    const result = await rig.service.importFeed(new Blob([text]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.id).toMatch(id);
    expect(result.problem.en).toMatch(en);
    expect(result.problem.id).toMatch(/Tidak ada yang diubah\.$/);
    expect(result.problem.en).toMatch(/Nothing was changed\.$/);
    expect(await counts(rig)).toEqual(before);
  });

  it('refuses a file over 12 MB before reading it', async () => {
    const big = new Blob([new Uint8Array(12 * 1024 * 1024 + 1)]);
    const read = await readFeedFile(big);
    expect(!read.ok && read.problem.en).toMatch(/too big/);
  });
});

describe('showcases in the export of all data', () => {
  beforeEach(() => fakeBrowser.reset());

  it('export → wipe → import gives back the showcases, their items and their order', async () => {
    const rig = freshShowcases();
    const drafts = createExtensionDraftService(rig.db, { now: () => rig.clock.now });
    const imported = await rig.service.importFeed(fixtureText('showcase/kedai-kuru.json'));
    if (!imported.ok) throw new Error('import failed');
    const rows = await rig.service.listItems(imported.showcase.id);
    await rig.service.moveItem(rows[2]!.id, 0);
    const file = await drafts.exportFile();

    const fresh = freshShowcases();
    const outcome = await createExtensionDraftService(fresh.db).importAll(file.text);
    expect(outcome.ok).toBe(true);
    expect(await fresh.db.showcases.toArray()).toEqual(await rig.db.showcases.toArray());
    expect((await fresh.service.listItems(imported.showcase.id)).map((r) => r.item.id)).toEqual([
      'emping-melinjo-250-gr',
      'kopi-arabika-gayo-250-gr',
      'gula-aren-lebak-500-gr',
    ]);
    // Importing again changes nothing; a newer edit on this device is kept.
    await fresh.service.updateShowcase(imported.showcase.id, { title: 'Diubah di laptop' });
    await createExtensionDraftService(fresh.db).importAll(file.text);
    expect((await fresh.db.showcases.get(imported.showcase.id))?.title).toBe('Diubah di laptop');
    expect(await fresh.db.showcaseItems.count()).toBe(3);
  });

  it('reads a file from before showcases existed: its rows join "Etalase saya", made from their drafts', async () => {
    const rig = freshShowcases();
    const outcome = await createExtensionDraftService(rig.db).importAll(fixtureText('showcase/v2-export.json'));
    expect(outcome.ok).toBe(true);
    const rows = await rig.service.listItems('etalase-saya');
    expect(rows.map((r) => [r.id, r.item.name, r.note, r.draftKey])).toEqual([
      ['item-1', 'Sambal Bawang Botol 150 gr Pedas Level 3', 'Sambal favorit', 'shopee:form:shopee-seller:new'],
      ['item-2', 'Tas rajut Bu Ani', 'Tas rajut Bu Ani', undefined],
    ]);
    expect((await rig.db.showcases.get('etalase-saya'))?.title).toBe('Etalase saya');
    const exported = await rig.service.exportFeed('etalase-saya');
    expect(exported.ok && exported.feed.items.map((i) => i.id)).toEqual(['sambal-bawang-botol-150-gr-pedas-level-3', 'tas-rajut-bu-ani']);
  });

  it('refuses a file whose items point at a showcase it does not hold, and changes nothing', async () => {
    const rig = freshShowcases();
    const drafts = createExtensionDraftService(rig.db);
    const file = JSON.parse(fixtureText('showcase/v2-export.json')) as Record<string, unknown>;
    file.showcase = [{ id: 'r1', showcaseId: 'ghost', position: 0, item: { id: 'a', name: 'A', links: {} }, createdAt: 1, updatedAt: 1 }];
    const outcome = await drafts.importAll(JSON.stringify(file));
    expect(!outcome.ok && outcome.problem.en).toMatch(/missing showcase "ghost"/);
    expect(await rig.db.drafts.count()).toBe(0);
    expect(await rig.db.showcaseItems.count()).toBe(0);
    // A current row with a broken item is not mistaken for an old one.
    file.showcases = [{ id: 'ghost', title: 'G', createdAt: 1, updatedAt: 1 }];
    file.showcase = [{ id: 'r1', showcaseId: 'ghost', position: 0, item: { id: 'a', name: '', links: {} }, createdAt: 1, updatedAt: 1 }];
    expect((await drafts.importAll(JSON.stringify(file))).ok).toBe(false);
    expect(await rig.db.showcases.count()).toBe(0);
  });
});
