/**
 * Indonesian numbers with units, as sellers write them: "1,5 kg", "250gr", "2 ons", "500 ml", "20 x 30 cm",
 * "isi 10 pcs", "1 lusin", "ukuran 38-44", "S/M/L/XL", "all size".
 */
export type QuantityKind = 'weight' | 'volume' | 'length' | 'dimensions' | 'count' | 'clothing-size';

export interface Quantity {
  kind: QuantityKind;
  /** Normalised: grams, millilitres, centimetres, pieces. Clothing sizes have none. */
  base?: number;
  /** Every side of a "20 × 30 × 5 cm" size, in cm. */
  sides?: number[];
  /** The text as the seller wrote it. */
  text: string;
}

type UnitInfo = { kind: 'weight' | 'volume' | 'length' | 'count'; factor: number };

const UNITS: Record<string, UnitInfo> = {
  kg: { kind: 'weight', factor: 1000 }, kilo: { kind: 'weight', factor: 1000 }, kilogram: { kind: 'weight', factor: 1000 },
  gr: { kind: 'weight', factor: 1 }, grm: { kind: 'weight', factor: 1 }, gram: { kind: 'weight', factor: 1 },
  gm: { kind: 'weight', factor: 1 }, g: { kind: 'weight', factor: 1 }, ons: { kind: 'weight', factor: 100 },
  mg: { kind: 'weight', factor: 0.001 },
  ml: { kind: 'volume', factor: 1 }, mililiter: { kind: 'volume', factor: 1 }, l: { kind: 'volume', factor: 1000 },
  lt: { kind: 'volume', factor: 1000 }, ltr: { kind: 'volume', factor: 1000 }, liter: { kind: 'volume', factor: 1000 },
  litre: { kind: 'volume', factor: 1000 }, cc: { kind: 'volume', factor: 1 }, oz: { kind: 'volume', factor: 29.57 },
  cm: { kind: 'length', factor: 1 }, mm: { kind: 'length', factor: 0.1 }, m: { kind: 'length', factor: 100 },
  meter: { kind: 'length', factor: 100 }, inch: { kind: 'length', factor: 2.54 }, inchi: { kind: 'length', factor: 2.54 },
  inci: { kind: 'length', factor: 2.54 }, '"': { kind: 'length', factor: 2.54 },
  pcs: { kind: 'count', factor: 1 }, pc: { kind: 'count', factor: 1 }, biji: { kind: 'count', factor: 1 },
  buah: { kind: 'count', factor: 1 }, lembar: { kind: 'count', factor: 1 }, pasang: { kind: 'count', factor: 1 },
  sachet: { kind: 'count', factor: 1 }, saset: { kind: 'count', factor: 1 }, bungkus: { kind: 'count', factor: 1 },
  pack: { kind: 'count', factor: 1 }, pak: { kind: 'count', factor: 1 }, box: { kind: 'count', factor: 1 },
  botol: { kind: 'count', factor: 1 }, toples: { kind: 'count', factor: 1 }, set: { kind: 'count', factor: 1 },
  roll: { kind: 'count', factor: 1 }, lusin: { kind: 'count', factor: 12 }, kodi: { kind: 'count', factor: 20 },
  tablet: { kind: 'count', factor: 1 }, kapsul: { kind: 'count', factor: 1 }, potong: { kind: 'count', factor: 1 },
};

