import { bi, type BilingualText } from '../../shared/i18n/text';

/** "Perbaiki foto" in the photo section (docs/glossary.md: "foto sampul", sizes as "ukuran foto (piksel)"). */
export const FIX_COPY = {
  button: bi('Perbaiki foto', 'Fix photo'),
  buttonOf: (name: BilingualText) => bi(`Perbaiki ${name.id.toLowerCase()}`, `Fix ${name.en.toLowerCase()}`),
  what: bi(
    'Rapi membuat salinan persegi dengan produk di tengah dan tepi putih, tanpa data lokasi. Foto asli Anda tidak diubah.',
    'Rapi makes a square copy with the product centred on white, without location data. Your own photo is not changed.',
  ),
  working: bi('Memperbaiki foto… Panel tetap bisa dipakai.', 'Fixing the photo… You can keep using the panel.'),
  again: bi('Coba lagi', 'Try again'),
  result: (name: BilingualText) => bi(`Hasil perbaikan ${name.id.toLowerCase()}`, `${name.en} fixed`),
  before: bi('Sebelum', 'Before'),
  after: bi('Sesudah', 'After'),
  beforeAlt: (name: BilingualText) => bi(`${name.id}, sebelum diperbaiki`, `${name.en}, before the fix`),
  afterAlt: (name: BilingualText) => bi(`${name.id}, sesudah diperbaiki`, `${name.en}, after the fix`),
  changed: bi('Yang diubah', 'What changed'),
  checks: bi('Pemeriksaan foto, sebelum → sesudah', 'Photo checks, before → after'),
  noFindings: bi('Tidak ada temuan, sebelum maupun sesudah.', 'No findings, before or after.'),
  download: bi('Unduh foto', 'Download photo'),
  drag: bi(
    'Unduh foto ini, atau tarik foto "Sesudah" langsung ke kotak unggah foto di Seller Centre.',
    'Download this photo, or drag the "After" photo straight into the photo upload box in Seller Centre.',
  ),
} as const;
