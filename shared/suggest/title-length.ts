import { findPlaceholders } from './placeholders';
import { sellerTokenKind } from './casing';
import { dropWords, join, plainWords, tokenize, type Token } from './tokens';

/** Units that belong to the number before them: "250 gr" is one fact, never cut in two. */
const UNIT_WORDS = new Set(
  'g gr grm gram kg kilo ons mg ml l lt ltr liter cc oz cm mm m meter inch inci in pcs pc biji buah lusin kodi pack pak box botol sachet saset kapsul tablet lembar pasang set roll mah w watt kw v volt a hz khz mhz ghz gb tb mb pk'.split(' '),
);
const SMALL = new Set('dan di ke dari untuk dengan yang atau per the and for with of in to a an by'.split(' '));
const KEEP = Number.POSITIVE_INFINITY;

/** How much a word is worth keeping when a title must be shortened: facts and the product's name first. */
function worth(tokens: readonly Token[], i: number, wordIndex: number, seen: Set<string>, keep: ReadonlySet<number>): number {
  const t = tokens[i]!;
  if (keep.has(i)) return KEEP;
  const words = plainWords(t.text);
  const repeated = words.length > 0 && words.every((w) => seen.has(w));
  for (const w of words) seen.add(w);
  if (repeated) return 5 - wordIndex / 1000;
  const kind = sellerTokenKind(t.text);
  if (kind === 'number' || kind === 'model-code') return 90;
  const previous = tokens.slice(0, i).reverse().find((x) => x.word);
  if (previous && /\d/.test(previous.text) && UNIT_WORDS.has(t.text.toLowerCase())) return 90;
  if (wordIndex < 3) return 80 - wordIndex;
  if (SMALL.has(t.text.toLowerCase())) return 10 - wordIndex / 1000;
  if (kind) return 60 - wordIndex / 1000;
  return 30 - wordIndex / 1000;
}

/** Word tokens that lie inside one of Rapi's placeholders or inside `protect` (the brand): never dropped. */
function protectedWords(tokens: readonly Token[], text: string, protect: readonly string[]): Set<number> {
  const spans = [...findPlaceholders(text).map((p) => [p.start, p.end] as const)];
  for (const phrase of protect) {
    const at = phrase ? text.toLowerCase().indexOf(phrase.toLowerCase()) : -1;
    if (at >= 0) spans.push([at, at + phrase.length]);
  }
  const keep = new Set<number>();
  let at = 0;
  tokens.forEach((t, i) => {
    if (t.word && spans.some(([s, e]) => at >= s && at < e)) keep.add(i);
    at += t.text.length;
  });
  return keep;
}

/**
 * A title that fits `max` characters without being cut off: the least useful words go first (a word said before,
 * then small words, then the last plain words), never a number with its unit, a model code, the brand, the first
 * words that name the product, or a placeholder. `measure` tells the length the marketplace will see (placeholders
 * filled in).
 */
export function fitTitle(title: string, max: number, protect: readonly string[] = [], measure: (text: string) => number = (t) => t.length): string {
  if (measure(title) <= max) return title;
  const tokens = tokenize(title);
  const keep = protectedWords(tokens, title, protect);
  const seen = new Set<string>();
  let wordIndex = 0;
  const ranked = tokens
    .map((t, i) => (t.word ? { i, worth: worth(tokens, i, wordIndex++, seen, keep) } : undefined))
    .filter((x): x is { i: number; worth: number } => x !== undefined && x.worth !== KEEP)
    .sort((a, b) => a.worth - b.worth || b.i - a.i);
  const drop = new Set<number>();
  let out = title;
  for (const { i } of ranked) {
    drop.add(i);
    out = join(dropWords(tokens, drop));
    if (measure(out) <= max) break;
  }
  return out;
}
