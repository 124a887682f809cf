/**
 * Reads Indonesian price text into whole Rupiah: "Rp13.299.000", "Rp 25rb", "25 ribu", "1,5jt", "IDR 25,000".
 * Returns undefined when the text holds no price (never a guess).
 */
const PRICE = /(?:rp\.?|idr)?\s*(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*(rb|ribu|k|jt|juta)?\b/i;

export function parseRupiah(text: string | number | null | undefined): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? Math.round(text) : undefined;
  if (!text) return undefined;
  const match = PRICE.exec(text.trim());
  if (!match) return undefined;
  const digits = match[1]!;
  const suffix = match[2]?.toLowerCase();
  const multiplier = suffix === 'rb' || suffix === 'ribu' || suffix === 'k' ? 1_000 : suffix === 'jt' || suffix === 'juta' ? 1_000_000 : 1;
  let value: number;
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(digits)) {
    // Thousands grouped with dots (id-ID) or commas (en): both mean whole Rupiah.
    value = Number(digits.replace(/[.,]/g, ''));
  } else {
    value = Number(digits.replace(',', '.'));
  }
  if (!Number.isFinite(value)) return undefined;
  return Math.round(value * multiplier);
}

const rupiahFormat = new Intl.NumberFormat('id-ID');

/** "Rp25.000": a dot groups thousands and there is no space. */
export function formatRupiah(value: number): string {
  return `Rp${rupiahFormat.format(Math.round(value))}`;
}
