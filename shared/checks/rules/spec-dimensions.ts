import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { titleExample } from '../../suggest/examples';

export const specDimensions = registerRequiredSpecific({
  id: 'spec-dimensions',
  categories: ['craft'],
  name: bi('Ukuran (dimensi) belum disebut', 'Dimensions not stated'),
  source: SOURCES.ttsSeaTitle,
  severity: 'quality',
  present: (s) => Boolean(s.dimensions) || s.quantities.some((q) => q.kind === 'volume' || q.kind === 'length'),
  message: bi('Ukuran produk (panjang × lebar × tinggi) belum disebut.', 'The size (length × width × height) is not stated.'),
  why: bi(
    'Dari foto, pembeli tidak bisa menebak besar kecilnya kerajinan. Ukuran yang jelas mencegah kecewa dan retur.',
    "From a photo, buyers can't tell how big a craft item is. Clear dimensions prevent disappointment and returns.",
  ),
  fix: bi('Tulis ukurannya dalam cm, misalnya "panjang × lebar × tinggi".', 'Write the size in cm, as "length × width × height".'),
  example: (ctx) => titleExample('spec-dimensions', ctx),
  exampleIn: 'title',
  failing: { title: 'Keranjang Rotan Anyaman Serbaguna Handmade', description: 'Keranjang rotan asli.' },
  passing: { title: 'Keranjang Rotan Anyaman Serbaguna 30 x 20 x 15 cm', description: 'Keranjang rotan asli.' },
});
