import { bi, type BilingualText } from '../../i18n/text';

/** The photo fixer's words wherever it is shown: the side panel and the phone (copy-style: "foto sampul"). */
export const FIXER_WORDS = {
  buttonOf: (name: BilingualText) => bi(`Perbaiki ${name.id.toLowerCase()}`, `Fix ${name.en.toLowerCase()}`),
  what: bi(
    'Rapi membuat salinan persegi dengan produk di tengah dan tepi putih, tanpa data lokasi. Foto asli Anda tidak diubah.',
    'Rapi makes a square copy with the product centred on white, without location data. Your own photo is not changed.',
  ),
  again: bi('Coba lagi', 'Try again'),
  result: (name: BilingualText) => bi(`Hasil perbaikan ${name.id.toLowerCase()}`, `${name.en} fixed`),
  before: bi('Sebelum', 'Before'),
  after: bi('Sesudah', 'After'),
  beforeAlt: (name: BilingualText) => bi(`${name.id}, sebelum diperbaiki`, `${name.en}, before the fix`),
  afterAlt: (name: BilingualText) => bi(`${name.id}, sesudah diperbaiki`, `${name.en}, after the fix`),
  changed: bi('Yang diubah', 'What changed'),
} as const;
