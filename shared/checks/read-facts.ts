import { findQuantities, type Quantity, type QuantityKind } from '../listing/parse-units';
import type { Specifics } from '../listing/specifics';

/** One fact Rapi read: the value, normalised, and the seller's own words it came from. */
export interface FactValue<T> {
  value: T;
  text: string;
}

export type PermitKind = 'halal' | 'pirt' | 'bpom' | 'sni' | 'nkv';

/** What Rapi read from the listing, normalised (`rapi check --format json` → `facts`; the panel's "Yang dibaca Rapi"). */
export interface ReadFacts {
  netGrams?: FactValue<number>;
  volumeMl?: FactValue<number>;
  lengthsCm: Array<FactValue<number>>;
  sizes: Array<FactValue<string>>;
  materials: Array<FactValue<string>>;
  shelfLife?: { text: string; days?: number };
  permits: Array<{ kind: PermitKind; number?: string; text: string }>;
  quantities: Array<{ value: number; unit: string; kind: QuantityKind; text: string }>;
}

const DAYS: Record<string, number> = { hari: 1, minggu: 7, bulan: 30, bln: 30, tahun: 365, thn: 365 };
const WORD_NUMBERS: Record<string, number> = { se: 1, satu: 1, dua: 2, tiga: 3, enam: 6 };

function shelfDays(text: string): number | undefined {
  const m = /(\d+|se|satu|dua|tiga|enam)\s*(?:-\s*\d+\s*)?(hari|minggu|bulan|bln|tahun|thn)\b/i.exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()]!;
  return n * DAYS[m[2]!.toLowerCase()]!;
}

function sizeValues(q: Quantity): string[] {
  const raw = q.text.replace(/^(?:ukuran|size|uk\.?)\s*:?\s*/i, '').trim();
  if (/^(all\s?size|allsize|free\s?size|one\s?size|jumbo)$/i.test(raw)) return [raw.toUpperCase().replace(/\s+/, ' ').replace(/^(ALL|FREE|ONE)SIZE$/, '$1 SIZE')];
  // A range stays one value ("S-XXL", "28-38"); a list is several ("M L XL", "S/M/L").
  if (/^\S+\s*[-–]\s*\S+$/.test(raw)) return [raw.toUpperCase().replace(/\s+/g, '')];
  return raw.split(/\s*[/,&]\s*|\s+/).filter(Boolean).map((s) => s.toUpperCase());
}

/** How each permit's number is written: BPOM "NA18231200123", halal "ID3511…", NKV "CV-3578-0123", P-IRT and SNI digits. */
const PERMIT_NUMBER: Record<PermitKind, RegExp> = {
  bpom: /\b(?:md|ml|na|ne|tr|ti|sd|si|dbl|dkl|akl|akd)\s?\d{6,}/i,
  halal: /\bid\d{10,}|\d[\d\s.-]{6,}\d/i,
  nkv: /\b[a-z]{0,3}[-\s]?\d[\d\s.-]{3,}\d/i,
  pirt: /\d[\d\s.-]{6,}\d/,
  sni: /\d[\d:.-]{2,}\d/,
};

function permit(kind: PermitKind, text: string | undefined): ReadFacts['permits'] {
  if (!text) return [];
  const number = PERMIT_NUMBER[kind].exec(text)?.[0]?.trim();
  return [{ kind, ...(number ? { number } : {}), text }];
}

/**
 * The facts, read once per report on demand (a getter: a batch of 20,000 listings does not pay for it unless it is
 * printed). Net weight and volume come from the title first (the product's own amount), then the description;
 * milligrams are a dose, not a net weight.
 */
export function readFacts(specifics: Specifics, titleSpecifics: Specifics): ReadFacts {
  const quantities = specifics.quantities;
  const firstOf = (list: Quantity[], kind: QuantityKind) => list.find((q) => q.kind === kind && q.unit !== 'mg' && q.base !== undefined);
  const weight = firstOf(titleSpecifics.quantities, 'weight') ?? firstOf(quantities, 'weight');
  const volume = firstOf(titleSpecifics.quantities, 'volume') ?? firstOf(quantities, 'volume');
  const lengths = quantities.flatMap((q) =>
    q.kind === 'length' && q.base !== undefined ? [{ value: round(q.base), text: q.text }] : q.kind === 'dimensions' ? (q.sides ?? []).map((s) => ({ value: round(s), text: q.text })) : [],
  );
  const sizes = quantities.filter((q) => q.kind === 'clothing-size').flatMap((q) => sizeValues(q).map((value) => ({ value, text: q.text })));
  const shelf = specifics.shelfLife;
  const days = shelf ? shelfDays(shelf) : undefined;
  return {
    ...(weight ? { netGrams: { value: round(weight.base!), text: weight.text } } : {}),
    ...(volume ? { volumeMl: { value: round(volume.base!), text: volume.text } } : {}),
    lengthsCm: dedupe(lengths, (l) => `${l.value}`),
    sizes: dedupe(sizes, (s) => s.value),
    materials: specifics.materials.map((m) => ({ value: m.toLowerCase(), text: m })),
    ...(shelf ? { shelfLife: { text: shelf, ...(days ? { days } : {}) } } : {}),
    permits: [
      ...permit('halal', specifics.halal),
      ...permit('pirt', specifics.pirt),
      ...permit('bpom', specifics.bpom),
      ...permit('sni', specifics.sni),
      ...permit('nkv', specifics.nkv),
    ],
    quantities: quantities
      .filter((q) => q.value !== undefined && q.unit !== undefined && q.kind !== 'dimensions' && q.kind !== 'clothing-size')
      .map((q) => ({ value: q.value!, unit: q.unit!, kind: q.kind, text: q.text })),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function dedupe<T>(list: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

export function emptyFacts(): ReadFacts {
  return { lengthsCm: [], sizes: [], materials: [], permits: [], quantities: [] };
}

