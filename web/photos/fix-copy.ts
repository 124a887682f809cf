import { bi, type BilingualText } from '../../shared/i18n/text';
import { FIXER_WORDS } from '../../shared/photos/fix/copy';

/** "Perbaiki foto" on the phone (copy-style: "foto sampul", sizes as "ukuran foto (piksel)"). */
export const FIX_COPY = {
  ...FIXER_WORDS,
  heading: bi('Perbaiki foto', 'Fix photos'),
  working: bi('Memperbaiki foto… Anda tetap bisa mengetik.', 'Fixing the photo… You can keep typing.'),
  save: bi('Simpan ke HP', 'Save to the phone'),
  use: bi('Pakai di draf ini', 'Use it in this draft'),
  used: (name: BilingualText) =>
    bi(`${name.id} di draf ini sekarang hasil perbaikan. Foto asli tetap ada di galeri Anda.`, `${name.en} in this draft is now the fixed copy. Your own photo is still in your gallery.`),
  share: bi('Bagikan ke aplikasi penjual', 'Share to the seller app'),
  how: bi(
    'Simpan foto ini ke galeri lalu pilih di aplikasi penjual, atau bagikan langsung ke aplikasi Shopee atau Tokopedia.',
    'Save this photo to the gallery and choose it in the seller app, or share it straight to the Shopee or Tokopedia app.',
  ),
  noShare: bi(
    'Browser ini belum bisa membagikan foto ke aplikasi lain. Simpan ke HP, lalu pilih dari galeri di aplikasi penjual.',
    'This browser cannot share photos to other apps yet. Save it to the phone, then choose it from the gallery in the seller app.',
  ),
  shareFailed: bi(
    'Foto tidak bisa dibagikan. Simpan ke HP, lalu pilih dari galeri di aplikasi penjual.',
    'The photo could not be shared. Save it to the phone, then choose it from the gallery in the seller app.',
  ),
} as const;

/** Where a photo is in its checks, for the line under its thumbnail. */
export const STAGE_COPY = {
  loading: bi('Membuka…', 'Opening…'),
  measuring: bi('Memeriksa…', 'Checking…'),
  waiting: bi('Menunggu giliran…', 'Waiting…'),
  reading: bi('Membaca tulisan…', 'Reading text…'),
  done: bi('Sudah diperiksa', 'Checked'),
  failed: bi('Tidak bisa diperiksa', 'Could not be checked'),
} as const;
