import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';
import { DECORATIVE } from '../symbols';

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
  exampleIn: 'title',
  run(ctx) {
    const { profile, facts } = ctx;
    const found = [...new Set(facts.title.match(DECORATIVE) ?? [])];
    if (found.length === 0) return [];
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
          example: () => titleExample(this.id, ctx),
        },
        { source: profile === 'tokopedia' ? SOURCES.ttsSeaTitle : SOURCES.shopeeNamingGuide, outcome: 'search', severity: profile === 'generic' ? 'advice' : 'quality' },
      ),
    ];
  },
});
