import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import { PROFILES } from '../profiles';
import { withCodes } from '../sources';
import { finding, registerCheck } from '../registry';

export const titleTooShort = registerCheck({
  id: 'title-too-short',
  area: 'judul',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: PROFILES.shopee.title.minSource,
  name: bi('Judul terlalu pendek', 'Title too short'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Gayo' } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const { profile, facts } = ctx;
    const rule = PROFILES[profile].title;
    const length = facts.title.length;
    if (length >= rule.min) return [];
    // On Tokopedia a title under 25 is refused at upload and is also under the diagnosis's 40 (and maybe 10): name all.
    const tokopediaCodes = ['TITLE_LESS_THAN_40_CHARACTERS', ...(length < 10 ? ['TITLE_LESS_THAN_TEN_CHARS'] : [])];
    const why =
      profile === 'shopee'
        ? bi(
            `Shopee meminta judul ${rule.min}–${rule.max} karakter. Di bawah itu produk tertahan di bawah tingkat kualitas "Excellent" (sangat baik).`,
            `Shopee asks for a ${rule.min}–${rule.max} character title. Below that the listing stays below the "Excellent" quality level.`,
          )
        : profile === 'tokopedia'
          ? bi(
              `Tokopedia (aturan TikTok Shop) menolak judul di bawah ${rule.min} karakter saat produk diunggah, dan diagnosis produknya menandai judul di bawah 40 karakter.`,
              `Tokopedia (TikTok Shop rules) refuses titles under ${rule.min} characters at upload, and its product diagnosis flags titles under 40 characters.`,
            )
          : bi('Judul yang pendek sulit ditemukan di pencarian.', 'A short title is hard to find in search.');
    return [
      finding(
        this,
        {
          message: bi(`Judul produk hanya ${length} karakter.`, `The product title is only ${length} characters.`),
          why,
          fix: bi(
            `Tambahkan merek, jenis produk, dan spesifikasi utama sampai minimal ${rule.min} karakter${profile === 'tokopedia' ? ' (lebih baik 40 atau lebih)' : ''}.`,
            `Add the brand, product type and key specifics until it has at least ${rule.min} characters${profile === 'tokopedia' ? ' (40 or more is better)' : ''}.`,
          ),
          example: () => titleExample(this.id, ctx),
        },
        {
          severity: profile === 'generic' ? 'advice' : 'quality',
          source: profile === 'tokopedia' ? withCodes(rule.minSource, tokopediaCodes) : rule.minSource,
          outcome: profile === 'tokopedia' ? 'refused-at-upload' : profile === 'shopee' ? 'quality-level' : 'search',
        },
      ),
    ];
  },
});
