import { bi } from '../../i18n/text';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';
import { quote } from '../wording';

// Promo and subjective words (a heuristic list; the rule itself is the marketplaces').
const PROMO =
  /\b(murah(?:\s+meriah)?|termurah|paling\s+murah|promo|diskon|sale|flash\s+sale|obral|best\s*seller|terlaris|ori(?:ginal)?\s*100\s*%|100\s*%\s*ori(?:ginal)?|asli\s+100\s*%|cod|bisa\s+cod|gratis\s+ongkir|free\s+ongkir|free\s+shipping|ready\s+stock|terbaik|hot\s+item|viral|bonus|cashback|grosir\s+murah|\d+\s*%\s*off)\b/gi;

export const titlePromoWords = registerCheck({
  id: 'title-promo-words',
  area: 'judul',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: SOURCES.shopeeNamingGuide,
  name: bi('Kata promo atau klaim di judul', 'Promo words or claims in the title'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'PROMO Kopi Gayo Termurah Ready Stock Bisa COD Gratis Ongkir' } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast' } },
  },
  run({ profile, facts }) {
    const words = [...new Set((facts.title.match(PROMO) ?? []).map((w) => w.toLowerCase()))];
    if (words.length === 0) return [];
    const cleaned = quote(facts.title.replace(PROMO, ' ').replace(/\s+/g, ' ').trim(), 80);
    return [
      finding(
        this,
        {
          message: bi(`Judul memuat kata promo atau klaim: ${words.join(', ')}.`, `The title has promo words or claims: ${words.join(', ')}.`),
          why: bi(
            'Shopee dan Tokopedia melarang kata promosi dan klaim subjektif di judul. Pembeli mencari nama produk, bukan "murah" atau "COD"; produk bisa diturunkan di pencarian.',
            'Shopee and Tokopedia forbid promotional words and subjective claims in titles. Buyers search for the product, not "cheap" or "COD"; the product can be pushed down in search.',
          ),
          fix: bi(
            'Hapus kata promo dari judul. Pasang diskon dan gratis ongkir lewat fitur promosi marketplace.',
            "Remove the promo words from the title. Set discounts and free shipping with the marketplace's promotion tools.",
          ),
          example: bi(cleaned, cleaned),
        },
        { source: profile === 'tokopedia' ? SOURCES.ttsSeaTitle : SOURCES.shopeeNamingGuide },
      ),
    ];
  },
});
