import type { BilingualText } from '../i18n/text';
import { MAX_JSON_DEPTH, jsonShapeProblem, jsonTextDepth } from '../json/shape';
import { describeExportIssue } from './issue-text';
import { IMPORT_PROBLEMS } from './messages';
import { EXPORT_FORMAT, EXPORT_LIMITS, EXPORT_VERSION, ExportFile } from './schema';

export type ParsedExport = { ok: true; file: ExportFile } | { ok: false; problem: BilingualText };

/** The longest list a valid file can hold (its revisions); no object in a real file has more keys than this. */
const LONGEST_LIST = EXPORT_LIMITS.revisions;
const MOST_KEYS = 10_000;

/** Keys that could reach an object's prototype if some later code copied the parsed object carelessly. */
const POISON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads an export file's text. Never throws: a damaged, truncated, foreign, newer or hostile file gives a
 * bilingual problem, and the caller changes nothing. Strings in the file are only ever data (shown as text).
 */
export function parseExportText(text: string): ParsedExport {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problem: IMPORT_PROBLEMS.empty };
  // UTF-16 length ≤ bytes in UTF-8 for Latin text, so this refuses oversize files without encoding them.
  if (text.length > EXPORT_LIMITS.fileBytes) {
    return { ok: false, problem: IMPORT_PROBLEMS.tooBig(EXPORT_LIMITS.fileBytes / 1024 / 1024) };
  }
  // Before JSON.parse: its reviver recurses, and so does everything after it.
  if (jsonTextDepth(text) > MAX_JSON_DEPTH) return { ok: false, problem: IMPORT_PROBLEMS.tooDeep(MAX_JSON_DEPTH) };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => (POISON_KEYS.has(key) ? undefined : value));
  } catch {
    return { ok: false, problem: IMPORT_PROBLEMS.notJson };
  }
  return parseExportValue(raw);
}

/** The same, over an already parsed JSON value. */
export function parseExportValue(raw: unknown): ParsedExport {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: IMPORT_PROBLEMS.notRapi };
  // zod recurses into the value: its shape is bounded first, without recursion.
  const shape = jsonShapeProblem(raw, { depth: MAX_JSON_DEPTH, arrayLength: LONGEST_LIST, keys: MOST_KEYS });
  if (shape?.kind === 'depth') return { ok: false, problem: IMPORT_PROBLEMS.tooDeep(shape.limit) };
  if (shape) return { ok: false, problem: IMPORT_PROBLEMS.tooLong(shape.limit) };
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== EXPORT_FORMAT) return { ok: false, problem: IMPORT_PROBLEMS.notRapi };
  if (typeof head.version === 'number' && Number.isInteger(head.version) && head.version > EXPORT_VERSION) {
    return { ok: false, problem: IMPORT_PROBLEMS.newerVersion(head.version) };
  }
  const parsed = ExportFile.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: IMPORT_PROBLEMS.invalid(issue ? shortened(describeExportIssue(issue)) : IMPORT_PROBLEMS.unreadable) };
  }
  return { ok: true, file: parsed.data };
}

/** One line: a quoted value in the reason can be long. */
function shortened(text: BilingualText): BilingualText {
  const cut = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);
  return { id: cut(text.id), en: cut(text.en) };
}

/** The file name sellers see in their downloads: rapi-data-2026-05-14.json. */
export function exportFileName(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `rapi-data-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}
