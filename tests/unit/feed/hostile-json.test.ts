/**
 * Feeds shaped to overflow the stack: the café's widget, the curator's "Etalase saya" import and the CLI all read
 * feeds through parse-core, which must answer with one bilingual error and never throw.
 */
import { describe, expect, it } from 'vitest';
import { feedJsonSchema, parseFeed, parseFeedText } from '../../../shared/feed';
import { createLiteFeedParser, type JsonSchemaNode } from '../../../shared/feed/lite';
import { readFeedFile } from '../../../extension/showcase/feed-import';

const lite = createLiteFeedParser(feedJsonSchema() as JsonSchemaNode);
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const item = (extra: string) => `{"id":"a","name":"Kopi","links":{"shopee":"https://shopee.co.id/a-i.1.2"}${extra}}`;

const hostile = (depth: number) => ({
  version: `{"version":${nested(depth)},"title":"x","items":[]}`,
  title: `{"version":1,"title":${nested(depth)},"items":[]}`,
  unknownKey: `{"version":1,"title":"x","items":[],"extra":${nested(depth)}}`,
  itemField: `{"version":1,"title":"x","items":[${item(`,"category":${nested(depth)}`)}]}`,
  itemValue: `{"version":1,"title":"x","items":[${nested(depth)}]}`,
});

describe('a feed nested deep enough to overflow a recursive reader', () => {
  it.each([100, 10_000, 200_000])('%i deep: zod and widget parsers answer "too deeply nested", never throw', (depth) => {
    for (const [where, text] of Object.entries(hostile(depth))) {
      for (const [name, parse] of [['zod', parseFeedText], ['widget', lite.parseFeedText]] as const) {
        let result: ReturnType<typeof parseFeedText> | undefined;
        expect(() => (result = parse(text)), `${name} ${where}`).not.toThrow();
        expect(result!.ok, `${name} ${where}`).toBe(false);
        expect(!result!.ok && result!.error.en, `${name} ${where}`).toMatch(/nested too deeply/);
        expect(!result!.ok && result!.error.id, `${name} ${where}`).toMatch(/terlalu dalam/);
      }
    }
  });

  it('an already parsed value (the widget\'s saved copy, inline JSON) is checked without recursion too', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    for (const parse of [parseFeed, lite.parseFeed]) {
      let result: ReturnType<typeof parseFeed> | undefined;
      expect(() => (result = parse({ version: deep, title: 'x', items: [] }))).not.toThrow();
      expect(!result!.ok && result!.error.en).toMatch(/nested too deeply/);
    }
  });

  it('the "Etalase saya" import says so and changes nothing', async () => {
    const read = await readFeedFile(new Blob([hostile(10_000).version]));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem.en).toMatch(/cannot be imported.*nested too deeply.*Nothing was changed/);
  });

  it('a normal feed still reads', () => {
    const text = `{"version":1,"title":"Etalase","items":[${item('')}]}`;
    expect(parseFeedText(text).ok).toBe(true);
    expect(lite.parseFeedText(text).ok).toBe(true);
  });
});
