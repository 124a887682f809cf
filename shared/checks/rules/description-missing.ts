import { bi } from '../../i18n/text';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';
import { LONG_DESCRIPTION } from '../example-texts';

export const descriptionMissing = registerCheck({
  id: 'description-missing',
  area: 'deskripsi',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.rapiHeuristic,
  name: bi('Deskripsi belum bisa diperiksa', 'Description not checked yet'),
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
          message: bi(
            'Deskripsi belum bisa diperiksa: Rapi belum menemukan deskripsi produk ini.',
            "The description can't be checked yet: Rapi has not found this product's description.",
          ),
          why: bi(
            'Tanpa deskripsi, Rapi tidak tahu panjang, susunan, isi paket, izin edar, halal, atau masa simpannya, jadi semua itu belum dinilai (bukan dianggap kurang).',
            "Without the description, Rapi can't tell its length, structure, box contents, registration, halal status or shelf life, so none of these is rated yet (not counted as missing).",
          ),
          fix: bi('Tempel deskripsi produk di kolom Deskripsi, lalu periksa lagi.', 'Paste the product description into the Description field, then check again.'),
        },
        { certainty: 'unreadable', severity: 'advice', outcome: 'not-checked' },
      ),
    ];
  },
});
