import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { specLineExample } from '../../suggest/examples';

/** Cosmetics and care products; beauty tools (brushes, eyelash curlers) need no BPOM notification. */
export const specCosmeticPermit = registerRequiredSpecific({
  id: 'spec-cosmetic-permit',
  categories: ['beauty'],
  name: bi('Nomor notifikasi BPOM belum disebut', 'BPOM notification number not stated'),
  source: SOURCES.rapiHeuristic,
  present: (s) => Boolean(s.bpom),
  message: bi('Nomor notifikasi BPOM belum disebut.', 'The BPOM notification number is not stated.'),
  why: bi('Pembeli kosmetik dan perawatan memeriksa nomor BPOM sebelum membeli.', 'Cosmetics and care buyers check the BPOM number before they buy.'),
  fix: bi('Tulis nomor notifikasi BPOM (NA…) di deskripsi, persis seperti di kemasan.', 'Write the BPOM notification number (NA…) in the description, exactly as on the pack.'),
  example: () => specLineExample('bpomCosmetic'),
  exampleIn: 'description-line',
  failing: { title: 'Serum Wajah Niacinamide 30 ml', description: 'Serum untuk kulit kusam. Tahan 12 bulan.' },
  passing: { title: 'Serum Wajah Niacinamide 30 ml', description: 'Serum untuk kulit kusam. Terdaftar BPOM. Tahan 12 bulan.' },
});
