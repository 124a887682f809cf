import { describe, expect, it } from 'vitest';
import { describeSkipped, ShowcaseFeed, FEED_VERSION, parseFeed, parseFeedText } from '../../../shared/feed';
import { readDemoFeed, readFeedFixture, validItem } from './helpers';

function ok(result: ReturnType<typeof parseFeed>) {
  if (!result.ok) throw new Error(`expected a feed, got: ${result.error.en}`);
  return result;
}

describe('parseFeed', () => {
  it('reads the demo café feed whole', () => {
    const { feed, skipped } = ok(parseFeedText(readDemoFeed()));
    expect(skipped).toEqual([]);
    expect(feed.items.length).toBeGreaterThanOrEqual(20);
    expect(feed.version).toBe(FEED_VERSION);
    // The demo is the schema's own example: it must pass the full schema too, not only the item-by-item parse.
    expect(ShowcaseFeed.safeParse(JSON.parse(readDemoFeed())).success).toBe(true);
  });

  it('reads a minimal feed and fills in empty links', () => {
    const { feed } = ok(parseFeedText(readFeedFixture('minimal.json')));
    expect(feed.items).toEqual([{ id: 'kopi', name: 'Kopi Arabika 250 gr', links: {} }]);
  });

  it('skips bad items, keeps good ones, and says which and why in both languages', () => {
    const { feed, skipped } = ok(parseFeedText(readFeedFixture('mixed-items.json')));
    expect(feed.items.map((i) => i.id)).toEqual(['ok-1', 'ok-2']);
    const byId = Object.fromEntries(skipped.map((s) => [s.id ?? `#${s.index}`, s.reason]));
    expect(byId['no-name']).toEqual({ id: 'kolom name: wajib diisi', en: 'field name: is required' });
    expect(byId['bad-shopee']?.id).toBe('kolom links.shopee: harus tautan https:// ke shopee.co.id');
    expect(byId['shopee-elsewhere']?.en).toBe('field links.shopee: must be an https:// link to shopee.co.id');
    expect(byId['bad-price']?.id).toBe('kolom price.idr: harus berupa bilangan bulat');
    expect(byId['negative-price']?.en).toBe('field price.idr: too small (min 0)');
    expect(byId['price-as-text']?.id).toBe('kolom price.idr: harus berupa angka');
    expect(byId['bad-badge']?.id).toContain('kolom badges.1: nilai "sni-palsu" tidak dikenal');
    expect(byId['bad-photo']?.en).toBe('field photo.src: must be an https:// link or a file name next to the feed');
    expect(byId['http-photo']?.en).toBe('field photo.src: must be an https:// link or a file name next to the feed');
    expect(byId['bad-wa']?.id).toBe('kolom links.whatsapp.number: nomor WhatsApp tidak valid (contoh: 0812-3456-7890)');
    expect(byId['long-name']?.id).toBe('kolom name: terlalu panjang (maks. 200 huruf)');
    expect(byId['#12']?.id).toBe('kolom id: tidak boleh kosong');
    expect(byId['#13']).toEqual({ id: 'harus berupa objek { }', en: 'must be an object { }' });
    const duplicate = skipped.find((s) => s.index === 14)!;
    expect(duplicate.reason.en).toBe('field id: already used by another item');
    expect(skipped).toHaveLength(14);
  });

  it('drops keys it does not know, so newer feeds still render', () => {
    const { feed } = ok(parseFeedText(readFeedFixture('mixed-items.json')));
    expect(feed).not.toHaveProperty('extraField');
    expect(feed.items[0]).not.toHaveProperty('unknownKey');
  });

  it('describes a skipped item for the console in one bilingual line', () => {
    expect(describeSkipped({ index: 2, id: 'bad-shopee', reason: { id: 'kolom x: salah', en: 'field x: wrong' } })).toEqual({
      id: 'Barang ke-3 (id "bad-shopee") dilewati: kolom x: salah',
      en: 'Item 3 (id "bad-shopee") skipped: field x: wrong',
    });
  });

  it.each([
    ['broken.json.txt', 'Feed bukan JSON yang valid. Periksa tanda koma dan tanda kutip.'],
    ['newer-version.json', 'Feed ini versi 2, lebih baru dari widget ini (versi 1). Perbarui rapi-etalase.js.'],
    ['bad-envelope.json', 'Feed tidak valid: kolom curator.url: harus tautan https:// .'],
  ])('refuses %s with a friendly bilingual message', (file, id) => {
    const result = parseFeedText(readFeedFixture(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.id.replace(/\s+\./, ' .')).toBe(id.replace(/\s+\./, ' .'));
    expect(result.error.en.length).toBeGreaterThan(10);
  });

  it.each([
    [null, 'Isi feed bukan etalase Rapi (harus objek JSON { }).'],
    [[], 'Isi feed bukan etalase Rapi (harus objek JSON { }).'],
    ['teks', 'Isi feed bukan etalase Rapi (harus objek JSON { }).'],
    [{ title: 'Tanpa versi', items: [] }, 'Feed tidak valid: kolom version: wajib diisi.'],
    [{ version: 1, items: [] }, 'Feed tidak valid: kolom title: wajib diisi.'],
    [{ version: 1, title: 'x', items: {} }, 'Feed tidak valid: kolom items: harus berupa daftar [ ].'],
    [{ version: 1, title: 'x', updated: 'kemarin', items: [] }, 'Feed tidak valid: kolom updated: tanggal harus seperti 2026-11-20T09:00:00+07:00.'],
    [{ version: 1, title: 'x', updated: '2026-11-20', items: [] }, 'Feed tidak valid: kolom updated: tanggal harus seperti 2026-11-20T09:00:00+07:00.'],
    [{ version: 0, title: 'x', items: [] }, 'Feed tidak valid: kolom version: nilai "0" tidak dikenal (pilihan: 1).'],
  ])('refuses the feed %j', (json, message) => {
    const result = parseFeed(json);
    expect(result).toMatchObject({ ok: false, error: { id: message } });
  });

  it('accepts every field filled in, and returns exactly what it read', () => {
    const item = validItem('lengkap');
    const { feed } = ok(parseFeed({ version: 1, title: 'x', updated: '2026-11-20T09:00:00.5Z', items: [item] }));
    expect(feed.items[0]).toEqual(item);
  });
});
