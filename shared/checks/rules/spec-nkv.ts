import { bi } from '../../i18n/text';
import { isMeat, registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { specLineExample } from '../../suggest/examples';

/** Fresh meat, poultry and eggs from a registered business carry a veterinary control number (NKV); fish and produce do not. */
export const specNkv = registerRequiredSpecific({
  id: 'spec-nkv',
  categories: ['fresh-food'],
  name: bi('Nomor Kontrol Veteriner (NKV) belum disebut', 'Veterinary control number (NKV) not stated'),
  source: SOURCES.foodLabelling,
  appliesTo: isMeat,
  present: (s) => Boolean(s.nkv),
  message: bi('Nomor Kontrol Veteriner (NKV) belum disebut.', 'The veterinary control number (NKV) is not stated.'),
  why: bi(
    'NKV menunjukkan daging atau telur berasal dari usaha yang diawasi dinas peternakan. Pembeli dan kurator mencarinya.',
    'An NKV shows the meat or eggs come from a business inspected by the veterinary office. Buyers and curators look for it.',
  ),
  fix: bi(
    'Jika usaha Anda atau pemasok Anda punya NKV, tulis nomornya di deskripsi. Jika belum, sebutkan asal daging (rumah potong).',
    "If your business or your supplier has an NKV, write the number in the description. If not, say where the meat comes from (the slaughterhouse).",
  ),
  example: () => specLineExample('nkv'),
  exampleIn: 'description-line',
  failing: { title: 'Daging Sapi Has Dalam Segar 1 kg', description: 'Daging sapi segar, dipotong pagi hari. Halal.' },
  passing: { title: 'Daging Sapi Has Dalam Segar 1 kg', description: 'Daging sapi segar dari RPH. NKV CV-3578-0123. Halal.' },
});
