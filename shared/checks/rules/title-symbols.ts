import { bi } from '../../i18n/text';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';
import { quote } from '../wording';

// Emoji, pictographs and decorative symbols; hashtags. Plain punctuation and "×", "%" and "&" stay allowed.
const DECORATIVE = /[\p{Extended_Pictographic}\u2600-\u27BF\u2B00-\u2BFF★☆✓✔✅❤♥❗❕⚡🔥💯~^*{}<>¬¦【】「」『』]|#\w+/gu;

export const titleSymbols = registerCheck({
  id: 'title-symbols',
  area: 'judul',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.shopeeNamingGuide,
  name: bi('Emoji, simbol, atau tagar di judul', 'Emoji, symbols or hashtags in the title'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: '🔥 Keripik Pisang Lampung ★ Renyah #keripik #snack' } },
    passing: { profile: 'tokopedia', listing: { title: 'Keripik Pisang Lampung Renyah 250 gr' } },
  },
  run({ profile, facts }) {
    const found = [...new Set(facts.title.match(DECORATIVE) ?? [])];
    if (found.length === 0) return [];
    const cleaned = quote(facts.title.replace(DECORATIVE, ' ').replace(/\s+/g, ' ').trim(), 80);
    return [
      finding(
        this,
        {
          message: bi(`Judul memuat emoji, simbol atau tagar: ${found.join(' ')}`, `The title has emoji, symbols or hashtags: ${found.join(' ')}`),
          why: bi(
            'Shopee dan Tokopedia (TikTok Shop) tidak mengizinkan emoji, simbol hiasan, atau tagar di judul. Produk bisa diturunkan di pencarian.',
            'Shopee and Tokopedia (TikTok Shop) do not allow emoji, decorative symbols or hashtags in titles. The product can be pushed down in search.',
          ),
          fix: bi('Hapus emoji, simbol, dan tagar. Tulis kata-katanya saja.', 'Remove the emoji, symbols and hashtags. Keep just the words.'),
          example: bi(cleaned, cleaned),
        },
        { source: profile === 'tokopedia' ? SOURCES.ttsSeaTitle : SOURCES.shopeeNamingGuide, outcome: 'search', severity: profile === 'generic' ? 'advice' : 'quality' },
      ),
    ];
  },
});
