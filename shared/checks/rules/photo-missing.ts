import { bi } from '../../i18n/text';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';

export const photoMissing = registerCheck({
  id: 'photo-missing',
  area: 'foto',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'photo-metadata',
  source: SOURCES.rapiHeuristic,
  name: bi('Foto belum bisa diperiksa', 'Photos not checked yet'),
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
          message: bi('Foto belum bisa diperiksa: Rapi belum melihat foto produk ini.', "The photos can't be checked yet: Rapi hasn't seen this product's photos."),
          why: bi(
            'Foto paling menentukan penjualan, dan marketplace menilai jumlah serta mutunya. Tanpa foto, bagian Foto belum dinilai dan skornya sementara.',
            'Photos decide most sales, and the marketplaces judge their number and quality. Without them the Photos part is not rated and the score is provisional.',
          ),
          fix: bi('Tambahkan foto produk (seret file foto ke Rapi) atau isi jumlah fotonya, lalu periksa lagi.', 'Add the product photos (drop the files onto Rapi) or fill in how many there are, then check again.'),
        },
        { certainty: 'unreadable', severity: 'advice', outcome: 'not-checked' },
      ),
    ];
  },
});
