/**
 * Every message a seller, curator or trainer can read after giving Rapi bad data is Rapi's own plain words, in both
 * languages: never zod's vocabulary ("Invalid input: expected string", "must be array", "Too big"). Each valid
 * document below is broken at every path in many ways, and every resulting message is checked.
 */
import { describe, expect, it } from 'vitest';
import * as zm from 'zod/mini';
import { EXPORT_FORMAT, parseExportValue, type ExportFileInput } from '../../../shared/export';
import { feedJsonSchema, parseFeed } from '../../../shared/feed';
import { createLiteFeedParser, type JsonSchemaNode } from '../../../shared/feed/lite';
import type { BilingualText } from '../../../shared/i18n/text';
import { Listing } from '../../../shared/listing/schema';
import { validateListing } from '../../../shared/listing/validate';
import { readFeedFile } from '../../../extension/showcase/feed-import';
import { createListener } from '../../../extension/messaging/service';
import type { ReplyEnvelope } from '../../../extension/messaging/protocol';
import { sampleSession } from '../../fixtures/coaching/sessions';
import { validItem } from '../feed/helpers';

/** zod's own words (its default messages, issue codes and type names after "must be"/"expected"). */
const TYPES = 'string|number|int|boolean|bigint|symbol|undefined|null|never|nan|date|array|object|record|tuple|map|set|union|unknown|nonoptional';
const ZOD_WORDS = new RegExp(
  [
    'Invalid (input|option|string|enum|union|key|element|discriminator|format|date|type|number)',
    `expected (${TYPES})\\b`,
    `must be (${TYPES})\\b`,
    `received (${TYPES})\\b`,
    'Too (big|small):',
    'Unrecognized key',
    '\\b(invalid_type|too_big|too_small|invalid_value|invalid_format|invalid_union|unrecognized_keys|not_multiple_of)\\b',
    '\\$?Zod',
    '"code":',
  ].join('|'),
  'i',
);
/** Our schemas' own English refinements, which must not reach the Indonesian text. */
const ENGLISH_IN_INDONESIAN = /duplicate|missing|lacks|not a Rapi|is empty|revision of|undefined|\[object/;

const WRONG: unknown[] = [undefined, null, true, 0, -1, 1.5, 1e300, '', 'x', 'x'.repeat(5000), [], [1, 'a'], {}, { a: 1 }, '2026-13-45'];

/** Every path in a JSON-like value (objects and arrays), the root excluded. */
function paths(value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [[...at, k], ...paths((value as Record<PropertyKey, unknown>)[k], [...at, k])]);
}

