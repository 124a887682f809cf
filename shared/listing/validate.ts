import type { z } from 'zod';
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
  itemId: bi('nomor produk', 'product number'),
  shopId: bi('nomor toko', 'shop number'),
  hasSizeChart: bi('tabel ukuran', 'size chart'),
  descriptionImageCount: bi('jumlah gambar di deskripsi', 'images in the description'),
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** What a field must be, in a seller's words (zod's own words, "array" or "record", never reach a seller). */
const KIND_NAMES: Record<string, BilingualText> = {
  number: bi('angka', 'a number'),
  int: bi('angka bulat', 'a whole number'),
  string: bi('teks', 'text'),
  boolean: bi('ya atau tidak (true/false)', 'yes or no (true/false)'),
  array: bi('daftar, misalnya ["a", "b"]', 'a list, e.g. ["a", "b"]'),
  object: bi('kumpulan isian bernama, misalnya {"warna": "merah"}', 'a set of named fields, e.g. {"colour": "red"}'),
  record: bi('kumpulan isian bernama, misalnya {"warna": "merah"}', 'a set of named fields, e.g. {"colour": "red"}'),
};

/** "(ke-2, src)": a list position counts from 1, as a seller counts. */
function wherePart(path: readonly PropertyKey[]): BilingualText {
  if (path.length <= 1) return bi('', '');
  const parts = path.slice(1).map((p) => (typeof p === 'number' ? { id: `ke-${p + 1}`, en: `no. ${p + 1}` } : { id: String(p), en: String(p) }));
  return bi(` (${parts.map((p) => p.id).join(', ')})`, ` (${parts.map((p) => p.en).join(', ')})`);
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): BilingualText {
  const key = String(issue.path[0] ?? '');
  const field = Object.hasOwn(LISTING_FIELD_NAMES, key) ? LISTING_FIELD_NAMES[key]! : bi(key || 'data', key || 'data');
  const where = wherePart(issue.path);
  const name = bi(`${field.id}${where.id}`, `${field.en}${where.en}`);
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
    return bi(`Kolom ${name.id} wajib diisi.`, `The ${name.en} field is required.`);
  }
  if (issue.code === 'invalid_type') {
    const expected = KIND_NAMES[issue.expected] ?? bi('isian lain', 'something else');
    return bi(`Kolom ${name.id} harus berupa ${expected.id}.`, `The ${name.en} field must be ${expected.en}.`);
  }
  if (issue.code === 'too_small' || issue.code === 'not_multiple_of') {
    return bi(`Kolom ${name.id} tidak boleh negatif atau pecahan.`, `The ${name.en} field can't be negative or a fraction.`);
  }
  if (issue.code === 'invalid_value') {
    return bi(`Isi kolom ${name.id} tidak dikenal.`, `The ${name.en} field has a value Rapi doesn't know.`);
  }
  return bi(`Kolom ${name.id} tidak valid.`, `The ${name.en} field is not valid.`);
}

/** A listing is a few levels deep; a file nested thousands deep is hostile and would overflow the stack while checked. */
export const MAX_LISTING_DEPTH = 16;

/** True when `value` has no more than `max` levels of objects and arrays (checked without recursion). */
export function nestedAtMost(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return false;
    for (const child of Object.values(item)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return true;
}

export type ValidationResult = { ok: true; listing: Listing } | { ok: false; errors: BilingualText[] };

/** Validates untrusted input; errors name the field in plain words, never a raw zod dump. */
export function validateListing(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [bi('Data listing harus berupa objek dengan judul produk.', 'A listing must be an object with a product title.')] };
  }
  if (!nestedAtMost(input, MAX_LISTING_DEPTH)) {
    return { ok: false, errors: [bi('Data listing ini bertingkat terlalu dalam untuk sebuah listing.', 'This listing data is nested far too deep to be a listing.')] };
  }
  const parsed = Listing.safeParse(input);
  if (parsed.success) return { ok: true, listing: parsed.data };
  // One message per field is enough for a seller; a hostile record could carry thousands of issues.
  const messages = new Map<string, BilingualText>();
  for (const issue of parsed.error.issues) {
    const text = describeIssue(issue, input);
    if (messages.size < 10) messages.set(text.en, text);
  }
  return { ok: false, errors: [...messages.values()] };
}
