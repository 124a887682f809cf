/**
 * The feed parser's logic, whichever validator runs it: zod in parse.ts (extension, Node), the JSON Schema
 * validator in lite.ts (widget). A feed becomes either a usable ShowcaseFeed, with bad items left out and each
 * one explained in both languages, or one bilingual error. It never throws.
 */
import type { BilingualText } from '../i18n/text';
import { MAX_JSON_DEPTH, jsonTooDeep } from '../json/shape';
import { describeIssues, quote, type FeedIssue } from './reasons';
import type { ShowcaseFeed, ShowcaseItem } from './schema';
import { FEED_VERSION } from './version';

export interface SkippedItem {
  /** Position in the feed's `items`, from 0. */
  index: number;
  /** The item's id when it had one (quoted short). */
  id?: string;
  reason: BilingualText;
}

export type FeedResult =
  | { ok: true; feed: ShowcaseFeed; skipped: SkippedItem[] }
  | { ok: false; error: BilingualText };

export type Validation<T> = { ok: true; data: T } | { ok: false; issues: readonly FeedIssue[] };

export interface FeedValidators {
  /** The feed with `items` checked only as a list. */
  envelope(json: unknown): Validation<Omit<ShowcaseFeed, 'items'> & { items: unknown[] }>;
  item(json: unknown): Validation<ShowcaseItem>;
}

const NOT_A_FEED: BilingualText = {
  id: 'Isi feed bukan etalase Rapi (harus objek JSON { }).',
  en: 'The feed is not a Rapi showcase (it must be a JSON object { }).',
};

/**
 * Validation and error messages (quoting a value) recurse: the depth is bounded first, on the parsed value (JSON.parse
 * itself copes with deep text, or throws, which is caught as broken JSON).
 */
const TOO_DEEP: BilingualText = {
  id: `Feed tersusun terlalu dalam (lebih dari ${MAX_JSON_DEPTH} tingkat).`,
  en: `The feed is nested too deeply (over ${MAX_JSON_DEPTH} levels).`,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseFeedWith(validators: FeedValidators, json: unknown): FeedResult {
  if (!isRecord(json)) return { ok: false, error: NOT_A_FEED };
  if (jsonTooDeep(json)) return { ok: false, error: TOO_DEEP };
  const version = json.version;
  if (typeof version === 'number' && version > FEED_VERSION) {
    return {
      ok: false,
      error: {
        id: `Feed ini versi ${version}, lebih baru dari widget ini (versi ${FEED_VERSION}). Perbarui rapi-etalase.js.`,
        en: `This feed is version ${version}, newer than this widget (version ${FEED_VERSION}). Update rapi-etalase.js.`,
      },
    };
  }
  const envelope = validators.envelope(json);
  if (!envelope.ok) {
    const why = describeIssues(envelope.issues);
    return { ok: false, error: { id: `Feed tidak valid: ${why.id}.`, en: `The feed is not valid: ${why.en}.` } };
  }

  const items: ShowcaseItem[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  envelope.data.items.forEach((raw, index) => {
    const rawId = isRecord(raw) && typeof raw.id === 'string' && raw.id.trim() ? quote(raw.id) : undefined;
    const result = validators.item(raw);
    const skip = (reason: BilingualText) => skipped.push({ index, id: rawId, reason });
    if (!result.ok) skip(describeIssues(result.issues));
    else if (seen.has(result.data.id)) skip({ id: 'kolom id: sudah dipakai barang lain', en: 'field id: already used by another item' });
    else {
      seen.add(result.data.id);
      items.push(result.data);
    }
  });
  return { ok: true, feed: { ...envelope.data, items }, skipped };
}

/** Feed text (a file or an HTTP body). Broken JSON is a bilingual error, not an exception. */
export function parseFeedTextWith(validators: FeedValidators, text: string): FeedResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: {
        id: 'Feed bukan JSON yang valid. Periksa tanda koma dan tanda kutip.',
        en: 'The feed is not valid JSON. Check the commas and quotation marks.',
      },
    };
  }
  return parseFeedWith(validators, json);
}

/** "Barang ke-3 (id "kopi-gayo") dilewati: …": what the console says about a skipped item. */
export function describeSkipped(skip: SkippedItem): BilingualText {
  const which = skip.id ? ` (id "${skip.id}")` : '';
  return {
    id: `Barang ke-${skip.index + 1}${which} dilewati: ${skip.reason.id}`,
    en: `Item ${skip.index + 1}${which} skipped: ${skip.reason.en}`,
  };
}
