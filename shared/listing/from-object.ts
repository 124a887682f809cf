import { bi, type BilingualText } from '../i18n/text';
import { asMarketplace, canonicalColumn, finishListing, readColumns, splitCategory, type Column, type RowResult } from './from-row';
import { parseRupiah } from './parse-price';
import { parseWeightGrams } from './parse-units';
import { Listing } from './schema';

/** The Listing model's own field names: a JSON listing may use them directly. */
const MODEL_FIELDS = new Set(Object.keys(Listing.shape));

export type ObjectResult = RowResult & {
  /** Field names Rapi does not use, for a note (never dropped in silence). */
  unused: string[];
};

const unreadable = (what: BilingualText, value: unknown) =>
  bi(`${what.id} "${String(value)}" tidak terbaca.`, `The ${what.en} "${String(value)}" can't be read.`);

/** A model field written the way a spreadsheet writes it ("Rp25.000", "250 gr", "4", "A > B") → the model's type. */
function modelValue(field: string, value: unknown, errors: BilingualText[]): unknown {
  if (typeof value !== 'string') {
    if (field === 'photos' && Array.isArray(value)) return value.map((p: unknown) => (typeof p === 'string' ? { src: p } : p));
    return value;
  }
  const text = value.trim();
  switch (field) {
    case 'price':
    case 'originalPrice': {
      const price = parseRupiah(text);
      if (price === undefined) errors.push(unreadable(field === 'price' ? bi('Harga', 'price') : bi('Harga sebelum diskon', 'original price'), value));
      return price;
    }
    case 'weightGrams': {
      const grams = parseWeightGrams(text);
      if (grams === undefined) errors.push(unreadable(bi('Berat', 'weight'), value));
      return grams;
    }
    case 'stock':
    case 'photoCount':
    case 'descriptionImageCount':
      return /^\d+$/.test(text) ? Number(text) : value;
    case 'marketplace':
      return asMarketplace(text) ?? value;
    case 'categoryPath':
      return splitCategory(text);
    case 'photos':
      return text.split(/[\s|]+/).filter(Boolean).map((src) => ({ src }));
    default:
      return value;
  }
}

/**
 * One JSON listing → a validated listing. It may use the Listing model's names (`categoryPath`, `photoCount`), the
 * CSV columns the README documents (`category`, `image_count`, `photo_urls`, "Nama Produk"), or both; the model's
 * names win when both are given. Prices, weights and counts may be written as text, as in a spreadsheet.
 */
export function listingFromObject(record: object): ObjectResult {
  const columns: Array<readonly [Column, unknown]> = [];
  const model: Record<string, unknown> = {};
  const errors: BilingualText[] = [];
  const unused: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (MODEL_FIELDS.has(key)) {
      if (value !== null && value !== undefined && value !== '') model[key] = modelValue(key, value, errors);
      continue;
    }
    const column = canonicalColumn(key);
    if (column) columns.push([column, value]);
    else unused.push(key);
  }
  const read = readColumns(columns);
  const fields = { ...read.fields, ...Object.fromEntries(Object.entries(model).filter(([, v]) => v !== undefined)) };
  return { ...finishListing({ fields, errors: [...read.errors, ...errors] }), unused };
}
