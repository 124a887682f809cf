import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { titleExample } from '../../suggest/examples';

export const specQuantity = registerRequiredSpecific({
  id: 'spec-quantity',
  categories: ['other', 'electronics', 'beauty-tools'],
  name: bi('Ukuran, isi, atau jumlah belum disebut', 'Size, quantity or count not stated'),
  source: SOURCES.ttsSeaTitle,
  present: (s) => s.hasQuantity,
  message: bi('Belum ada angka ukuran, isi, atau jumlah.', 'There is no size, quantity or count.'),
  why: bi(
    'Panduan TikTok Shop meminta jumlah atau ukuran di judul. Pembeli membandingkan produk dari angka-angka ini.',
    "TikTok Shop's guide asks for the quantity or size in the title. Buyers compare products by these numbers.",
  ),
  fix: bi('Tulis ukuran, isi, atau jumlahnya: "isi 10 pcs", "20 × 30 cm", "1 lusin".', 'Write the size, content or count: "pack of 10", "20 × 30 cm", "1 dozen".'),
  example: (ctx) => titleExample('spec-quantity', ctx),
  exampleIn: 'title',
  failing: { title: 'Stiker Label Nama Anak Tahan Air Custom', description: 'Stiker label nama untuk botol minum dan buku sekolah.' },
  passing: { title: 'Stiker Label Nama Anak Tahan Air Custom Isi 60 pcs', description: 'Stiker label nama untuk botol minum dan buku sekolah.' },
});
