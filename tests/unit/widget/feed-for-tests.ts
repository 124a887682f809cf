import { readFileSync } from 'node:fs';
import path from 'node:path';
import { feedJsonSchema, parseFeed, type ShowcaseFeed } from '../../../shared/feed';
import { createLiteFeedParser, type JsonSchemaNode } from '../../../shared/feed/lite';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The parser the built widget uses: lite.ts over the zod schema's JSON Schema (made here at run time). */
export const widgetParser = createLiteFeedParser(feedJsonSchema() as JsonSchemaNode);

export function demoFeedText(): string {
  return readFileSync(path.join(ROOT, 'demo/etalase.json'), 'utf8');
}

export function demoFeed(): ShowcaseFeed {
  const result = parseFeed(JSON.parse(demoFeedText()));
  if (!result.ok) throw new Error(result.error.en);
  return result.feed;
}
