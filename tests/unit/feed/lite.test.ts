/**
 * The widget checks feeds with lite.ts over the JSON Schema made from the zod schema. These tests prove that it
 * agrees with zod: same items kept, same data returned, same items skipped for the same reason.
 */
import { describe, expect, it } from 'vitest';
import { feedJsonSchema, parseFeed } from '../../../shared/feed';
import { createLiteFeedParser, type JsonSchemaNode } from '../../../shared/feed/lite';
import { CHECKS } from '../../../shared/feed/checks';
import { readDemoFeed, readFeedFixture, seeded, setPath, URL_FIELDS, validItem, xssPayloads } from './helpers';

const lite = createLiteFeedParser(feedJsonSchema() as JsonSchemaNode);

function expectSame(json: unknown) {
  expect(lite.parseFeed(json)).toEqual(parseFeed(json));
}

describe('the JSON Schema the widget receives', () => {
  const text = JSON.stringify(feedJsonSchema());

  it('is self-contained (no $ref) and names only checks that exist', () => {
    expect(text).not.toContain('$ref');
    const named = [...text.matchAll(/"x-check":"(\w+)"/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(10);
    for (const name of named) expect(Object.keys(CHECKS)).toContain(name);
  });

  it('uses only keywords lite.ts understands', () => {
    const known = new Set(['$schema', 'type', 'properties', 'required', 'items', 'const', 'enum', 'minimum', 'maximum', 'maxLength', 'maxItems', 'default', 'x-check', 'additionalProperties']);
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties') Object.values(value as object).forEach(walk);
        else if (key === 'default' || key === 'enum' || key === 'const' || key === 'required') continue;
        else {
          expect(known, `unknown JSON Schema keyword "${key}"`).toContain(key);
          walk(value);
        }
      }
    };
    walk(feedJsonSchema());
  });
});

describe('lite.ts agrees with zod', () => {
  it.each(['minimal.json', 'mixed-items.json', 'newer-version.json', 'bad-envelope.json'])('on %s', (file) => {
    expectSame(JSON.parse(readFeedFixture(file)));
  });

  it('on the demo feed', () => {
    expectSame(JSON.parse(readDemoFeed()));
    expect(lite.parseFeedText('{ nope')).toEqual({ ok: false, error: expect.objectContaining({ id: expect.stringContaining('JSON') }) });
  });

  it('on every XSS payload in every field', () => {
    const items = xssPayloads().flatMap((p, i) => [
      { ...validItem(`t${i}`), name: p, blurb: p, category: p, tags: [p], seller: { name: p, city: p } },
      ...URL_FIELDS.map((field) => {
        const item = validItem(`u${i}-${field}`);
        setPath(item, field, p);
        return item;
      }),
    ]);
    const feed = { version: 1, title: 'XSS', items };
    expectSame(feed);
    for (const p of xssPayloads().slice(0, 40)) {
      expectSame({ version: 1, title: p, curator: { name: p, url: p }, items: [] });
    }
  });

  it('on 3,000 randomly broken items (seeded)', () => {
    const random = seeded(20261125);
    const values: unknown[] = [
      undefined, null, '', '   ', 'x'.repeat(201), 'x'.repeat(700), 0, -1, 1.5, 1e12, Number.MAX_SAFE_INTEGER + 2, true, [], {}, ['halal'],
      ['halal', 'bogus'], 'halal', 'javascript:alert(1)', 'https://shopee.co.id/x', 'https://www.tokopedia.com/x',
      'https://evil.example/', 'http://shopee.co.id/', 'foto/a.jpg', '0812-3456-7890', '62', { idr: 5 }, { idr: '5' },
      { number: '0812-3456-7890' }, { number: 5 }, { src: 'https://img.example/a.jpg' }, { src: 'data:,' }, { name: 'Toko' },
      { name: '' }, Array.from({ length: 25 }, () => 'tag'), Array.from({ length: 7 }, () => 'halal'),
    ];
    const paths = [
      'id', 'name', 'price', 'price.idr', 'price.note', 'photo', 'photo.src', 'photo.alt', 'seller', 'seller.name', 'seller.city',
      'category', 'tags', 'badges', 'blurb', 'links', 'links.shopee', 'links.tokopedia', 'links.whatsapp', 'links.whatsapp.number',
      'links.whatsapp.message', 'links.instagram', 'links.website',
    ];
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const items = Array.from({ length: 3000 }, (_, i) => {
      const item = validItem(`r${i}`);
      const changes = 1 + Math.floor(random() * 3);
      for (let c = 0; c < changes; c++) {
        try {
          setPath(item, pick(paths), structuredClone(pick(values)));
        } catch {
          // The parent of that path was replaced by a non-object: that is a broken item too.
        }
      }
      return item;
    });
    const zodResult = parseFeed({ version: 1, title: 'Acak', items });
    expect(lite.parseFeed({ version: 1, title: 'Acak', items })).toEqual(zodResult);
    // The fuzz must exercise both outcomes to mean anything.
    expect(zodResult.ok && zodResult.skipped.length).toBeGreaterThan(500);
    expect(zodResult.ok && zodResult.feed.items.length).toBeGreaterThan(100);
  });
});
