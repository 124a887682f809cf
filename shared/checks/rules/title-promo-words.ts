import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import { PROMO } from '../promo-words';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';

export const titlePromoWords = registerCheck({
  id: 'title-promo-words',
  area: 'judul',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.shopeeNamingGuide,
  name: bi('Kata promo atau klaim di judul', 'Promo words or claims in the title'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'PROMO Kopi Gayo Termurah Ready Stock Bisa COD Gratis Ongkir' } },
    passing: { profile: 'shopee', listing: { title: 'Daster Rayon Bali Motif Bunga Free Size 250 gr Sugar Free' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const { profile, facts } = ctx;
    const words = [...new Set((facts.title.match(PROMO) ?? []).map((w) => w.toLowerCase().replace(/\s+/g, ' ')))];
    if (words.length === 0) return [];
    return [
      finding(
        this,
        {
          message: bi(`Judul memuat kata promo atau klaim: ${words.join(', ')}.`, `The title has promo words or claims: ${words.join(', ')}.`),
          why:
            profile === 'tokopedia'
              ? bi(
                  'Panduan judul TikTok Shop (berlaku untuk Tokopedia) melarang promosi di judul. Pembeli mencari nama produk, bukan "murah" atau "COD"; produk bisa lebih sulit ditemukan.',
                  'TikTok Shop\'s title guide (which Tokopedia follows) forbids promotions in titles. Buyers search for the product, not "cheap" or "COD"; the product can be harder to find.',
                )
              : bi(
                  'Panduan penamaan Shopee melarang kata promosi dan klaim subjektif di judul. Pembeli mencari nama produk, bukan "murah" atau "COD"; produk bisa lebih sulit ditemukan.',
                  "Shopee's naming guideline forbids promotional words and subjective claims in titles. Buyers search for the product, not \"cheap\" or \"COD\"; the product can be harder to find.",
                ),
          fix: bi(
            'Hapus kata promo dari judul. Pasang diskon, hadiah, dan gratis ongkir lewat fitur promosi marketplace.',
            "Remove the promo words from the title. Set discounts, gifts and free shipping with the marketplace's promotion tools.",
          ),
          example: () => titleExample(this.id, ctx),
        },
        { source: profile === 'tokopedia' ? SOURCES.ttsSeaTitle : SOURCES.shopeeNamingGuide, outcome: 'search', severity: profile === 'generic' ? 'advice' : 'quality' },
      ),
    ];
  },
});
