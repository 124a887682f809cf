import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { titleExample } from '../../suggest/examples';

export const specSize = registerRequiredSpecific({
  id: 'spec-size',
  categories: ['fashion'],
  name: bi('Ukuran belum disebut', 'Size not stated'),
  source: SOURCES.ttsSeaTitle,
  severity: 'quality',
  present: (s) => Boolean(s.clothingSize || s.dimensions || s.quantities.some((q) => q.kind === 'length')),
  message: bi('Ukuran belum disebut.', 'The size is not stated.'),
  why: bi(
    'Ukuran adalah pertanyaan pertama pembeli fesyen. Tanpa ukuran mereka bertanya lewat chat atau pergi ke toko lain, dan retur karena salah ukuran naik.',
    "Size is a fashion buyer's first question. Without it they ask in chat or go elsewhere, and returns for the wrong size go up.",
  ),
  fix: bi('Tulis ukuran yang tersedia (S, M, L, XL atau 38–44) dan buat varian ukuran.', 'Write the sizes available (S, M, L, XL or 38–44) and set up a size variant.'),
  example: (ctx) => titleExample('spec-size', ctx),
  exampleIn: 'title',
  failing: { title: 'Kemeja Batik Pria Lengan Panjang Motif Parang', description: 'Kemeja batik katun.' },
  passing: { title: 'Kemeja Batik Pria Lengan Panjang Motif Parang Ukuran M–XXL', description: 'Kemeja batik katun.' },
});
