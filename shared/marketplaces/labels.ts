import type { BilingualText } from '../i18n/text';
import { bi } from './text';
import type { ListingField } from './types';

/** The words docs/glossary.md prescribes for each field, used in "could not read" messages and by the panel. */
export const FIELD_LABELS: Record<ListingField, BilingualText> = {
  marketplace: bi('marketplace', 'marketplace'),
  sourceUrl: bi('alamat halaman', 'page address'),
  itemId: bi('nomor produk', 'product id'),
  shopId: bi('nomor toko', 'shop id'),
  title: bi('judul produk', 'product title'),
  description: bi('deskripsi', 'description'),
  price: bi('harga', 'price'),
  originalPrice: bi('harga sebelum diskon', 'price before discount'),
  categoryPath: bi('kategori', 'category'),
  pickedCategory: bi('kategori pilihan Anda', 'the category you picked'),
  categorySource: bi('asal kategori', 'where the category came from'),
  brand: bi('merek', 'brand'),
  condition: bi('kondisi', 'condition'),
  attributes: bi('spesifikasi', 'specifics'),
  variants: bi('varian', 'variants'),
  weightGrams: bi('berat', 'weight'),
  dimensionsCm: bi('ukuran paket', 'package size'),
  stock: bi('stok', 'stock'),
  photos: bi('foto produk', 'product photos'),
  photoCount: bi('jumlah foto', 'number of photos'),
  descriptionImageCount: bi('gambar di deskripsi', 'images in the description'),
  video: bi('video', 'video'),
  hasSizeChart: bi('panduan ukuran', 'size chart'),
  shopName: bi('nama toko', 'shop name'),
  shopCity: bi('kota toko', 'shop city'),
};
