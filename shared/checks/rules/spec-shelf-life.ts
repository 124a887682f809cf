import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';

export const specShelfLife = registerRequiredSpecific({
  id: 'spec-shelf-life',
  categories: ['food', 'beauty'],
  name: bi('Masa simpan belum disebut', 'Shelf life not stated'),
  source: SOURCES.foodLabelling,
  present: (s) => Boolean(s.shelfLife),
  message: bi('Masa simpan atau tanggal kedaluwarsa belum disebut.', 'The shelf life or expiry date is not stated.'),
  why: bi(
    'Pembeli makanan dan kosmetik ingin tahu sampai kapan produk aman dipakai. Tanpa itu mereka ragu membeli dalam jumlah banyak.',
    'Food and cosmetics buyers want to know how long the product stays good. Without it they hesitate to buy in bulk.',
  ),
  fix: bi('Tambahkan di deskripsi: "Tahan 3 bulan dalam kemasan tertutup" atau "Kedaluwarsa: lihat kemasan".', 'Add to the description: "Keeps 3 months sealed" or "Expiry: see the pack".'),
  example: () => bi('Masa simpan: tahan 3 bulan dalam kemasan tertutup.', 'Shelf life: keeps 3 months sealed.'),
  failing: { title: 'Keripik Pisang Lampung 250 gr', description: 'Keripik pisang renyah, halal.' },
  passing: { title: 'Keripik Pisang Lampung 250 gr', description: 'Keripik pisang renyah. Tahan 3 bulan.' },
});
