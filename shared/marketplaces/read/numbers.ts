/**
 * Numbers as the marketplaces print them in Indonesian: "Rp13.299.000", "Sisa 7", "1,5 kg", "620 gr".
 * A dot followed by exactly three digits groups thousands; a comma is the decimal mark.
 * Every function returns undefined rather than a guess when the text holds no clear number.
 */

const MAX_RUPIAH = 1_000_000_000_000;

/** An Indonesian-formatted number: "13.299.000" → 13299000, "1,5" → 1.5, "25000" → 25000. */
export function parseIdNumber(text: string): number | undefined {
  const match = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/.exec(text);
  if (!match) return undefined;
  const whole = match[1]!.replace(/\./g, '');
  const value = Number(match[2] ? `${whole}.${match[2]}` : whole);
  return Number.isFinite(value) ? value : undefined;
}

/** Every Rupiah amount in a text such as "Rp25.000 - Rp40.000", in order. */
export function rupiahAmounts(text: string): number[] {
  const amounts: number[] = [];
  for (const m of text.matchAll(/Rp\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2})?/gi)) {
    const value = Number(m[1]!.replace(/\./g, ''));
    if (Number.isFinite(value) && value <= MAX_RUPIAH) amounts.push(value);
  }
  return amounts;
}

/** A price typed into a form or printed on a page, with or without "Rp": whole Rupiah. */
export function parseRupiah(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const value = parseIdNumber(text.replace(/\s/g, ''));
  if (value === undefined || value > MAX_RUPIAH) return undefined;
  return Math.round(value);
}

/** A schema.org / meta price: a plain decimal with a dot ("27.25", "13299000"). */
export function parseDecimal(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}

/** A count such as stock: "Sisa 7", "Stok Total: 1.234", "250". "Habis" (sold out) is 0. */
export function parseCount(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  if (/\bhabis\b|\bsold out\b/i.test(text)) return 0;
  const value = parseIdNumber(text.replace(/(\d)\s+(?=\d{3}\b)/g, '$1'));
  return value !== undefined && Number.isInteger(value) && value <= 1e9 ? value : undefined;
}

const WEIGHT_UNITS: Record<string, number> = { kg: 1000, kilogram: 1000, g: 1, gr: 1, gram: 1, grams: 1, ons: 100 };

/** "620 g", "1,5 kg", "49.999 kg" (Tokopedia), or a bare number in `unit`. Grams. */
export function parseWeightGrams(text: string | null | undefined, unit: 'g' | 'kg' = 'g'): number | undefined {
  if (!text) return undefined;
  const match = /(\d+(?:[.,]\d+)*)\s*(kilogram|kg|grams?|gr|g|ons)?\b/i.exec(text);
  if (!match) return undefined;
  const factor = WEIGHT_UNITS[(match[2] ?? unit).toLowerCase()] ?? 1;
  const raw = match[1]!;
  // In a weight, "1.5 kg" is a decimal but "1.250 gr" groups thousands; with a comma it is always a decimal.
  const number = /^\d{1,3}(\.\d{3})+$/.test(raw) && factor === 1 ? Number(raw.replace(/\./g, '')) : Number(raw.replace(',', '.'));
  const grams = number * factor;
  return Number.isFinite(grams) && grams > 0 && grams < 1e7 ? Math.round(grams * 1000) / 1000 : undefined;
}

/** A positive length in cm typed into a form ("20", "20,5"). */
export function parseCm(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const value = parseIdNumber(text);
  return value !== undefined && value > 0 && value < 1e5 ? value : undefined;
}

/** Shopee's API prices are Rupiah × 100000. */
export function fromShopeeUnits(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return undefined;
  const rupiah = Math.round(n / 100000);
  return rupiah > 0 && rupiah <= MAX_RUPIAH ? rupiah : undefined;
}
