import { bi } from '../../i18n/text';
import { categoryNote } from '../required-specific';
import { SOURCES, shopeeDiagnosis } from '../sources';
import { finding, registerCheck } from '../registry';

export const specSizeChart = registerCheck({
  id: 'spec-size-chart',
  area: 'spesifik',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: shopeeDiagnosis('LACK_OF_SIZE_CHART'),
  name: bi('Panduan ukuran belum ada', 'No size chart'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kaos Polos Cotton Combed 30s Ukuran S–XXL', description: 'Kaos polos adem.' } },
    passing: {
      profile: 'shopee',
      listing: { title: 'Kaos Polos Cotton Combed 30s Ukuran S–XXL', description: 'Kaos polos adem.\nSize chart: M lingkar dada 100 cm, panjang badan 70 cm.' },
    },
  },
  run({ listing, profile, facts }) {
    if (facts.category.id !== 'fashion' || listing.hasSizeChart === true || facts.specifics.sizeChart) return [];
    // Bags, jewellery and shoes by number need no chart: only flag clothing words.
    if (!/\b(kaos|kemeja|baju|dress|gamis|celana|rok|jaket|hoodie|sweater|kebaya|tunik|blouse|outer|cardigan|kulot|legging|piyama|daster|mukena|t-?shirt)\b/i.test(facts.title)) return [];
    const note = categoryNote(facts);
    return [
      finding(
        this,
        {
          message: bi('Belum ada panduan ukuran (size chart).', 'There is no size chart.'),
          why:
            profile === 'shopee'
              ? bi(
                  'Shopee menahan pakaian tanpa panduan ukuran di tingkat kualitas "To be improved" (LACK_OF_SIZE_CHART).',
                  'Shopee keeps clothing without a size chart at the "To be improved" quality level (LACK_OF_SIZE_CHART).',
                )
              : bi('Tanpa panduan ukuran, pembeli menebak dan retur karena salah ukuran naik.', 'Without a size chart buyers guess, and wrong-size returns go up.'),
          fix: bi(
            'Tambahkan panduan ukuran: lingkar dada dan panjang badan (cm) untuk setiap ukuran, atau pasang foto tabel ukuran di kolom Panduan Ukuran.',
            'Add a size chart: chest and body length (cm) for each size, or upload a size-chart image in the Size Chart field.',
          ),
          example: bi('M: lingkar dada 100 cm, panjang 70 cm\nL: lingkar dada 104 cm, panjang 72 cm', 'M: chest 100 cm, length 70 cm\nL: chest 104 cm, length 72 cm'),
        },
        {
          severity: profile === 'shopee' ? 'quality' : 'advice',
          source: profile === 'shopee' ? shopeeDiagnosis('LACK_OF_SIZE_CHART') : SOURCES.rapiHeuristic,
          certainty: note ? 'estimated' : 'measured',
        },
      ),
    ];
  },
});
