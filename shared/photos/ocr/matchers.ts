import type { Box } from '../types';
import type { OcrLine, OcrResult, OcrWord } from './types';

/** Something found in the text read on a photo, with the boxes of the words it spans. */
export interface TextMatch {
  kind: 'phone' | 'url' | 'handle' | 'marketplace' | 'promo';
  /** The words as read, e.g. "0812-3456-7890". */
  text: string;
  boxes: Box[];
}

/** Words Tesseract is less sure of than this are ignored: on textured photos they are mostly noise. */
const MIN_CONFIDENCE = 45;

// Indonesian mobile numbers as sellers write them: 0812-3456-7890, +62 812 3456 7890, 62812…, (0812) 3456 789.
const PHONE = /(?<![\d])(?:\+?\s?62|\(?0)\s?\)?8\d{1,3}\)?(?:[\s.-]?\d){6,10}(?!\d)/g;
const URL =
  /\b(?:https?:\/\/\S+|www\.\S+|wa\.me\/\S*|bit\.ly\/\S*|linktr\.ee\/\S*|s\.id\/\S+|[a-z0-9-]{2,}\.(?:com|co\.id|id|net|org|shop|store|link|my\.id)\b(?:\/\S*)?)/gi;
const HANDLE = /(?<![\w@])@[a-z0-9_.]{3,30}\b|\b(?:ig|instagram|fb|facebook|tiktok|line|telegram|twitter|wa|whatsapp)\s*[:：]\s*@?[a-z0-9_.]{3,30}\b/gi;
const MARKETPLACES: Record<string, RegExp> = {
  shopee: /\bshopee\b/i,
  tokopedia: /\btoko\s?pedia\b|\btokped\b/i,
  tiktok: /\btiktok\s?shop\b/i,
  lazada: /\blazada\b/i,
  bukalapak: /\bbuka\s?lapak\b/i,
  blibli: /\bblibli\b/i,
  zalora: /\bzalora\b/i,
  olx: /\bolx\b/i,
  jd: /\bjd\.id\b/i,
};
// Longer forms first, so "DISKON 50%" and "Flash Sale" are one match each.
const PROMO =
  /\b(?:diskon|disc)\s?\d{1,2}\s?%|\b\d{1,2}\s?%\s?off\b|\b(?:flash\s?sale|gratis\s?ongkir|free\s?ongkir|ongkir\s?gratis|beli\s?\d\s?gratis\s?\d|buy\s?\d\s?get\s?\d|best\s?seller|murah\s?banget|promo|diskon|disc|sale|cod|cashback|termurah)\b/gi;

/** The line's readable words joined by single spaces, with each word's start and end in that string. */
function indexLine(line: OcrLine): { text: string; spans: Array<{ start: number; end: number; word: OcrWord }> } {
  let text = '';
  const spans: Array<{ start: number; end: number; word: OcrWord }> = [];
  for (const word of line.words) {
    if (word.confidence < MIN_CONFIDENCE || !word.text.trim()) continue;
    if (text) text += ' ';
    spans.push({ start: text.length, end: text.length + word.text.length, word });
    text += word.text;
  }
  return { text, spans };
}

function collect(ocr: OcrResult, kind: TextMatch['kind'], pattern: RegExp, accept: (text: string) => boolean = () => true): TextMatch[] {
  const found: TextMatch[] = [];
  for (const line of ocr.lines) {
    const { text, spans } = indexLine(line);
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    for (const m of text.matchAll(global)) {
      const matched = m[0].trim();
      if (!matched || !accept(matched)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const boxes = spans.filter((s) => s.start < end && s.end > start).map((s) => s.word.box);
      found.push({ kind, text: matched, boxes });
    }
  }
  return found;
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** Phone and WhatsApp numbers (10–14 digits, Indonesian mobile prefixes). */
export function findPhoneNumbers(ocr: OcrResult): TextMatch[] {
  return collect(ocr, 'phone', PHONE, (t) => digitCount(t) >= 10 && digitCount(t) <= 14);
}

export function findUrls(ocr: OcrResult): TextMatch[] {
  return collect(ocr, 'url', URL);
}

export function findHandles(ocr: OcrResult): TextMatch[] {
  // "WA: 0812…" is a phone number, found by findPhoneNumbers.
  return collect(ocr, 'handle', HANDLE, (t) => !/^(?:wa|whatsapp)\s*[:：]\s*\d/i.test(t));
}

/** Other marketplaces' names; `own` names the marketplace the listing is on, whose name is fine. */
export function findMarketplaceNames(ocr: OcrResult, own: readonly string[]): TextMatch[] {
  return Object.entries(MARKETPLACES)
    .filter(([name]) => !own.includes(name))
    .flatMap(([, pattern]) => collect(ocr, 'marketplace', pattern));
}

export function findPromoWords(ocr: OcrResult): TextMatch[] {
  return collect(ocr, 'promo', PROMO);
}

/** Share of the photo covered by confidently read words (their boxes added up). */
export function textCoverage(ocr: OcrResult): number {
  let area = 0;
  for (const line of ocr.lines) {
    for (const word of line.words) {
      if (word.confidence >= 60 && word.text.trim().length >= 2) area += word.box.w * word.box.h;
    }
  }
  return Math.min(1, area);
}

/** All confidently read words, for drawing. */
export function wordBoxes(ocr: OcrResult): Box[] {
  return ocr.lines.flatMap((l) => l.words.filter((w) => w.confidence >= 60 && w.text.trim().length >= 2).map((w) => w.box));
}

/** "'0812-3456-7890', 'wa.me/62812…'": quoted, at most three, for messages. */
export function quoteMatches(matches: readonly TextMatch[]): string {
  const unique = [...new Set(matches.map((m) => m.text))];
  const shown = unique.slice(0, 3).map((t) => `'${t.length > 32 ? `${t.slice(0, 30)}…` : t}'`);
  return shown.join(', ') + (unique.length > 3 ? ', …' : '');
}

/** The boxes of the words that spell `snippet` (case and spacing ignored), wherever it appears on one line. */
export function boxesForText(ocr: OcrResult, snippet: string): Box[] {
  const wanted = snippet.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!wanted) return [];
  for (const line of ocr.lines) {
    const { text, spans } = indexLine(line);
    const at = text.toLowerCase().indexOf(wanted);
    if (at < 0) continue;
    const end = at + wanted.length;
    return spans.filter((s) => s.start < end && s.end > at).map((s) => s.word.box);
  }
  return [];
}
