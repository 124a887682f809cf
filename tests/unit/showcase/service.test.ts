import { describe, expect, it } from 'vitest';
import { feedJsonSchema } from '../../../shared/feed/schema';
import { ShowcaseFeed } from '../../../shared/feed/schema';
import { createLiteFeedParser, type JsonSchemaNode } from '../../../shared/feed/lite';
import { buildFeed, isoWithOffset } from '../../../extension/showcase/feed-export';
import { prefillItem } from '../../../shared/feed/prefill';
import { freshShowcases, listing } from './helpers';

const widgetParser = createLiteFeedParser(feedJsonSchema() as JsonSchemaNode);

async function kedai() {
  const rig = freshShowcases();
  const made = await rig.service.createShowcase({ title: 'Produk lokal pilihan Kedai Kopi Kuru', curator: { name: 'Kedai Kopi Kuru', url: 'https://kedaikuru.id/' } });
  if (!made.ok) throw new Error('no showcase');
  return { ...rig, showcase: made.showcase };
}

const kopi = prefillItem(
  listing({
    marketplace: 'shopee',
    title: 'Kopi Arabika Gayo 250 gr',
    price: 45000,
    sourceUrl: 'https://shopee.co.id/Kopi-Arabika-Gayo-i.1.2',
    shopName: 'Kopi Takengon',
    shopCity: 'KAB. ACEH TENGAH',
    description: 'Halal MUI. P-IRT 2061101020123-26',
  }),
);

describe('showcase service', () => {
  it('exports the items in the curator order as a feed both zod and the widget validator accept', async () => {
    const { service, showcase } = await kedai();
    const a = await service.addItem(showcase.id, { item: kopi, origin: { kind: 'page', score: 80 } });
    const b = await service.addItem(showcase.id, {
      item: { id: 'gula-aren', name: 'Gula Aren Lebak 500 gr', price: { idr: 28000, note: 'per 500 gr' }, links: { whatsapp: { number: '0812-3456-7890' } } },
    });
    const c = await service.addItem(showcase.id, { item: { ...kopi, blurb: 'Sama, ukuran lain' } });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !c.ok) return;
    // The same product twice gets its own feed id.
    expect(c.row.item.id).toBe(`${kopi.id}-2`);
    // Move the last one to the top, by keyboard or button: the order is stored.
    expect(await service.moveItem(c.row.id, 0)).toEqual({ ok: true, index: 0 });

    const exported = await service.exportFeed(showcase.id);
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(exported.fileName).toBe('etalase-produk-lokal-pilihan-kedai-kopi-kuru.json');
    expect(exported.leftOut).toEqual([]);
    const json = JSON.parse(exported.text) as unknown;
    const strict = ShowcaseFeed.safeParse(json);
    expect(strict.error).toBeUndefined();
    expect(strict.data?.items.map((i) => i.id)).toEqual(['kopi-arabika-gayo-250-gr-2', 'kopi-arabika-gayo-250-gr', 'gula-aren']);
    expect(strict.data?.curator).toEqual({ name: 'Kedai Kopi Kuru', url: 'https://kedaikuru.id/' });
    expect(strict.data?.items[1]?.badges).toEqual(['halal', 'pirt']);
    const lite = widgetParser.parseFeed(json);
    expect(lite.ok && lite.skipped).toEqual([]);
    expect(lite.ok && lite.feed).toEqual(strict.data);
  });

  it('refuses an item the feed would refuse, with a bilingual reason, and stores nothing', async () => {
    const { service, showcase, db } = await kedai();
    const bad = await service.addItem(showcase.id, { item: { ...kopi, links: { whatsapp: { number: '12' } } } });
    expect(bad).toEqual({
      ok: false,
      problem: {
        id: 'Periksa isian barang: kolom links.whatsapp.number: nomor WhatsApp tidak valid (contoh: 0812-3456-7890).',
        en: 'Check the item: field links.whatsapp.number: not a valid WhatsApp number (example: 0812-3456-7890).',
      },
    });
    const hostile = await service.addItem(showcase.id, { item: { ...kopi, links: { shopee: 'javascript:alert(1)//shopee.co.id' } } });
    expect(hostile.ok).toBe(false);
    const blank = await service.addItem(showcase.id, { item: { ...kopi, name: '   ' } });
    expect(!blank.ok && blank.problem.en).toMatch(/field name: must not be empty/);
    expect(await db.showcaseItems.count()).toBe(0);
  });

  it('keeps several showcases apart; deleting one can be undone', async () => {
    const { service, showcase } = await kedai();
    const other = await service.createShowcase({ title: 'Etalase Dekranasda' });
    if (!other.ok) throw new Error('no showcase');
    await service.addItem(showcase.id, { item: kopi });
    await service.addItem(other.showcase.id, { item: kopi });
    await service.addItem(other.showcase.id, { item: { id: 'x', name: 'Batik Tulis Lasem', links: {} } });
    expect((await service.listShowcases()).map((s) => [s.title, s.itemCount])).toEqual([
      ['Etalase Dekranasda', 2],
      ['Produk lokal pilihan Kedai Kopi Kuru', 1],
    ]);
    const gone = await service.deleteShowcase(other.showcase.id);
    expect(gone.ok).toBe(true);
    expect((await service.listShowcases()).map((s) => s.title)).toEqual(['Produk lokal pilihan Kedai Kopi Kuru']);
    if (gone.ok) await service.restore(gone.showcase, gone.items);
    expect((await service.listItems(other.showcase.id)).map((r) => r.item.name)).toEqual(['Kopi Arabika Gayo 250 gr', 'Batik Tulis Lasem']);
  });

  it('checks the showcase title and curator link', async () => {
    const { service } = freshShowcases();
    expect(await service.createShowcase({ title: '  ' })).toMatchObject({ ok: false, problem: { en: 'Check the showcase: the showcase title is required.' } });
    const link = await service.createShowcase({ title: 'Kedai', curator: { name: 'Kedai', url: 'http://kedai.id' } });
    expect(!link.ok && link.problem.en).toMatch(/field curator.url: must be an https:\/\/ link/);
  });

  it('moves items within bounds and renumbers the order', async () => {
    const { service, showcase } = await kedai();
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C', 'D']) {
      const r = await service.addItem(showcase.id, { item: { id: name.toLowerCase(), name, links: {} } });
      if (r.ok) ids.push(r.row.id);
    }
    await service.moveItem(ids[0]!, 99);
    await service.moveItem(ids[3]!, -5);
    await service.moveItem(ids[2]!, 2);
    const rows = await service.listItems(showcase.id);
    expect(rows.map((r) => r.item.name)).toEqual(['D', 'B', 'C', 'A']);
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3]);
    expect(await service.moveItem('nope', 0)).toMatchObject({ ok: false, problem: { en: expect.stringMatching(/not found/) } });
  });

  it('edits an item: checked, keeps its place, keeps ids unique', async () => {
    const { service, showcase } = await kedai();
    const first = await service.addItem(showcase.id, { item: { id: 'kopi', name: 'Kopi', links: {} } });
    const second = await service.addItem(showcase.id, { item: { id: 'teh', name: 'Teh', links: {} } });
    if (!first.ok || !second.ok) throw new Error('not added');
    const renamed = await service.updateItem(second.row.id, { id: 'kopi', name: 'Teh Melati', category: 'Minuman', links: {} }, 'stok terbatas');
    expect(renamed.ok && renamed.row).toMatchObject({ position: 1, note: 'stok terbatas', item: { id: 'kopi-2', name: 'Teh Melati', category: 'Minuman' } });
    const bad = await service.updateItem(second.row.id, { id: 'teh', name: 'Teh', price: { idr: -5 }, links: {} });
    expect(!bad.ok && bad.problem.en).toMatch(/price.idr/);
    expect((await service.listItems(showcase.id))[1]?.item.name).toBe('Teh Melati');
  });
});

