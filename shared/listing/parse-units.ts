/**
 * Numbers with units, as Indonesian sellers write them: "1,5 kg", "250gr", "2 ons", "500 ml", "20 x 30 cm", "isi 10 pcs",
 * "1 lusin", "10x25gr", "ukuran 38-44", "S/M/L/XL", "all size", and electronics: "128GB", "1TB", "5000 mAh", "45W",
 * "12V 2A", "1/2 PK", "65 inch", 32", "120Hz".
 */
export type QuantityKind =
  | 'weight'
  | 'volume'
  | 'length'
  | 'dimensions'
  | 'count'
  | 'clothing-size'
  | 'storage'
  | 'battery'
  | 'power'
  | 'voltage'
  | 'current'
  | 'cooling'
  | 'frequency';

export interface Quantity {
  kind: QuantityKind;
  /** Normalised: grams, millilitres, centimetres, pieces, GB, mAh, W, V, A, PK, Hz. Clothing sizes have none. */
  base?: number;
  /** The number as written (a "1 lusin" is 12 pcs). */
  value?: number;
  /** The unit as a symbol: g, kg, ons, ml, L, cm, mm, m, inch, pcs, GB, TB, mAh, W, V, A, PK, Hz … */
  unit?: string;
  /** Every side of a "20 × 30 × 5 cm" size, in cm. */
  sides?: number[];
  /** The text as the seller wrote it. */
  text: string;
}

type UnitInfo = { kind: Exclude<QuantityKind, 'dimensions' | 'clothing-size'>; unit: string; factor: number; asPieces?: boolean };

const u = (kind: UnitInfo['kind'], unit: string, factor: number, asPieces = false): UnitInfo => ({ kind, unit, factor, asPieces });

const UNITS: Record<string, UnitInfo> = {
  kg: u('weight', 'kg', 1000), kilo: u('weight', 'kg', 1000), kilogram: u('weight', 'kg', 1000),
  gr: u('weight', 'g', 1), grm: u('weight', 'g', 1), gram: u('weight', 'g', 1), gm: u('weight', 'g', 1), g: u('weight', 'g', 1),
  ons: u('weight', 'ons', 100), mg: u('weight', 'mg', 0.001),
  ml: u('volume', 'ml', 1), mililiter: u('volume', 'ml', 1), cc: u('volume', 'ml', 1), l: u('volume', 'L', 1000),
  lt: u('volume', 'L', 1000), ltr: u('volume', 'L', 1000), liter: u('volume', 'L', 1000), litre: u('volume', 'L', 1000),
  oz: u('volume', 'oz', 29.57),
  cm: u('length', 'cm', 1), mm: u('length', 'mm', 0.1), m: u('length', 'm', 100), meter: u('length', 'm', 100),
  inch: u('length', 'inch', 2.54), inchi: u('length', 'inch', 2.54), inci: u('length', 'inch', 2.54), inc: u('length', 'inch', 2.54),
  in: u('length', 'inch', 2.54), '"': u('length', 'inch', 2.54), '″': u('length', 'inch', 2.54),
  pcs: u('count', 'pcs', 1, true), pc: u('count', 'pcs', 1, true), biji: u('count', 'pcs', 1, true), buah: u('count', 'pcs', 1, true),
  lusin: u('count', 'pcs', 12, true), kodi: u('count', 'pcs', 20, true),
  lembar: u('count', 'lembar', 1), pasang: u('count', 'pasang', 1), sachet: u('count', 'sachet', 1), saset: u('count', 'sachet', 1),
  bungkus: u('count', 'bungkus', 1), pack: u('count', 'pack', 1), pak: u('count', 'pack', 1), box: u('count', 'box', 1),
  botol: u('count', 'botol', 1), toples: u('count', 'toples', 1), set: u('count', 'set', 1), roll: u('count', 'roll', 1),
  tablet: u('count', 'tablet', 1), kapsul: u('count', 'kapsul', 1), potong: u('count', 'potong', 1), buku: u('count', 'buku', 1),
  ekor: u('count', 'ekor', 1), ikat: u('count', 'ikat', 1), renceng: u('count', 'renceng', 1), kantong: u('count', 'kantong', 1),
  mb: u('storage', 'MB', 1 / 1024), gb: u('storage', 'GB', 1), tb: u('storage', 'TB', 1024),
  mah: u('battery', 'mAh', 1),
  w: u('power', 'W', 1), watt: u('power', 'W', 1), kw: u('power', 'kW', 1000),
  v: u('voltage', 'V', 1), volt: u('voltage', 'V', 1),
  a: u('current', 'A', 1), ampere: u('current', 'A', 1),
  pk: u('cooling', 'PK', 1),
  hz: u('frequency', 'Hz', 1), khz: u('frequency', 'kHz', 1e3), mhz: u('frequency', 'MHz', 1e6), ghz: u('frequency', 'GHz', 1e9),
};

