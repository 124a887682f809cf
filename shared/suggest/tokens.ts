/**
 * A title as a row of words and the separators between them, so that a word can be taken out, moved or re-cased
 * while everything else stays exactly as the seller wrote it.
 *
 * A word keeps what belongs to it: "6.67", "1,5", "QA-65S90C", "T-Shirt", "Oleh-Oleh", "No.1", "100%". Everything
 * else (spaces, "/", "|", " - ", brackets) is a separator.
 */
const WORD = /[\p{L}\p{N}]+(?:(?:[.,'’](?=\p{N})|[-'’](?=[\p{L}\p{N}]))[\p{L}\p{N}]+)*%?/gu;
/** The same for plain ASCII text, most titles: unicode patterns are several times slower. */
const ASCII_WORD = /[A-Za-z0-9]+(?:(?:[.,'](?=[0-9])|[-'](?=[A-Za-z0-9]))[A-Za-z0-9]+)*%?/g;
const ASCII = /^[\x00-\x7f]*$/;

export interface Token {
  word: boolean;
  text: string;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const m of text.matchAll(ASCII.test(text) ? ASCII_WORD : WORD)) {
    if (m.index > at) tokens.push({ word: false, text: text.slice(at, m.index) });
    tokens.push({ word: true, text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) tokens.push({ word: false, text: text.slice(at) });
  return tokens;
}

/** Punctuation that separates parts of a title (not brackets: those are tidied apart). */
const MARK = /[|/,;:~•·+&–—-]/g;

/**
 * Two separators that meet once the word between them is gone, as one: the stronger mark wins ("Size/ Celana Chinos"
 * loses "Celana" and becomes "Size / Chinos"), a plain space when neither has a mark.
 */
function mergeSeparators(before: string, after: string): string {
  const marks = `${before}${after}`.match(MARK) ?? [];
  const spaced = /\s/.test(before) || /\s/.test(after);
  const brackets = `${before}${after}`.replace(/[^()[\]{}]/g, '');
  if (brackets) return `${before}${after}`;
  if (marks.length === 0) return spaced || (before && after) ? ' ' : '';
  const mark = marks[0]!;
  return spaced ? ` ${mark} ` : mark;
}

/** The tokens without the words at `drop`, their separators merged. */
export function dropWords(tokens: readonly Token[], drop: ReadonlySet<number>): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.word && drop.has(i)) {
      // Merge with the separator already written and the one that follows.
      const before = out.length && !out[out.length - 1]!.word ? out.pop()!.text : '';
      const next = tokens[i + 1];
      const after = next && !next.word ? next.text : '';
      if (next && !next.word) i++;
      const first = out.length === 0;
      const last = i + 1 >= tokens.length;
      const merged = first || last ? (first ? after.replace(MARK, '') : before.replace(MARK, '')) : mergeSeparators(before, after);
      if (merged) out.push({ word: false, text: merged });
      continue;
    }
    out.push(t);
  }
  return out;
}

export function join(tokens: readonly Token[]): string {
  return tidy(tokens.map((t) => t.text).join(''));
}

/** Lower-case words of letters and digits, as the repeated-word check counts them. */
export function plainWords(text: string): string[] {
  const lower = text.toLowerCase();
  return (ASCII.test(lower) ? lower.match(/[a-z0-9]+/g) : lower.match(/[\p{L}\p{N}]+/gu)) ?? [];
}

/** Marks where a fix took something out of the text, so that only the separators around it are tidied. */
export const GAP = '\u2060';

const SEPARATOR = '[\\s|/,;:~•·+&–—-]';
const AROUND_GAP = new RegExp(`${SEPARATOR}*${GAP}[${GAP}\\s|/,;:~•·+&–—.!?-]*`, 'g');
const OPENING = /[([{【「『]/;
const EMPTY_BRACKETS = new RegExp(`[([{【「『][\\s${GAP}|/,;:~•·+&–—-]*[)\\]}】」』]`, 'g');
const DANGLING = new RegExp(`(?:\\s+(?:ada|cek|via|di|ke|dan|atau|untuk|dengan|hubungi|order|pesan|bisa|&))+(?=[\\s${GAP}|/,;:~•·+–—-]*${GAP}[\\s${GAP}|/,;:~•·+&–—.!?-]*$)`, 'i');

/** The separator that stays where something was taken out: the first mark on either side, or a space. */
function joinAt(gap: string, offset: number, whole: string): string {
  if (offset === 0 || offset + gap.length === whole.length) return '';
  // Inside a bracket: "[ACONE HOT SALE]" without "SALE" is "[ACONE HOT]".
  if (/[([{]/.test(whole[offset - 1]!) || /[)\]}]/.test(whole[offset + gap.length]!)) return '';
  const mark = /[|/,;:~•·+&–—.!?-]/.exec(gap)?.[0];
  if (!mark) return ' ';
  if (',;:.!?'.includes(mark)) return `${mark} `;
  return /\s/.test(gap) ? ` ${mark} ` : mark;
}

/**
 * Spacing and punctuation left where a fix took words out (marked with GAP): empty brackets ("[ ] MASKER", "(COD)"
 * without "COD"), runs of separators ("- -", "| /"), separators at either end, and a word that only led into what was
 * removed ("ada di"). The rest of the seller's punctuation stays as written.
 */
export function tidy(text: string): string {
  if (!text.includes(GAP) && !OPENING.test(text)) return text.replace(/\s+/g, ' ').trim();
  let out = text.replace(EMPTY_BRACKETS, GAP);
  let before: string;
  do {
    before = out;
    out = out.replace(DANGLING, GAP).replace(AROUND_GAP, joinAt).replace(EMPTY_BRACKETS, GAP);
  } while (out !== before);
  return out.replaceAll(GAP, '').replace(/\s+/g, ' ').trim();
}
