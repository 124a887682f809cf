import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';

export const specFoodPermit = registerRequiredSpecific({
  id: 'spec-food-permit',
  categories: ['food'],
  name: bi('Izin edar P-IRT atau BPOM belum disebut', 'P-IRT or BPOM registration not stated'),
  source: SOURCES.foodLabelling,
  present: (s) => Boolean(s.pirt || s.bpom),
  message: bi('Izin edar P-IRT atau BPOM belum disebut.', 'The P-IRT or BPOM registration is not stated.'),
  why: bi(
    'Nomor P-IRT atau BPOM menunjukkan makanan Anda terdaftar dan aman. Pembeli dan kurator etalase mencarinya.',
    'A P-IRT or BPOM number shows your food is registered and safe. Buyers and showcase curators look for it.',
  ),
  fix: bi('Tulis nomor izin edar di deskripsi, persis seperti di kemasan.', 'Write the registration number in the description, exactly as on the pack.'),
  example: () => bi('P-IRT No. 2063273010123-25', 'P-IRT No. 2063273010123-25'),
  failing: { title: 'Keripik Tempe Khas Malang 250 gr', description: 'Keripik tempe renyah. Halal.' },
  passing: { title: 'Keripik Tempe Khas Malang 250 gr', description: 'Keripik tempe renyah. P-IRT No. 2063273010123-25.' },
});
