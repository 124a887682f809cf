import { bi, type BilingualText } from '../i18n/text';
import { parseRupiah } from './parse-price';
import { parseWeightGrams } from './parse-units';
import type { Listing, ListingInput, Marketplace, Photo } from './schema';
import { validateListing } from './validate';

/**
 * Spreadsheet columns Rapi understands: its own names, and the marketplaces' bulk-upload headers
 * (Shopee "Nama Produk", "Foto Sampul", "Foto Produk 1…8"; Tokopedia "Nama Produk*", "Foto Produk 1…5").
 * A Map, not an object literal: a header named "constructor" or "__proto__" must not find Object's own properties.
 */
const ALIASES = new Map<string, Column>(
  Object.entries({
    title: 'title', judul: 'title', name: 'title', 'nama produk': 'title', 'nama produk*': 'title', 'product name': 'title',
    description: 'description', deskripsi: 'description', 'deskripsi produk': 'description', 'deskripsi produk*': 'description',
    price: 'price', harga: 'price', 'harga*': 'price', 'harga (rp)': 'price', 'harga (rp)*': 'price',
    category: 'category', kategori: 'category', 'kategori*': 'category',
    marketplace: 'marketplace',
    image_count: 'image_count', 'jumlah foto': 'image_count',
    photo_urls: 'photo_urls', photos: 'photo_urls', foto: 'photo_urls',
    brand: 'brand', merek: 'brand', merk: 'brand',
    weight: 'weight', berat: 'weight', 'berat*': 'weight', 'berat (gram)': 'weight', 'berat (gram)*': 'weight',
    stock: 'stock', stok: 'stock', 'stok*': 'stock',
    url: 'url', source_url: 'url', link: 'url',
    shop: 'shop', toko: 'shop', 'nama toko': 'shop',
    city: 'city', kota: 'city',
    id: 'id',
    'foto sampul': 'photo', 'foto sampul*': 'photo', 'foto produk': 'photo',
  } satisfies Record<string, Column>),
);

export type Column =
  | 'title' | 'description' | 'price' | 'category' | 'marketplace' | 'image_count' | 'photo_urls' | 'photo'
  | 'brand' | 'weight' | 'stock' | 'url' | 'shop' | 'city' | 'id';

/** Columns that are fine to ignore silently (they carry no listing content Rapi checks). */
const KNOWN_IGNORED = /^(source|sku|kode|variasi|varian|min\.|maks\.|panjang|lebar|tinggi|gtin|produk berbahaya|kondisi|status|etalase|asuransi|preorder|pre-order|channel|kurir|no\.?$)/i;

/** The column a header names, or undefined. A header that is not text (a number or date cell in a sheet) names none. */
export function canonicalColumn(header: unknown): Column | undefined {
  if (typeof header !== 'string') return undefined;
  // Templates mark required columns with "*" anywhere ("Nama Produk*", "Berat* (Gram)").
  const key = header.replace(/\*/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
  const alias = ALIASES.get(key);
  if (alias) return alias;
  if (/^foto produk \d+$/.test(key) || /^foto \d+$/.test(key) || /^gambar \d+$/.test(key)) return 'photo';
  return undefined;
}

/** Which headers Rapi does not use (named in a note, never an error). */
export function unknownColumns(headers: readonly unknown[]): string[] {
  return headers.filter((h): h is string => typeof h === 'string' && h.trim() !== '' && !canonicalColumn(h) && !KNOWN_IGNORED.test(h.trim()));
}

export function asMarketplace(value: string | undefined): Marketplace | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (v.startsWith('shopee')) return 'shopee';
  if (v.startsWith('tokopedia') || v === 'tokped') return 'tokopedia';
  return 'other';
}

function splitPhotos(value: string): string[] {
  return value.split(/[\s|]+/).map((s) => s.trim()).filter(Boolean);
}

/** "Makanan & Minuman > Makanan Ringan" (also "›" and "/") → its steps. */
export function splitCategory(value: string): string[] {
  return value.split(/\s*(?:>|›|\/)\s*/).map((c) => c.replace(/-/g, ' ').trim()).filter(Boolean);
}

/** A cell's text; undefined for an empty cell or a value that is not text, a number, a yes/no or a date. */
function cellString(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.trim() || undefined;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return undefined;
}

