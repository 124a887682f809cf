import { bi } from '../../shared/i18n/text';
import type { ShownState } from '../../shared/ui/listing-editor';
import { LISTING_COPY } from '../../shared/ui/listing/copy';

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
  putInForm: bi('Masukkan ke formulir', 'Put into the form'),
  putDone: bi('Sudah dimasukkan ke formulir.', 'Put into the form.'),
  readFields: bi('Yang dibaca Rapi dari halaman ini', 'What Rapi read from this page'),
  manualFields: bi('Data produk', 'Product details'),
  readFieldsNote: bi('Ubah yang salah atau kosong: Rapi langsung memeriksa ulang.', 'Correct anything wrong or empty: Rapi checks again right away.'),
  marketplace: LISTING_COPY.marketplace,
  otherShop: LISTING_COPY.otherShop,
  placeholders: LISTING_COPY.placeholders,
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