function withValue(base: unknown, path: PropertyKey[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<PropertyKey, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Each path broken with `perPath` of the wrong values, taken in turn so every value is used across the paths. */
function* broken(base: unknown, perPath = WRONG.length): Generator<[string, unknown]> {
  let turn = 0;
  for (const path of paths(base)) {
    for (let k = 0; k < perPath; k++) {
      const value = WRONG[turn++ % WRONG.length];
      yield [`${path.join('.')} = ${JSON.stringify(value)?.slice(0, 20)}`, withValue(base, path, value)];
    }
  }
}

function expectPlain(text: BilingualText, where: string): void {
  expect(text.id, where).not.toMatch(ZOD_WORDS);
  expect(text.en, where).not.toMatch(ZOD_WORDS);
  expect(text.id, where).not.toMatch(ENGLISH_IN_INDONESIAN);
  expect(text.id, where).not.toBe(text.en);
}

const listing = { marketplace: 'shopee' as const, title: 'Kopi Gayo 250 gr', price: 85000, attributes: { Asal: 'Aceh' }, photos: [{ src: 'https://down-id.img.susercontent.com/file/a' }], variants: [{ name: 'Ukuran', options: ['250 gr'] }], dimensionsCm: { length: 10 } };
const exportFile: ExportFileInput = {
  format: EXPORT_FORMAT,
  version: 1,
  exportedAt: Date.UTC(2026, 4, 14),
  drafts: [{ key: 'shopee:item:1', listing, rev: 1, createdAt: 1, updatedAt: 2 }],
  revisions: [{ draftKey: 'shopee:item:1', rev: 1, listing, savedAt: 1, kind: 'created' }],
  settings: [{ key: 'drafts.sort', value: 'score-low', updatedAt: 1 }],
  preferences: { lang: 'en' },
  sessions: [sampleSession({ id: 's1' })],
  showcases: [{ id: 'e1', title: 'Etalase Kedai Kuru', createdAt: 1, updatedAt: 1 }],
  showcase: [{ id: 'i1', showcaseId: 'e1', position: 0, item: { id: 'kopi', name: 'Kopi', links: {} }, createdAt: 1, updatedAt: 1 }],
};
const feed = { version: 1, title: 'Etalase', curator: { name: 'Kedai Kuru', url: 'https://kedai.example' }, items: [validItem('a')] };

describe('messages after bad data use Rapi\'s words, never zod\'s', () => {
  it('the base documents are valid (so each break below is the only fault)', () => {
    expect(parseExportValue(exportFile).ok).toBe(true);
    expect(parseFeed(feed)).toMatchObject({ ok: true, skipped: [] });
    expect(validateListing(listing).ok).toBe(true);
  });

  it('export files broken at every path', () => {
    let refused = 0;
    // The file has a few hundred paths (a whole coaching session): 4 breaks each keeps the test quick.
    for (const [where, value] of broken(exportFile, 4)) {
      const parsed = parseExportValue(value);
      if (parsed.ok) continue;
      refused++;
      expectPlain(parsed.problem, where);
    }
    expect(refused).toBeGreaterThan(500);
  });

  it('feeds broken at every path, in the zod and the widget parser', () => {
    const lite = createLiteFeedParser(feedJsonSchema() as JsonSchemaNode);
    let refused = 0;
    for (const [where, value] of broken(feed)) {
      for (const result of [parseFeed(value), lite.parseFeed(value)]) {
        if (!result.ok) expectPlain(result.error, where);
        else for (const skip of result.skipped) expectPlain(skip.reason, where);
        refused += result.ok ? result.skipped.length : 1;
      }
    }
    expect(refused).toBeGreaterThan(300);
  });

  it('listings broken at every path (CLI rows, coaching sheets, the panel)', () => {
    let refused = 0;
    for (const [where, value] of broken(listing)) {
      const result = validateListing(value);
      if (result.ok) continue;
      refused++;
      for (const error of result.errors) expectPlain(error, where);
    }
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const result = validateListing(JSON.parse(`{"title":"x","${key}":[1]}`));
      if (!result.ok) for (const error of result.errors) expectPlain(error, key);
    }
    expect(refused).toBeGreaterThan(50);
  });

  it('feed files chosen in Etalase saya', async () => {
    for (const [where, value] of [...broken(feed)].filter((_, i) => i % 7 === 0)) {
      const read = await readFeedFile(JSON.stringify(value));
      if (!read.ok) expectPlain(read.problem, where);
    }
  });

  it('a handler that trips over a schema (classic zod or zod/mini) answers in plain words', async () => {
    const throwers = [() => Listing.parse({ title: 5 }), () => zm.object({ a: zm.string() }).parse({ a: [] })];
    for (const thrower of throwers) {
      const listener = createListener('background', { 'tab:get': () => thrower() as never });
      const reply = await new Promise<ReplyEnvelope>((resolve) => {
        const sender = { id: 'rapi', url: 'chrome-extension://rapi/sidepanel.html' };
        const sync = listener({ rapi: 1, name: 'tab:get', data: { tabId: 1 } }, sender, resolve);
        expect(typeof sync).toBe('boolean');
      });
      expect(reply.ok).toBe(false);
      expectPlain(reply.error!, 'handler');
    }
  });
});