// "1/2 PK", "1/4 kg": small fractions only ("8/128GB" is RAM/storage, not an eighth).
const NUM = String.raw`(?:[1-3]\/[248]|\d+(?:[.,]\d+)?)`;
const LETTER_UNITS = Object.keys(UNITS)
  .filter((k) => /^[a-z]/.test(k))
  .sort((a, b) => b.length - a.length)
  .join('|');
// A unit ends at a non-letter: "250gr" and "250 gr," but not "5 gratis" or "2 mangga".
const AMOUNT = new RegExp(String.raw`(?<![\w.,])(${NUM})\s?(?:(${LETTER_UNITS})(?![a-z])|(["″]))`, 'gi');
const DIMENSIONS = new RegExp(
  String.raw`(?<![\w.,])(${NUM})\s?(?:cm|mm|m)?\s?[x×*]\s?(${NUM})(?:\s?(?:cm|mm|m)?\s?[x×*]\s?(${NUM}))?\s?(cm|mm|m|inch)?(?![a-z])`,
  'gi',
);
/** "10x25gr", "3 x 250 gr": a number of packs of an amount each. */
const PACK = new RegExp(String.raw`(?<![\w.,])(\d{1,3})\s?[x×]\s?(${NUM})\s?([a-z]+)(?![a-z])`, 'gi');
const ISI = /\bisi\s*:?\s*(\d+)(?!\s*(?:gr|g|kg|ml|l|cm)\b)/gi;
const SIZE_WORD = String.raw`(?:x{0,3}s|m|x{0,4}l|[2-5]xl|\d{2})`;
const SIZE_AFTER_WORD = new RegExp(String.raw`\b(?:ukuran|size|uk\.?)\s*:?\s*(${SIZE_WORD}(?:(?:\s*[-–/,&]\s*|\s+)${SIZE_WORD})*)\b`, 'gi');
// Bare letter sizes are written in capitals ("S/M/L/XL"); matching case-sensitively keeps "m" and "l" in words out.
const UPPER_SIZE = String.raw`(?:X{0,3}S|M|X{0,4}L|[2-5]XL)`;
const SIZE_SEQUENCE = new RegExp(String.raw`\b${UPPER_SIZE}(?:\s*[/,-]\s*${UPPER_SIZE})+\b`, 'g');
const ONE_SIZE = /\b(all\s?size|allsize|free\s?size|one\s?size|jumbo)\b/gi;
/** A variant added at the end of a title: "… - M", "… - Hitam, 27", "…, 28", "… - XL, DARK GREY". */
const TITLE_END_SIZE = /^(?:x{0,3}s|m|x{0,4}l|[2-5]xl|all\s?size|free\s?size|[2-5]\d(?:\s*[-/]\s*[2-5]\d)?|[smlx]{1,4}\s*-\s*[smlx]{1,4})$/i;

/** "1,5" is one and a half; "7,000" and "6.500" are thousands; "1/2" is a half. */
export function toNumber(text: string): number {
  const fraction = /^(\d)\/(\d)$/.exec(text);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  if (/^\d{1,3}[.,]\d{3}$/.test(text)) return Number(text.replace(/[.,]/, ''));
  return Number(text.replace(',', '.'));
}

function amount(numberText: string, rawUnit: string, text: string): Quantity | undefined {
  // "5G", "4G" on a phone are the network, not grams; "200G" is grams.
  if (rawUnit === 'G' && Number(numberText) <= 6) return undefined;
  const key = rawUnit.toLowerCase();
  const info = Object.hasOwn(UNITS, key) ? UNITS[key] : undefined;
  if (!info) return undefined;
  const written = toNumber(numberText);
  if (!Number.isFinite(written)) return undefined;
  const base = written * info.factor;
  return { kind: info.kind, base, value: info.asPieces ? base : written, unit: info.unit, text: text.trim() };
}

function titleEndSizes(text: string): Quantity[] {
  const firstLine = text.split('\n', 1)[0]!;
  const dash = firstLine.search(/\s[-–]\s[^-–]*$/);
  const tail = dash >= 0 ? firstLine.slice(dash).replace(/^\s[-–]\s/, '') : firstLine.includes(',') ? firstLine.slice(firstLine.lastIndexOf(',') + 1) : '';
  return tail
    .split(',')
    .map((t) => t.trim())
    .filter((t) => TITLE_END_SIZE.test(t))
    .map((t) => ({ kind: 'clothing-size', text: t }));
}

type Emit = (q: Quantity, start: number, end: number, more?: true) => boolean;

/**
 * Every quantity, found pattern by pattern, handed to `emit` (which returns true to stop: "is there any at all?").
 * Positions are -1 for sizes, which never overlap amounts. `more`: another quantity read from the same words follows
 * ("10x25gr" is 10 packs and 25 g each). A plain callback, not a generator: this runs on every keystroke.
 */
