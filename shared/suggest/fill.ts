import { findPlaceholders, placeholderKeyOf, type PlaceholderKey } from './placeholders';
import { tidy } from './tokens';

/**
 * The seller's answers to a suggestion's placeholders (docs/suggestions.md#placeholders): a value typed for it, or the
 * placeholder removed because it does not apply. Keyed by placeholder, so one answer fills it in the title and the
 * description, in either language.
 */
export interface Answer {
  value?: string;
  removed?: boolean;
}
export type Answers = Partial<Record<PlaceholderKey, Answer>>;

export interface Filled {
  text: string;
  /** Placeholders still to fill or remove, as written in the text, in order and once each. */
  left: string[];
}

/** A piece of a suggestion: the seller's (or Rapi's) words, or a placeholder still to fill. */
export interface Segment {
  text: string;
  placeholder: boolean;
}

const HEADINGS = /^(?:Keunggulan|Spesifikasi|Selling points|Specifics):$/;

const answered = (answer: Answer | undefined) => Boolean(answer?.removed || answer?.value?.trim());

/**
 * The suggestion with the seller's answers put in. A removed placeholder goes with what only leads into it: a
 * description line that says nothing else ("- Berat bersih: [berat bersih]") goes, "[jumlah] × Kopi" loses its "×".
 */
export function fillIn(text: string, answers: Answers, part: 'title' | 'description'): Filled {
  const left: string[] = [];
  const lines = text.split('\n').flatMap((line) => {
    let removedHere = false;
    const lineLeft: string[] = [];
    let out = '';
    let at = 0;
    for (const p of findPlaceholders(line)) {
      const key = placeholderKeyOf(p.text);
      const answer = key ? answers[key] : undefined;
      out += line.slice(at, p.start);
      if (answer?.removed) removedHere = true;
      else if (answer?.value?.trim()) out += answer.value.trim();
      else {
        out += p.text;
        lineLeft.push(p.text);
      }
      at = p.end;
    }
    out += line.slice(at);
    // A bullet (a specific, a selling point) or a label whose only value was removed says nothing any more.
    const empty = removedHere && part === 'description' && (/^\s*[-•*]\s/.test(line) || /^[^:\n]{1,40}:\s*\[[^\]]+\]\s*$/.test(line));
    if (empty) return [];
    for (const p of lineLeft) if (!left.includes(p)) left.push(p);
    return [removedHere ? out.replace(/:\s*×\s*/, ': ').replace(/\s{2,}/g, ' ').replace(/\s+([.,;:])/g, '$1').trimEnd() : out];
  });
  // A heading whose lines all went ("Keunggulan:" with no selling point left) goes too.
  const kept = lines.filter((line, i) => !(HEADINGS.test(line) && !lines[i + 1]?.trim()));
  const joined = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text: part === 'title' ? tidy(joined) : joined, left };
}

/** The suggestion split into text and placeholders, for highlighting what is left to fill. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const p of findPlaceholders(text)) {
    if (p.start > at) out.push({ text: text.slice(at, p.start), placeholder: false });
    out.push({ text: p.text, placeholder: true });
    at = p.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), placeholder: false });
  return out;
}

/** Whether every placeholder in the text has an answer. */
export function allAnswered(text: string, answers: Answers): boolean {
  return findPlaceholders(text).every((p) => {
    const key = placeholderKeyOf(p.text);
    return key !== undefined && answered(answers[key]);
  });
}
