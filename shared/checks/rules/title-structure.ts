import { bi } from '../../i18n/text';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';

export const titleStructure = registerCheck({
  id: 'title-structure',
  area: 'judul',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: SOURCES.shopeeInspirasiName,
  name: bi('Judul tanpa spesifikasi utama', 'Title without a key specific'),
  examples: {
    failing: { profile: 'generic', listing: { title: 'Keripik Pisang Enak Renyah Khas Lampung Asli' } },
    passing: { profile: 'generic', listing: { title: 'Keripik Pisang Khas Lampung Rasa Cokelat 250 gr' } },
  },
  run({ facts }) {
    const s = facts.titleSpecifics;
    const hasSpecific = s.quantities.length > 0 || s.materials.length > 0 || s.flavours.length > 0;
    if (hasSpecific || facts.title.length < 10) return [];
    const hint = {
      food: bi('berat bersih atau rasa (250 gr, Rasa Balado)', 'net weight or flavour (250 gr, Balado flavour)'),
      fashion: bi('bahan dan ukuran (Katun, M–XL)', 'material and size (Cotton, M–XL)'),
      beauty: bi('isi bersih (30 ml)', 'net content (30 ml)'),
      craft: bi('bahan dan ukuran (Rotan, 30 × 20 cm)', 'material and size (Rattan, 30 × 20 cm)'),
      electronics: bi('tipe atau model (A12)', 'type or model (A12)'),
      other: bi('ukuran, isi, atau bahan', 'size, quantity or material'),
    }[facts.category.id];
    return [
      finding(
        this,
        {
          message: bi('Judul belum menyebut spesifikasi utama produk.', "The title doesn't state the product's key specific."),
          why: bi(
            `Pembeli mencari dengan kata yang spesifik, misalnya ${hint.id}. Judul dengan Jenis + Merek + Spesifikasi lebih mudah ditemukan di pencarian.`,
            `Buyers search with specific words, such as ${hint.en}. A Type + Brand + Specific title is easier to find in search.`,
          ),
          fix: bi(`Tambahkan ${hint.id} ke judul.`, `Add ${hint.en} to the title.`),
        },
        { certainty: facts.category.from === 'title' ? 'estimated' : 'measured' },
      ),
    ];
  },
});