function scan(text: string, lower: string, emit: Emit): void {
  for (const m of text.matchAll(DIMENSIONS)) {
    const sides = [m[1], m[2], m[3]].filter((s): s is string => s !== undefined).map(toNumber);
    const unit = (m[4] ?? 'cm').toLowerCase();
    // "2 x 250 gr" is a count of packs, not a size: only read it as dimensions with a length unit or three sides.
    if (!m[4] && sides.length < 3 && !/cm|mm/i.test(m[0])) continue;
    const factor = UNITS[unit]?.factor ?? 1;
    if (emit({ kind: 'dimensions', sides: sides.map((s) => s * factor), unit, text: m[0].trim() }, m.index, m.index + m[0].length)) return;
  }
  if (/\d\s?[x×]\s?\d/.test(text)) {
    for (const m of text.matchAll(PACK)) {
      const each = amount(m[2]!, m[3]!, `${m[2]}${m[3]}`);
      if (!each) continue;
      const end = m.index + m[0].length;
      if (emit(each, m.index, end, true)) return;
      if (emit({ kind: 'count', base: Number(m[1]), value: Number(m[1]), unit: 'pcs', text: m[0].trim() }, m.index, end)) return;
    }
  }
  for (const m of text.matchAll(AMOUNT)) {
    // "2 in 1" is not two inches.
    if (m[2] !== undefined && m[2].length === 2 && m[2].toLowerCase() === 'in' && /^\s+\d/.test(text.slice(m.index + m[0].length))) continue;
    const q = amount(m[1]!, m[2] ?? m[3]!, m[0]);
    if (q && emit(q, m.index, m.index + m[0].length)) return;
  }
  if (lower.includes('isi')) {
    for (const m of text.matchAll(ISI)) {
      if (emit({ kind: 'count', base: Number(m[1]), value: Number(m[1]), unit: 'pcs', text: m[0].trim() }, m.index, m.index + m[0].length)) return;
    }
  }
  const sizePatterns = [
    lower.includes('ukuran') || lower.includes('size') || /\buk[.:\s]/.test(lower) ? SIZE_AFTER_WORD : undefined,
    // "S/M/L": a capital size letter next to a separator; checking for that first keeps long texts fast.
    /[SMLX]\s?[/,-]\s?[SMLX2-5]/.test(text) ? SIZE_SEQUENCE : undefined,
    lower.includes('size') || lower.includes('jumbo') ? ONE_SIZE : undefined,
  ];
  for (const pattern of sizePatterns) {
    if (!pattern) continue;
    for (const m of text.matchAll(pattern)) if (emit({ kind: 'clothing-size', text: m[0].trim() }, -1, -1)) return;
  }
  for (const q of titleEndSizes(text)) if (emit(q, -1, -1)) return;
}

/** All quantities in the text. Pure, cheap enough to run on every keystroke. */
export function findQuantities(text: string, lower = text.toLowerCase()): Quantity[] {
  const found: Quantity[] = [];
  // Characters already read as part of a quantity: a later pattern's hit there ("25gr" inside "10x25gr", "isi 10"
  // after "10 pcs") is the same words read twice. Marked per character, so a long spec sheet stays linear.
  let taken: Uint8Array | undefined;
  let pending: Array<[number, number]> = [];
  scan(text, lower, (q, start, end, more) => {
    if (start >= 0 && taken && (taken[start] || taken[end - 1])) return false;
    found.push(q);
    if (start < 0) return false;
    pending.push([start, end]);
    if (more) return false;
    taken ??= new Uint8Array(text.length);
    for (const [s, e] of pending) taken.fill(1, s, e);
    pending = [];
    return false;
  });
  return found;
}

/** Whether the text states any quantity at all; stops at the first one (usually the title's "250 gr"). */
export function hasAnyQuantity(text: string, lower = text.toLowerCase()): boolean {
  let any = false;
  scan(text, lower, () => (any = true));
  return any;
}

/** "250 gr", "1,5 kg": a comma for decimals, as Indonesian writes them. */
export function formatWeight(grams: number): string {
  if (grams >= 1000) return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(grams / 1000)} kg`;
  return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(grams)} gr`;
}

/** Reads one weight such as "1,5 kg" or "250gr" into grams. */
export function parseWeightGrams(text: string | number | undefined): number | undefined {
  if (typeof text === 'number') return text > 0 ? text : undefined;
  if (!text) return undefined;
  const weight = findQuantities(text).find((q) => q.kind === 'weight');
  if (weight?.base) return weight.base;
  const bare = /^\s*(\d+(?:[.,]\d+)?)\s*$/.exec(text);
  return bare ? toNumber(bare[1]!) : undefined;
}
