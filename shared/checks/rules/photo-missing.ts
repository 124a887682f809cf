import { bi } from '../../i18n/text';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';

export const photoMissing = registerCheck({
  id: 'photo-missing',
  area: 'foto',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: SOURCES.rapiHeuristic,
  name: bi('Foto belum terbaca', 'Photos not found'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai' } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', photoCount: 5 } },
  },
  run({ facts }) {
    // Unknown is not "none": say what Rapi could not judge instead of scoring it as perfect.
    if (facts.photoCount !== undefined) return [];
    return [
      finding(
        this,
        {
          message: bi('Rapi belum melihat foto produk ini.', "Rapi hasn't seen this product's photos."),
          why: bi(
            'Foto paling menentukan penjualan, dan marketplace menilai jumlah serta mutunya. Tanpa foto, skor ini belum lengkap.',
            'Photos decide most sales, and the marketplaces judge their number and quality. Without them this score is incomplete.',
          ),
          fix: bi('Tambahkan foto produk (seret file foto ke Rapi) atau isi jumlah fotonya, lalu periksa lagi.', 'Add the product photos (drop the files onto Rapi) or fill in how many there are, then check again.'),
        },
        { certainty: 'unreadable', severity: 'advice' },
      ),
    ];
  },
});
