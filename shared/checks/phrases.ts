/** A letter or digit of a Latin-script word (accented letters included). */
export const WORD_CHAR = '[A-Za-z0-9\\u00C0-\\u024F]';

/**
 * A pattern for whole words and phrases: "vas" matches "Vas Bunga" but not "Vaseline", "jamu" not "jamur".
 * Phrases are separated by "|"; spaces inside a phrase match any run of spaces.
 */
export function phrases(list: string, flags = 'i'): RegExp {
  const alternatives = list
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // Latin letters and digits as word characters, without the unicode flag: case-insensitive unicode matching is several
  // times slower, and product words are Latin.
  return new RegExp(String.raw`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, flags);
}

/** Lower-case words of Latin script; everything else separates them ("T-Shirt" → "t", "shirt"). */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9\u00C0-\u024F]+/).filter(Boolean);
}

export interface PhraseHit<T> {
  value: T;
  /** Word positions [at, end). */
  at: number;
  end: number;
}

/**
 * Whole-word phrases looked up word by word (hash lookups instead of one big pattern: categorising 20,000 titles a
 * second needs it). The longest phrase at a position wins, and its words are not read again on their own.
 */
export class PhraseIndex<T> {
  private readonly map = new Map<string, T>();
  private longest = 1;

  constructor(groups: ReadonlyArray<readonly [T, string]>) {
    for (const [value, list] of groups) {
      for (const phrase of list.split('|')) {
        const key = words(phrase).join(' ');
        if (!key || this.map.has(key)) continue;
        this.map.set(key, value);
        this.longest = Math.max(this.longest, key.split(' ').length);
      }
    }
  }

  /** Every phrase found, in order, skipping the words a longer phrase already took. */
  find(tokens: readonly string[], skip?: (at: number) => boolean): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      if (skip?.(i)) continue;
      for (let n = Math.min(this.longest, tokens.length - i); n >= 1; n--) {
        const value = this.map.get(n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' '));
        if (value === undefined) continue;
        hits.push({ value, at: i, end: i + n });
        i += n - 1;
        break;
      }
    }
    return hits;
  }
}
