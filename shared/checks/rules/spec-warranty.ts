import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { specLineExample } from '../../suggest/examples';

export const specWarranty = registerRequiredSpecific({
  id: 'spec-warranty',
  categories: ['electronics'],
  name: bi('Garansi belum disebut', 'Warranty not stated'),
  source: SOURCES.rapiHeuristic,
  present: (s) => Boolean(s.warranty),
  message: bi('Garansi belum disebut.', 'The warranty is not stated.'),
  why: bi('Pembeli elektronik memilih toko yang jelas garansinya: resmi, toko, atau tanpa garansi.', 'Electronics buyers pick shops with a clear warranty: official, shop, or none.'),
  fix: bi('Tulis jenis dan lama garansi, atau tulis "tanpa garansi".', 'Write the warranty type and length, or write "no warranty".'),
  example: () => specLineExample('warranty'),
  exampleIn: 'description-line',
  failing: { title: 'Speaker Bluetooth Portable Bass 10 Watt', description: 'Speaker suara jernih.' },
  passing: { title: 'Speaker Bluetooth Portable Bass 10 Watt', description: 'Speaker suara jernih. Garansi toko 6 bulan.' },
});