describe('the feed file', () => {
  it('writes the update time with the curator time zone', () => {
    expect(isoWithOffset(Date.UTC(2026, 10, 20, 2, 0, 0), 420)).toBe('2026-11-20T09:00:00+07:00');
    expect(isoWithOffset(Date.UTC(2026, 10, 20, 2, 0, 0), -150)).toBe('2026-11-19T23:30:00-02:30');
    expect(isoWithOffset(Date.UTC(2026, 10, 20, 2, 0, 0), 0)).toBe('2026-11-20T02:00:00+00:00');
  });

  it('names and leaves out a row damaged outside Rapi instead of writing an invalid feed', () => {
    const showcase = { id: 's', title: 'Kedai', createdAt: 1, updatedAt: 1 };
    const good = { id: 'r1', showcaseId: 's', position: 0, item: { id: 'a', name: 'Kopi', links: {} }, createdAt: 1, updatedAt: 1 };
    const damaged = { ...good, id: 'r2', position: 1, item: { id: 'b', name: 'Teh', photo: { src: 'javascript:alert(1)' }, links: {} } };
    const twin = { ...good, id: 'r3', position: 2 };
    const { feed, leftOut } = buildFeed(showcase, [damaged, twin, good], Date.UTC(2026, 0, 1), 420);
    expect(feed.items.map((i) => i.id)).toEqual(['a', 'a-2']);
    expect(leftOut).toEqual([{ rowId: 'r2', name: 'Teh', reason: { id: 'kolom photo.src: harus tautan https:// atau nama file di samping feed', en: 'field photo.src: must be an https:// link or a file name next to the feed' } }]);
    expect(ShowcaseFeed.safeParse(feed).success).toBe(true);
  });
});
