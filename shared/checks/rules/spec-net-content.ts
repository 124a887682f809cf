import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { titleExample } from '../../suggest/examples';

export const specNetContent = registerRequiredSpecific({
  id: 'spec-net-content',
  categories: ['food', 'fresh-food', 'beauty', 'health'],
  name: bi('Berat bersih atau isi belum disebut', 'Net weight or volume not stated'),
  source: SOURCES.ttsSeaTitle,
  severity: 'quality',
  present: (s, facts) =>
    Boolean(facts.titleSpecifics.netContent || s.netContent) || s.quantities.some((q) => q.kind === 'count' && q.unit !== undefined && ['tablet', 'kapsul', 'sachet', 'pcs'].includes(q.unit)),
  message: bi('Berat bersih atau isi (gr, ml) belum disebut.', 'The net weight or volume (g, ml) is not stated.'),
  why: bi(
    'Pembeli mencari "kopi 250 gr" atau "sirup 500 ml" dan membandingkan harga per gram. Panduan TikTok Shop meminta jumlah atau isi di judul; tanpa angka ini produk sulit ditemukan.',
    'Buyers search for "kopi 250 gr" or "sirup 500 ml" and compare price per gram. TikTok Shop\'s guide asks for the quantity or volume in the title; without it the product is hard to find.',
  ),
  fix: bi('Tulis berat bersih atau isi di judul dan deskripsi, persis seperti di kemasan.', 'Write the net weight or volume in the title and description, exactly as on the pack.'),
  example: (ctx) => titleExample('spec-net-content', ctx),
  exampleIn: 'title',
  failing: { title: 'Keripik Pisang Lampung Rasa Cokelat Renyah', description: 'Keripik pisang renyah.' },
  passing: { title: 'Keripik Pisang Lampung Rasa Cokelat 250 gr', description: 'Keripik pisang renyah.' },
});
