import { bi, type BilingualText } from '../../shared/i18n/text';

/** "Perbaiki foto" on the phone (copy-style: "foto sampul", sizes as "ukuran foto (piksel)"). */
export const FIX_COPY = {
  heading: bi('Perbaiki foto', 'Fix photos'),
  buttonOf: (name: BilingualText) => bi(`Perbaiki ${name.id.toLowerCase()}`, `Fix ${name.en.toLowerCase()}`),
  what: bi(
    'Rapi membuat salinan persegi dengan produk di tengah dan tepi putih, tanpa data lokasi. Foto asli Anda tidak diubah.',
    'Rapi makes a square copy with the product centred on white, without location data. Your own photo is not changed.',
  ),
  working: bi('Memperbaiki foto… Anda tetap bisa mengetik.', 'Fixing the photo… You can keep typing.'),
  again: bi('Coba lagi', 'Try again'),
  result: (name: BilingualText) => bi(`Hasil perbaikan ${name.id.toLowerCase()}`, `${name.en} fixed`),
  before: bi('Sebelum', 'Before'),
  after: bi('Sesudah', 'After'),
  beforeAlt: (name: BilingualText) => bi(`${name.id}, sebelum diperbaiki`, `${name.en}, before the fix`),
  afterAlt: (name: BilingualText) => bi(`${name.id}, sesudah diperbaiki`, `${name.en}, after the fix`),
  changed: bi('Yang diubah', 'What changed'),
  save: bi('Simpan ke HP', 'Save to the phone'),
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
