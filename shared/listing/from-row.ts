import { bi, type BilingualText } from '../i18n/text';
import { parseRupiah } from './parse-price';
import { parseWeightGrams } from './parse-units';
import type { ListingInput, Marketplace, Photo } from './schema';
import { validateListing } from './validate';

/**
 * Spreadsheet columns Rapi understands: its own names, and the marketplaces' bulk-upload headers
 * (Shopee "Nama Produk", "Foto Sampul", "Foto Produk 1…8"; Tokopedia "Nama Produk*", "Foto Produk 1…5").
 */
const ALIASES: Record<string, string> = {
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
};

/** Columns that are fine to ignore silently (they carry no listing content Rapi checks). */
const KNOWN_IGNORED = /^(source|sku|kode|variasi|varian|min\.|maks\.|panjang|lebar|tinggi|gtin|produk berbahaya|kondisi|status|etalase|asuransi|preorder|pre-order|channel|kurir|no\.?$)/i;

export function canonicalColumn(header: string): string | undefined {
  // Templates mark required columns with "*" anywhere ("Nama Produk*", "Berat* (Gram)").
  const key = header.replace(/\*/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (ALIASES[key]) return ALIASES[key];
  if (/^foto produk \d+$/.test(key) || /^foto \d+$/.test(key) || /^gambar \d+$/.test(key)) return 'photo';
  return undefined;
}

/** Which headers Rapi does not use (named in a note, never an error). */
export function unknownColumns(headers: readonly string[]): string[] {
  return headers.filter((h) => h.trim() && !canonicalColumn(h) && !KNOWN_IGNORED.test(h.trim()));
}

function asMarketplace(value: string | undefined): Marketplace | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (v.startsWith('shopee')) return 'shopee';
  if (v.startsWith('tokopedia') || v === 'tokped') return 'tokopedia';
  return 'other';
}

function splitPhotos(value: string): string[] {
  return value.split(/[\s|]+/).map((s) => s.trim()).filter(Boolean);
}

export type RowResult = { ok: true; listing: ListingInput } | { ok: false; errors: BilingualText[] };

/** One spreadsheet row → a validated listing, or the reasons it can't be one (in both languages). */
export function listingFromRow(row: Record<string, unknown>): RowResult {
  const cells: Record<string, string> = {};
  const photoSrcs: string[] = [];
  for (const [header, raw] of Object.entries(row)) {
    const column = canonicalColumn(header);
    if (!column || raw === undefined || raw === null) continue;
    const value = String(raw).trim();
    if (!value) continue;
    if (column === 'photo') photoSrcs.push(value);
    else if (column === 'photo_urls') photoSrcs.push(...splitPhotos(value));
    else cells[column] ??= value;
  }
  if (!cells.title) {
    return { ok: false, errors: [bi('Judul produk kosong.', 'The product title is empty.')] };
  }
  const errors: BilingualText[] = [];
  const listing: ListingInput = { title: cells.title };
  const marketplace = asMarketplace(cells.marketplace);
  if (marketplace) listing.marketplace = marketplace;
  if (cells.description) listing.description = cells.description;
  if (cells.price) {
    const price = parseRupiah(cells.price);
    if (price === undefined) errors.push(bi(`Harga "${cells.price}" tidak terbaca.`, `The price "${cells.price}" can't be read.`));
    else listing.price = price;
  }
  if (cells.category) listing.categoryPath = cells.category.split(/\s*(?:>|›|\/)\s*/).map((c) => c.replace(/-/g, ' ').trim()).filter(Boolean);
  if (cells.image_count) {
    const count = Number(cells.image_count);
    if (!Number.isInteger(count) || count < 0) errors.push(bi(`Jumlah foto "${cells.image_count}" bukan angka bulat.`, `The photo count "${cells.image_count}" is not a whole number.`));
    else listing.photoCount = count;
  }
  if (photoSrcs.length) listing.photos = photoSrcs.map((src): Photo => ({ src }));
  if (cells.brand) listing.brand = cells.brand;
  if (cells.weight) {
    const grams = parseWeightGrams(cells.weight);
    if (grams === undefined) errors.push(bi(`Berat "${cells.weight}" tidak terbaca.`, `The weight "${cells.weight}" can't be read.`));
    else listing.weightGrams = grams;
  }
  if (cells.stock && /^\d+$/.test(cells.stock)) listing.stock = Number(cells.stock);
  if (cells.url) listing.sourceUrl = cells.url;
  if (cells.shop) listing.shopName = cells.shop;
  if (cells.city) listing.shopCity = cells.city;
  if (cells.id) listing.itemId = cells.id;
  if (errors.length) return { ok: false, errors };
  const valid = validateListing(listing);
  return valid.ok ? { ok: true, listing } : { ok: false, errors: valid.errors };
}