const NUM = String.raw`\d+(?:[.,]\d+)?`;
// Longest units first so "kg" wins over "g" and "ml" over "m".
const UNIT_ALTERNATION = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// Unit must end at a non-letter: "250gr" and "250 gr," but not "5 gratis" or "2 mangga".
const AMOUNT = new RegExp(String.raw`(?<![\w.,])(${NUM})\s?(${UNIT_ALTERNATION})(?![a-z])`, 'gi');
const DIMENSIONS = new RegExp(
  String.raw`(?<![\w.,])(${NUM})\s?(?:cm|mm|m)?\s?[x×*]\s?(${NUM})(?:\s?(?:cm|mm|m)?\s?[x×*]\s?(${NUM}))?\s?(cm|mm|m|inch)?(?![a-z])`,
  'gi',
);
const ISI = /\bisi\s*:?\s*(\d+)(?!\s*(?:gr|g|kg|ml|l|cm)\b)/gi;
const SIZE_WORD = String.raw`(?:x{0,3}s|m|x{0,4}l|[2-5]xl|\d{2})`;
const SIZE_AFTER_WORD = new RegExp(String.raw`\b(?:ukuran|size|uk\.?)\s*:?\s*(${SIZE_WORD}(?:\s*[-–/,&]\s*${SIZE_WORD})*)\b`, 'gi');
// Bare letter sizes are written in capitals ("S/M/L/XL"); matching case-sensitively keeps "m" and "l" in words out.
const UPPER_SIZE = String.raw`(?:X{0,3}S|M|X{0,4}L|[2-5]XL)`;
const SIZE_SEQUENCE = new RegExp(String.raw`\b${UPPER_SIZE}(?:\s*[/,-]\s*${UPPER_SIZE})+\b`, 'g');
const ONE_SIZE = /\b(all\s?size|allsize|free\s?size|one\s?size|jumbo)\b/gi;

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** All quantities in the text, in order of appearance. Pure, cheap enough to run on every keystroke. */
export function findQuantities(text: string, lower = text.toLowerCase()): Quantity[] {
  const found: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);

  for (const m of text.matchAll(DIMENSIONS)) {
    const sides = [m[1], m[2], m[3]].filter((s): s is string => s !== undefined).map(toNumber);
    const unit = (m[4] ?? 'cm').toLowerCase();
    // "2 x 250 gr" is a count of packs, not a size: only read it as dimensions with a length unit or three sides.
    if (!m[4] && sides.length < 3 && !/cm|mm/i.test(m[0])) continue;
    const factor = UNITS[unit]?.factor ?? 1;
    found.push({ kind: 'dimensions', sides: sides.map((s) => s * factor), text: m[0].trim() });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(AMOUNT)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const rawUnit = m[2]!;
    // "5G" on a phone is the network, not five grams.
    if (rawUnit === 'G') continue;
    const info = UNITS[rawUnit.toLowerCase()];
    if (!info) continue;
    found.push({ kind: info.kind, base: toNumber(m[1]!) * info.factor, text: m[0].trim() });
    taken.push([m.index, m.index + m[0].length]);
  }
  if (lower.includes('isi')) for (const m of text.matchAll(ISI)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    found.push({ kind: 'count', base: Number(m[1]), text: m[0].trim() });
  }
  const sizePatterns = [
    lower.includes('ukuran') || lower.includes('size') || /\buk[.:\s]/.test(lower) ? SIZE_AFTER_WORD : undefined,
    SIZE_SEQUENCE,
    lower.includes('size') || lower.includes('jumbo') ? ONE_SIZE : undefined,
  ];
  for (const pattern of sizePatterns) {
    if (!pattern) continue;
    for (const m of text.matchAll(pattern)) found.push({ kind: 'clothing-size', text: m[0].trim() });
  }
  return found;
}

/**
 * Whether the text states any quantity at all. Same patterns as findQuantities, but it stops at the first one,
 * which on a long description is usually near the top (the title's "250 gr", "65 inch").
 */
export function hasAnyQuantity(text: string, lower = text.toLowerCase()): boolean {
  for (const m of text.matchAll(AMOUNT)) if (m[2] !== 'G' && UNITS[m[2]!.toLowerCase()]) return true;
  for (const m of text.matchAll(DIMENSIONS)) if (m[4] || m[3] !== undefined || /cm|mm/i.test(m[0])) return true;
  if (lower.includes('isi') && new RegExp(ISI.source, 'i').test(text)) return true;
  if (new RegExp(SIZE_SEQUENCE.source).test(text)) return true;
  if ((lower.includes('ukuran') || lower.includes('size') || /\buk[.:\s]/.test(lower)) && new RegExp(SIZE_AFTER_WORD.source, 'i').test(text)) return true;
  return (lower.includes('size') || lower.includes('jumbo')) && new RegExp(ONE_SIZE.source, 'i').test(text);
}

/** "250 gr", "1,5 kg" (Indonesian writes decimals with a comma). */
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
