import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { quote } from '../wording';

export const specNetContent = registerRequiredSpecific({
  id: 'spec-net-content',
  categories: ['food', 'beauty'],
  name: bi('Berat bersih atau isi belum disebut', 'Net weight or volume not stated'),
  source: SOURCES.foodLabelling,
  severity: 'quality',
  present: (s) => Boolean(s.netContent),
  message: bi('Berat bersih atau isi (gr, ml) belum disebut.', 'The net weight or volume (g, ml) is not stated.'),
  why: bi(
    'Pembeli mencari "kopi 250 gr" atau "sirup 500 ml" dan membandingkan harga per gram. Tanpa angka ini produk sulit ditemukan dan sering dikomplain.',
    'Buyers search for "kopi 250 gr" or "sirup 500 ml" and compare price per gram. Without it the product is hard to find and draws complaints.',
  ),
  fix: bi('Tulis berat bersih atau isi di judul dan deskripsi, misalnya "250 gr" atau "500 ml".', 'Write the net weight or volume in the title and description, e.g. "250 gr" or "500 ml".'),
  example: (title) => bi(`${quote(title, 60)} 250 gr`, `${quote(title, 60)} 250 gr`),
  failing: { title: 'Keripik Pisang Lampung Rasa Cokelat Renyah', description: 'Keripik pisang renyah.' },
  passing: { title: 'Keripik Pisang Lampung Rasa Cokelat 250 gr', description: 'Keripik pisang renyah.' },
});
