import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../shared/feed';
import { toCardData, type CardData, type LinkKind } from '../../../shared/feed/card-data';
import { demoFeed } from './feed-for-tests';

const href = (card: CardData, kind: LinkKind) => card.links.find((l) => l.kind === kind)?.href;
const origin = { base: 'https://cafe.example/data/etalase.json', pageOrigin: 'https://cafe.example' };

describe('toCardData', () => {
  const feed = demoFeed();
  const card = toCardData(feed.items[0]!, feed, origin);

  it('formats the price as Rupiah and keeps the note', () => {
    expect(card.price).toBe('Rp85.000');
    expect(card.priceNote).toBe('per 250 gr');
  });

  it('resolves a relative photo against the feed URL', () => {
    expect(card.photo).toBe('https://cafe.example/data/foto/kopi-arabika.svg');
    expect(card.photoAlt).toBe('Kemasan cokelat kopi arabika Bukit Kuru');
  });

  it('builds buy links on the right marketplaces and a wa.me link naming the product', () => {
    expect(href(card, 'shopee')).toBe('https://shopee.co.id/kopibukitkuru');
    expect(href(card, 'tokopedia')).toMatch(/^https:\/\/www\.tokopedia\.com\//);
    const wa = new URL(href(card, 'whatsapp')!);
    expect(wa.origin + wa.pathname).toBe('https://wa.me/6280010000001');
    expect(wa.searchParams.get('text')).toBe(
      'Halo, saya mau pesan Kopi Arabika Bukit Kuru 250 gr Biji Sangrai (Rp85.000) yang saya lihat di etalase Etalase Produk Lokal Kedai Kopi Kuru. Apakah masih tersedia?',
    );
  });

  it('puts the buy places in the card order: the first is the one primary button', () => {
    expect(card.links.map((l) => l.kind)).toEqual(['shopee', 'tokopedia', 'whatsapp']);
    expect(card.soldOut).toBe(false);
    const batik = toCardData(feed.items.find((i) => i.id === 'batik-tulis-jlamprang')!, feed, origin);
    expect(batik.links.map((l) => l.kind)).toEqual(['shopee', 'tokopedia', 'whatsapp', 'instagram']);
    const tenun = toCardData(feed.items.find((i) => i.id === 'selendang-tenun-sumba')!, feed, origin);
    expect(tenun.links.map((l) => l.kind)).toEqual(['whatsapp', 'website']);
  });

  it('out of stock: WhatsApp comes first and the message asks when it is back', () => {
    const item = { ...feed.items[0]!, stock: 'out' as const };
    const c = toCardData(item, feed, origin);
    expect(c.soldOut).toBe(true);
    expect(c.links.map((l) => l.kind)).toEqual(['whatsapp', 'shopee', 'tokopedia']);
    expect(new URL(c.links[0]!.href).searchParams.get('text')).toBe(
      'Halo, saya mau pesan Kopi Arabika Bukit Kuru 250 gr Biji Sangrai (Rp85.000) yang saya lihat di etalase Etalase Produk Lokal Kedai Kopi Kuru. Di etalase tertulis stok habis: kapan tersedia lagi?',
    );
    // "available" (or no stock field at all) is the ordinary card.
    expect(toCardData({ ...feed.items[0]!, stock: 'available' }, feed, origin).links[0]!.kind).toBe('shopee');
  });

  it('uses the seller own WhatsApp message when the feed gives one', () => {
    const item = feed.items.find((i) => i.id === 'gula-aren-cair-500')!;
    const text = new URL(href(toCardData(item, feed, origin), 'whatsapp')!).searchParams.get('text');
    expect(text).toBe('Halo Aren Lestari, saya mau pesan Gula Aren Cair 500 ml. Bisa kirim ke Jakarta?');
  });

  it('joins district and city, and uses the name as alt text when there is none', () => {
    const result = parseFeed({
      version: 1,
      title: 'x',
      items: [{ id: 'a', name: 'Emping', photo: { src: 'https://img.example/e.jpg' }, seller: { name: 'Bu Eni', district: 'Kec. Menes', city: 'Kab. Pandeglang' }, badges: ['halal', 'halal'] }],
    });
    if (!result.ok) throw new Error(result.error.en);
    const c = toCardData(result.feed.items[0]!, result.feed, origin);
    expect(c.place).toBe('Kec. Menes, Kab. Pandeglang');
    expect(c.photoAlt).toBe('Emping');
    expect(c.badges).toEqual(['halal']);
    expect(c.price).toBeUndefined();
    expect(c.links).toEqual([]);
  });

  it('drops a photo that would load over plain http from another origin', () => {
    const result = parseFeed({ version: 1, title: 'x', items: [{ id: 'a', name: 'A', photo: { src: '//img.example/a.jpg' } }] });
    if (!result.ok) throw new Error(result.error.en);
    const onHttpPage = { base: 'http://warung.example/etalase.json', pageOrigin: 'http://warung.example' };
    expect(toCardData(result.feed.items[0]!, result.feed, onHttpPage).photo).toBeUndefined();
    expect(toCardData(result.feed.items[0]!, result.feed, origin).photo).toBe('https://img.example/a.jpg');
  });
});
