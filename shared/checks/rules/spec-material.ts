import { bi } from '../../i18n/text';
import { registerRequiredSpecific } from '../required-specific';
import { SOURCES } from '../sources';
import { titleExample } from '../../suggest/examples';

export const specMaterial = registerRequiredSpecific({
  id: 'spec-material',
  categories: ['fashion', 'craft'],
  name: bi('Bahan belum disebut', 'Material not stated'),
  source: SOURCES.ttsSeaTitle,
  present: (s) => s.materials.length > 0,
  message: bi('Bahan produk belum disebut.', 'The material is not stated.'),
  why: bi(
    'Panduan judul TikTok Shop meminta bahan disebut. Pembeli mencari "tas rotan" atau "kaos katun", dan bahan menentukan harga wajar. Batik tulis atau tenun adalah teknik, bukan bahan.',
    'TikTok Shop\'s title guide asks for the material. Buyers search for "rattan bag" or "cotton t-shirt", and material sets a fair price. Batik tulis or tenun is a technique, not a material.',
  ),
  fix: bi('Sebut bahannya di judul atau deskripsi: katun, rayon, voal, rotan, kayu jati, kulit sapi …', 'State the material in the title or description: cotton, rayon, voile, rattan, teak, leather …'),
  example: (ctx) => titleExample('spec-material', ctx),
  exampleIn: 'title',
  failing: { title: 'Tas Jinjing Wanita Handmade Ukuran 30 x 20 cm', description: 'Tas jinjing cantik.' },
  passing: { title: 'Tas Jinjing Wanita Rotan Handmade 30 x 20 cm', description: 'Tas jinjing cantik.' },
});