export type RowResult = { ok: true; listing: Listing } | { ok: false; errors: BilingualText[] };

export interface ColumnRead {
  /** What the cells say, in the Listing model's names (title included when present). */
  fields: Partial<ListingInput>;
  errors: BilingualText[];
}

/** Reads cells already mapped to Rapi's columns. The first non-empty cell of a column wins; photos add up. */
export function readColumns(entries: Iterable<readonly [Column | undefined, unknown]>): ColumnRead {
  const cells: Partial<Record<Column, string>> = {};
  const photoSrcs: string[] = [];
  const errors: BilingualText[] = [];
  for (const [column, cell] of entries) {
    if (!column || cell === undefined || cell === null || cell === '') continue;
    // JSON may give a category path as a list of steps.
    const raw = column === 'category' && Array.isArray(cell) ? cell.join(' > ') : cell;
    if (column === 'photo' || column === 'photo_urls') {
      for (const item of Array.isArray(raw) ? raw : [raw]) {
        const value = cellString(item);
        if (value) photoSrcs.push(...(column === 'photo' ? [value] : splitPhotos(value)));
      }
      continue;
    }
    const value = cellString(raw);
    if (value === undefined && typeof raw === 'object') errors.push(bi(`Isian "${column}" harus berupa teks atau angka.`, `The "${column}" field must be text or a number.`));
    else if (value !== undefined) cells[column] ??= value;
  }
  const fields: Partial<ListingInput> = {};
  if (cells.title) fields.title = cells.title;
  const marketplace = asMarketplace(cells.marketplace);
  if (marketplace) fields.marketplace = marketplace;
  if (cells.description) fields.description = cells.description;
  if (cells.price) {
    const price = parseRupiah(cells.price);
    if (price === undefined) errors.push(bi(`Harga "${cells.price}" tidak terbaca.`, `The price "${cells.price}" can't be read.`));
    else fields.price = price;
  }
  if (cells.category) {
    fields.categoryPath = splitCategory(cells.category);
    fields.categorySource = 'input';
  }
  if (cells.image_count) {
    const count = Number(cells.image_count);
    if (!Number.isInteger(count) || count < 0) errors.push(bi(`Jumlah foto "${cells.image_count}" bukan angka bulat.`, `The photo count "${cells.image_count}" is not a whole number.`));
    else fields.photoCount = count;
  }
  if (photoSrcs.length) fields.photos = photoSrcs.map((src): Photo => ({ src }));
  if (cells.brand) fields.brand = cells.brand;
  if (cells.weight) {
    const grams = parseWeightGrams(cells.weight);
    if (grams === undefined) errors.push(bi(`Berat "${cells.weight}" tidak terbaca.`, `The weight "${cells.weight}" can't be read.`));
    else fields.weightGrams = grams;
  }
  if (cells.stock && /^\d+$/.test(cells.stock)) fields.stock = Number(cells.stock);
  if (cells.url) fields.sourceUrl = cells.url;
  if (cells.shop) fields.shopName = cells.shop;
  if (cells.city) fields.shopCity = cells.city;
  if (cells.id) fields.itemId = cells.id;
  return { fields, errors };
}

/** The read fields → a validated listing, or every reason it can't be one (an empty title alone says so first). */
export function finishListing({ fields, errors }: ColumnRead): RowResult {
  if (typeof fields.title !== 'string' || !fields.title.trim()) return { ok: false, errors: [bi('Judul produk kosong.', 'The product title is empty.')] };
  if (errors.length) return { ok: false, errors };
  const valid = validateListing(fields);
  return valid.ok ? { ok: true, listing: valid.listing } : { ok: false, errors: valid.errors };
}

/** One spreadsheet row (header → cell) → a validated listing, or the reasons it can't be one (in both languages). */
export function listingFromRow(row: Record<string, unknown>): RowResult {
  return finishListing(readColumns(Object.entries(row).map(([header, raw]) => [canonicalColumn(header), raw] as const)));
}

/** For rows streamed as arrays of cells: the headers are mapped once, then each row is read by position. */
export function rowReader(headers: readonly unknown[]): (cells: readonly unknown[]) => RowResult {
  const columns = headers.map(canonicalColumn);
  return (cells) => finishListing(readColumns(columns.map((column, i) => [column, cells[i]] as const)));
}
