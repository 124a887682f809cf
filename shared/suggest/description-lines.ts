import { findOverclaim } from '../checks/claims';
import { findContacts, type ContactContext } from '../checks/contact-patterns';
import { countCase } from '../checks/shouting';
import { unshoutTitle } from './casing';

/**
 * The seller's own description, line by line, with what a finding asks to take out taken out
 * (docs/suggestions.md#suggested-description): contacts, forbidden claims, emoji, rows of "!!!", shouting. What is
 * left is kept as the seller wrote it.
 */
export interface LineFixes {
  contacts?: ContactContext;
  claims?: boolean;
  shouting?: boolean;
  /** One long paragraph becomes one sentence per line. */
  split?: boolean;
  /** The title, when the description only repeats it. */
  dropTitle?: string;
}

const EMOJI = /[\p{Extended_Pictographic}\u2600-\u27BF\u2B00-\u2BFF]\uFE0F?/gu;
/** "Selamat datang di …", "Why Shop At …": the shop's greeting, not the product. */
const GREETING = /^\s*(?:selamat\s+datang|why\s+shop\s+at|kenapa\s+(?:harus\s+)?beli\s+di|welcome\s+to)\b/i;

/** Lines of at most `width` characters, broken between words. */
function wrap(parts: string[], width: number, joiner: string): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + joiner.length + part.length <= width) lines[lines.length - 1] = `${last}${joiner}${part}`;
    else lines.push(part);
  }
  return lines;
}

/**
 * One paragraph as lines a phone can show: a sentence per line; a run-on paragraph with no full stops is broken at its
 * commas, and one with neither between words, so that a line is never longer than a phone shows at once.
 */
function sentences(paragraph: string): string[] {
  const split = paragraph
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d-])|\s+(?=[-•*]\s)/u)
    .map((s) => s.trim())
    .filter(Boolean);
  if (split.length > 1 || paragraph.length < 150) return split;
  const clauses = paragraph.split(/(?<=[,;])\s+/);
  if (clauses.length > 1) return wrap(clauses, 120, ' ');
  return wrap(paragraph.split(/\s+/), 100, ' ');
}

const CAPS_RUN = /(?:(?<![\p{L}\p{N}])[\p{Lu}\d][\p{Lu}\d'’.,:;!?&/()-]*(?:\s+|$)){3,}/gu;

/** A shouted line, or a run of three or more words in capitals inside one, in normal case; acronyms and codes kept. */
function unshoutLine(line: string): string {
  const { letters, upper } = countCase(line);
  if (letters >= 8 && upper / letters > 0.6) return unshoutTitle(line);
  return line.replace(CAPS_RUN, (run) => (countCase(run).letters >= 8 ? unshoutTitle(run) : run));
}

/** The kept lines, each as the seller wrote it unless a fix changed it. */
export function keptLines(description: string | undefined, fixes: LineFixes): string[] {
  if (!description?.trim()) return [];
  let lines = description.split(/\r?\n/).map((l) => l.trim());
  if (fixes.split) lines = lines.flatMap(sentences);
  const title = fixes.dropTitle?.toLowerCase().replace(/\s+/g, ' ');
  const out: string[] = [];
  for (let line of lines) {
    if (!line) continue;
    if (title && line.toLowerCase().replace(/\s+/g, ' ') === title) continue;
    if (fixes.contacts && findContacts(line, fixes.contacts).length) continue;
    if (fixes.claims && findOverclaim(line)) {
      line = line
        .split(/(?<=[.!?,;])\s+/)
        .filter((part) => !findOverclaim(part))
        .join(' ');
      if (!/\p{L}{3}/u.test(line)) continue;
    }
    if (fixes.shouting) {
      line = line.replace(EMOJI, ' ').replace(/!{2,}/g, '.').replace(/\?{2,}/g, '?').replace(/\s+/g, ' ').trim();
      line = unshoutLine(line);
      if (!/[\p{L}\p{N}]/u.test(line)) continue;
    }
    out.push(line);
  }
  return out;
}

/** Whether a kept line is the shop's greeting or an ordering note rather than a sentence about the product. */
export function isAboutTheShop(line: string): boolean {
  return GREETING.test(line);
}
