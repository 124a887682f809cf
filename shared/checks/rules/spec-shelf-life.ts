import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { specLineExample } from '../../suggest/examples';

export const specShelfLife = registerRequiredSpecific({
  id: 'spec-shelf-life',
  categories: ['food', 'beauty', 'health'],
  name: bi('Masa simpan belum disebut', 'Shelf life not stated'),
  source: SOURCES.foodLabelling,
  present: (s) => Boolean(s.shelfLife),
  message: bi('Masa simpan atau tanggal kedaluwarsa belum disebut.', 'The shelf life or expiry date is not stated.'),
  why: bi(
    'Pembeli makanan dan kosmetik ingin tahu sampai kapan produk aman dipakai. Tanpa itu mereka ragu membeli dalam jumlah banyak.',
    'Food and cosmetics buyers want to know how long the product stays good. Without it they hesitate to buy in bulk.',
  ),
  fix: bi('Tambahkan masa simpan di deskripsi, seperti tertulis di kemasan.', 'Add the shelf life to the description, as written on the pack.'),
  example: () => specLineExample('shelfLife'),
  exampleIn: 'description-line',
  failing: { title: 'Keripik Pisang Lampung 250 gr', description: 'Keripik pisang renyah, halal.' },
  passing: { title: 'Keripik Pisang Lampung 250 gr', description: 'Keripik pisang renyah. Tahan 3 bulan.' },
});
