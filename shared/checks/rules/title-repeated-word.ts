import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import { SOURCES, shopeeAsReference } from '../sources';
import { finding, registerCheck } from '../registry';

// Short function words may repeat ("Kaos dan Celana dan Topi" is clumsy but not spam).
const STOPWORDS = new Set(
  'dan di ke dari untuk dengan yang atau isi per x the and for with of in to a an pcs gr ml cm kg'.split(' '),
);

export const titleRepeatedWord = registerCheck({
  id: 'title-repeated-word',
  area: 'judul',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.repeatedWords,
  name: bi('Kata diulang-ulang di judul', 'Word repeated in the title'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kaos Polos Kaos Pria Kaos Wanita Kaos Murah Cotton Combed' } },
    passing: { profile: 'shopee', listing: { title: 'Kaos Polos Unisex Cotton Combed 30s Ukuran S–XXL' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const { profile, facts } = ctx;
    const counts = new Map<string, number>();
    for (const word of facts.titleWords) {
      // Numbers and sizes with digits ("128gb" in a list of variants) are specifics, not keywords.
      if (word.length < 2 || STOPWORDS.has(word) || /\d/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const repeated = [...counts].filter(([, n]) => n > 2).map(([w, n]) => `"${w}" ${n}×`);
    if (repeated.length === 0) return [];
    return [
      finding(
        this,
        {
        message: bi(`Kata yang sama dipakai lebih dari 2 kali: ${repeated.join(', ')}.`, `The same word appears more than twice: ${repeated.join(', ')}.`),
        why: bi(
          'Marketplace menganggap kata yang diulang sebagai spam kata kunci; produk bisa diturunkan di pencarian.',
          'Marketplaces treat repeated words as keyword spam; the product can be pushed down in search.',
        ),
        fix: bi(
          'Sebut setiap kata sekali saja. Pakai variasi (pria/wanita, warna, ukuran) untuk pilihan produk.',
          'Say each word once. Use variants (men/women, colour, size) for product options.',
        ),
        example: () => titleExample(this.id, ctx),
        },
        { source: profile === 'tokopedia' ? shopeeAsReference(SOURCES.repeatedWords) : SOURCES.repeatedWords, outcome: 'search' },
      ),
    ];
  },
});
