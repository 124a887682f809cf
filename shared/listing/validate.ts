import type { z } from 'zod';
import { typeName } from '../feed/reasons';
import { bi, type BilingualText } from '../i18n/text';
import { Listing } from './schema';

/** Field names as a seller knows them, for messages that name the field. */
export const LISTING_FIELD_NAMES: Record<string, BilingualText> = {
  marketplace: bi('marketplace', 'marketplace'),
  sourceUrl: bi('alamat halaman', 'page address'),
  title: bi('judul produk', 'product title'),
  description: bi('deskripsi', 'description'),
  price: bi('harga', 'price'),
  originalPrice: bi('harga sebelum diskon', 'original price'),
  categoryPath: bi('kategori', 'category'),
  brand: bi('merek', 'brand'),
  condition: bi('kondisi', 'condition'),
  attributes: bi('spesifikasi', 'specifics'),
  variants: bi('varian', 'variants'),
  weightGrams: bi('berat (gram)', 'weight (grams)'),
  dimensionsCm: bi('ukuran paket (cm)', 'package size (cm)'),
  stock: bi('stok', 'stock'),
  photos: bi('foto produk', 'product photos'),
  photoCount: bi('jumlah foto', 'number of photos'),
  video: bi('video', 'video'),
  shopName: bi('nama toko', 'shop name'),
  shopCity: bi('kota toko', 'shop city'),
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): BilingualText {
  const key = String(issue.path[0] ?? '');
  const field = Object.hasOwn(LISTING_FIELD_NAMES, key) ? LISTING_FIELD_NAMES[key]! : bi(key || 'data', key || 'data');
  const where = issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : '';
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
    return bi(`Kolom ${field.id}${where} wajib diisi.`, `The ${field.en}${where} field is required.`);
  }
  if (issue.code === 'invalid_type') {
    const expected = typeName(issue.expected);
    if (!expected) return bi(`Jenis isi kolom ${field.id}${where} salah.`, `The ${field.en}${where} field has the wrong kind of value.`);
    return bi(`Kolom ${field.id}${where} harus berupa ${expected[0]}.`, `The ${field.en}${where} field must be ${expected[1]}.`);
  }
  if (issue.code === 'too_small' || issue.code === 'not_multiple_of') {
    return bi(`Kolom ${field.id}${where} tidak boleh negatif atau pecahan.`, `The ${field.en}${where} field can't be negative or a fraction.`);
  }
  if (issue.code === 'invalid_value') {
    return bi(`Isi kolom ${field.id}${where} tidak dikenal.`, `The ${field.en}${where} field has a value Rapi doesn't know.`);
  }
  return bi(`Kolom ${field.id}${where} tidak valid.`, `The ${field.en}${where} field is not valid.`);
}

export type ValidationResult = { ok: true; listing: Listing } | { ok: false; errors: BilingualText[] };

/** Validates untrusted input; errors name the field in plain words, never a raw zod dump. */
export function validateListing(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [bi('Data listing harus berupa objek dengan judul produk.', 'A listing must be an object with a product title.')] };
  }
  const parsed = Listing.safeParse(input);
  if (parsed.success) return { ok: true, listing: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, input)) };
}
