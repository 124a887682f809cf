/** parseFeed with the zod schema: for the extension's curation export, the CLI and tests. */
import type * as z from 'zod/mini';
import { parseFeedTextWith, parseFeedWith, type FeedResult, type FeedValidators, type Validation } from './parse-core';
import { ShowcaseItem, FeedEnvelope } from './schema';

function validate<T>(schema: z.ZodMiniType<T>, json: unknown): Validation<T> {
  const result = schema.safeParse(json, { reportInput: true });
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: result.error.issues };
}

export const zodFeedValidators: FeedValidators = {
  envelope: (json) => validate(FeedEnvelope, json),
  item: (json) => validate(ShowcaseItem, json),
};

/** `{ok: true, feed, skipped}` (bad items left out, each with a bilingual reason) or `{ok: false, error}`. */
export function parseFeed(json: unknown): FeedResult {
  return parseFeedWith(zodFeedValidators, json);
}

export function parseFeedText(text: string): FeedResult {
  return parseFeedTextWith(zodFeedValidators, text);
}
