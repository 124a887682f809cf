import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const FEEDS = path.join(ROOT, 'tests/fixtures/feeds');

export function readFeedFixture(name: string): string {
  return readFileSync(path.join(FEEDS, name), 'utf8');
}

export function readDemoFeed(): string {
  return readFileSync(path.join(ROOT, 'demo/etalase.json'), 'utf8');
}

export function xssPayloads(): string[] {
  return (JSON.parse(readFeedFixture('xss-payloads.json')) as { payloads: string[] }).payloads;
}

/** The fields a feed author can put a URL in, as paths into an item. */
export const URL_FIELDS = ['photo.src', 'links.shopee', 'links.tokopedia', 'links.instagram', 'links.website', 'links.whatsapp.number'] as const;

/** A complete, valid item; tests change one field at a time. */
export function validItem(id: string): Record<string, unknown> {
  return {
    id,
    name: `Produk ${id}`,
    price: { idr: 10000, note: 'per bungkus' },
    photo: { src: `https://img.example/${id}.jpg`, alt: `Foto ${id}` },
    seller: { name: 'Toko Uji', city: 'Kota Bandung', district: 'Kec. Coblong' },
    category: 'Camilan',
    tags: ['uji'],
    badges: ['halal'],
    blurb: 'Barang uji.',
    links: {
      shopee: `https://shopee.co.id/toko/${id}`,
      tokopedia: `https://www.tokopedia.com/toko/${id}`,
      whatsapp: { number: '0812-3456-7890', message: 'Halo' },
      instagram: `https://www.instagram.com/${id}`,
      website: `https://toko.example/${id}`,
    },
  };
}

/** Sets a dotted path ("links.whatsapp.number") in a plain object. */
export function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

export { seeded } from '../../support/seeded';
