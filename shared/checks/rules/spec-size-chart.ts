import { bi } from '../../i18n/text';
import { phrases } from '../phrases';
import { categoryFindingAllowed, categoryNote } from '../required-specific';
import { SOURCES, shopeeDiagnosis } from '../sources';
import { finding, registerCheck } from '../registry';
import { specLineExample } from '../../suggest/examples';

/**
 * Clothing that is bought by body size, jeans included (docs/rules.md#size-charts). Socks, shawls, bags, jewellery and
 * shoes sized by number need no chart.
 */
const CLOTHING = phrases(`kaos | t shirt | tshirt | t-shirt | polo | kemeja | hem | baju | dress | longdress | gamis | celana | jeans | chino | chinos |
  jogger | kolor | rok | jaket | hoodie | sweater | kebaya | tunik | blouse | outer | cardigan | kulot | legging | piyama | daster | jumpsuit |
  overall | blazer | rompi | singlet | tanktop | setelan | bodysuit | training | seragam`);
const NOT_CLOTHING = phrases('kaos kaki | kaus kaki | gantungan | sarung bantal');

export const specSizeChart = registerCheck({
  id: 'spec-size-chart',
  area: 'spesifik',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: shopeeDiagnosis('LACK_OF_SIZE_CHART'),
  name: bi('Panduan ukuran belum ada', 'No size chart'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Celana Jeans Pria Slim Fit Ukuran 28-38', description: 'Celana jeans denim stretch.' } },
    passing: {
      profile: 'shopee',
      listing: { title: 'Celana Jeans Pria Slim Fit Ukuran 28-38', description: 'Celana jeans denim stretch.\nSize chart: 28 LP 76 cm, 30 LP 80 cm.' },
    },
  },
  exampleIn: 'description-line',
  run({ listing, profile, facts }) {
    if (facts.category.id !== 'fashion' || !facts.categorySure || listing.hasSizeChart === true) return [];
    // Without a description or the size-chart field, whether a chart exists is unknown, not missing.
    if (listing.hasSizeChart === undefined && !categoryFindingAllowed(facts, ['fashion'])) return [];
    if (facts.specifics.sizeChart) return [];
    const words = `${facts.title} ${listing.categoryPath?.join(' ') ?? ''}`.replace(NOT_CLOTHING, ' ');
    if (!CLOTHING.test(words)) return [];
    const note = categoryNote(facts);
    return [
      finding(
        this,
        {
          message: note
            ? bi(`Belum ada panduan ukuran (size chart). ${note.id}`, `There is no size chart. ${note.en}`)
            : bi('Belum ada panduan ukuran (size chart).', 'There is no size chart.'),
          why:
            profile === 'shopee'
              ? bi(
                  'Shopee menahan pakaian tanpa panduan ukuran di tingkat kualitas "To be improved" (perlu ditingkatkan).',
                  'Shopee keeps clothing without a size chart at the "To be improved" quality level.',
                )
              : bi('Tanpa panduan ukuran, pembeli menebak dan retur karena salah ukuran naik.', 'Without a size chart buyers guess, and wrong-size returns go up.'),
          fix: bi(
            'Tambahkan panduan ukuran: untuk atasan lingkar dada dan panjang badan, untuk celana dan rok lingkar pinggang dan panjang (cm) setiap ukuran, atau pasang foto tabel ukuran di kolom Panduan Ukuran.',
            'Add a size chart: chest and body length for tops, waist and length for trousers and skirts (cm) for each size, or upload a size-chart image in the Size Chart field.',
          ),
          example: specLineExample('sizeChart'),
        },
        {
          severity: profile === 'shopee' ? 'quality' : 'advice',
          source: profile === 'shopee' ? shopeeDiagnosis('LACK_OF_SIZE_CHART') : SOURCES.rapiHeuristic,
          // Only the description was read: a chart uploaded as a picture would not show here.
          certainty: note || listing.hasSizeChart === undefined ? 'estimated' : 'measured',
        },
      ),
    ];
  },
});
