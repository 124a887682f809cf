import { bi } from '../../shared/i18n/text';
import type { ShownState } from '../kit/listing-editor';

/** Every text the side panel shows, Bahasa Indonesia first ("Anda", action first, one word per thing: docs/glossary.md). */
export const COPY = {
  appName: bi('Rapi', 'Rapi'),
  tagline: bi('Periksa listing Anda', 'Check your listing'),
  language: bi('Bahasa', 'Language'),
  manual: bi('Isi manual', 'Enter manually'),
  /** Opens the welcome page again (extension/welcome), in a new tab. */
  howToUse: bi('Cara memakai Rapi', 'How to use Rapi'),
  newTab: bi('(tab baru)', '(new tab)'),
  backToPage: bi('Kembali ke halaman ini', 'Back to this page'),
  titleEditor: bi('Judul produk', 'Product title'),
  titleCount: (n: number, max: number) => bi(`${n}/${max} karakter`, `${n}/${max} characters`),
  titleRange: (min: number, max: number, market: string) =>
    bi(`${market}: ${min} sampai ${max} karakter`, `${market}: ${min} to ${max} characters`),
  titleTooShort: (missing: number) => bi(`Kurang ${missing} karakter`, `${missing} characters short`),
  titleTooLong: (extra: number) => bi(`Kelebihan ${extra} karakter`, `${extra} characters too many`),
  titleFits: bi('Panjang judul pas', 'Title length fits'),
  putInForm: bi('Masukkan ke formulir', 'Put into the form'),
  putDone: bi('Sudah dimasukkan ke formulir.', 'Put into the form.'),
  readFields: bi('Yang dibaca Rapi dari halaman ini', 'What Rapi read from this page'),
  manualFields: bi('Data produk', 'Product details'),
  readFieldsNote: bi('Ubah yang salah atau kosong: Rapi langsung memeriksa ulang.', 'Correct anything wrong or empty: Rapi checks again right away.'),
  marketplace: bi('Marketplace', 'Marketplace'),
  otherShop: bi('Toko lain', 'Other shop'),
  placeholders: {
    price: bi('contoh: Rp25.000', 'e.g. Rp25.000'),
    weightGrams: bi('contoh: 250 gr', 'e.g. 250 gr'),
    categoryPath: bi('contoh: Makanan & Minuman > Kopi', 'e.g. Makanan & Minuman > Kopi'),
    stock: bi('contoh: 20', 'e.g. 20'),
  },
  photos: bi('Foto produk', 'Product photos'),
  photosFromPage: (n: number) => bi(`${n} foto dari halaman`, `${n} photos from the page`),
  photosChosen: (n: number) => bi(`${n} foto pilihan Anda`, `${n} photos you chose`),
  noPhotos: bi('Belum ada foto', 'No photos yet'),
  dropPhotos: bi('Tarik foto ke sini, atau pilih file', 'Drop photos here, or choose files'),
  removePhotos: bi('Hapus foto pilihan', 'Remove the chosen photos'),
} as const;

export const FIELD_STATE_NAMES: Record<ShownState, ReturnType<typeof bi>> = {
  read: bi('terbaca', 'read'),
  guessed: bi('diduga', 'guessed'),
  missing: bi('tidak ditemukan', 'not found'),
  edited: bi('diubah Anda', 'edited by you'),
  manual: bi('diisi Anda', 'filled in by you'),
  empty: bi('belum diisi', 'not filled in'),
};
