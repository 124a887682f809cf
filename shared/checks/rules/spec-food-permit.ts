import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { specLineExample } from '../../suggest/examples';

/** Packaged food and supplements: P-IRT or BPOM. Fresh food needs none of these (meat: see spec-nkv). */
export const specFoodPermit = registerRequiredSpecific({
  id: 'spec-food-permit',
  categories: ['food', 'health'],
  name: bi('Izin edar P-IRT atau BPOM belum disebut', 'P-IRT or BPOM registration not stated'),
  source: SOURCES.foodLabelling,
  present: (s) => Boolean(s.pirt || s.bpom),
  message: (facts) =>
    facts.category.id === 'health'
      ? bi('Nomor izin edar BPOM belum disebut.', 'The BPOM registration number is not stated.')
      : bi('Izin edar P-IRT atau BPOM belum disebut.', 'The P-IRT or BPOM registration is not stated.'),
  why: bi(
    'Nomor izin edar menunjukkan produk Anda terdaftar dan aman. Pembeli dan kurator etalase mencarinya.',
    'A registration number shows your product is registered and safe. Buyers and showcase curators look for it.',
  ),
  fix: bi('Tulis nomor izin edar di deskripsi, persis seperti di kemasan.', 'Write the registration number in the description, exactly as on the pack.'),
  example: ({ facts }) => specLineExample(facts.category.id === 'health' ? 'bpom' : 'pirt'),
  exampleIn: 'description-line',
  failing: { title: 'Keripik Tempe Khas Malang 250 gr', description: 'Keripik tempe renyah. Halal.' },
  passing: { title: 'Keripik Tempe Khas Malang 250 gr', description: 'Keripik tempe renyah. P-IRT No. 2063273010123-25.' },
});
