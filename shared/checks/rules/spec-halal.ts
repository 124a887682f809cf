import { bi } from '../../i18n/text';
import { isMeat, registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { specLineExample } from '../../suggest/examples';

export const specHalal = registerRequiredSpecific({
  id: 'spec-halal',
  categories: ['food', 'fresh-food'],
  name: bi('Status halal belum disebut', 'Halal status not stated'),
  source: SOURCES.foodLabelling,
  // Fresh fish, fruit and vegetables need no certificate; fresh meat and poultry do.
  appliesTo: (facts) => facts.category.id !== 'fresh-food' || (isMeat(facts) && !/\btelur\b/i.test(facts.title)),
  present: (s) => Boolean(s.halal),
  message: bi('Status halal belum disebut.', 'The halal status is not stated.'),
  why: bi(
    'Banyak pembeli hanya membeli makanan yang jelas halal. Sertifikat halal (BPJPH/MUI) yang disebut membuat mereka yakin.',
    'Many buyers only buy food that is clearly halal. A stated halal certificate (BPJPH/MUI) reassures them.',
  ),
  fix: bi(
    'Jika produk bersertifikat halal, tulis "Halal" dan nomor sertifikatnya di deskripsi. Jika belum, jangan menulis halal.',
    'If the product is halal-certified, write "Halal" and the certificate number in the description. If not, do not claim it.',
  ),
  example: () => specLineExample('halal'),
  exampleIn: 'description-line',
  failing: { title: 'Sambal Roa Khas Manado 200 gr', description: 'Sambal roa pedas. Tahan 3 bulan.' },
  passing: { title: 'Sambal Roa Khas Manado 200 gr', description: 'Sambal roa pedas. Halal MUI. Tahan 3 bulan.' },
});
