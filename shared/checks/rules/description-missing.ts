import { bi } from '../../i18n/text';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';
import { LONG_DESCRIPTION } from '../example-texts';

export const descriptionMissing = registerCheck({
  id: 'description-missing',
  area: 'deskripsi',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: SOURCES.rapiHeuristic,
  name: bi('Deskripsi tidak terbaca', 'Description not found'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai' } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', description: LONG_DESCRIPTION } },
  },
  run({ listing }) {
    if (listing.description !== undefined) return [];
    return [
      finding(
        this,
        {
          message: bi('Rapi belum menemukan deskripsi produk ini.', 'Rapi has not found this product\'s description.'),
          why: bi(
            'Tanpa deskripsi, Rapi tidak bisa memeriksa panjang, susunan, dan isi paket.',
            'Without the description, Rapi cannot check its length, structure and box contents.',
          ),
          fix: bi('Tempel deskripsi produk di kolom Deskripsi, lalu periksa lagi.', 'Paste the product description into the Description field, then check again.'),
        },
        { certainty: 'unreadable', severity: 'advice' },
      ),
    ];
  },
});
