import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';
import { SPEC_HINT, quote } from '../wording';

export const titleTooShort = registerCheck({
  id: 'title-too-short',
  area: 'judul',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PROFILES.shopee.title.minSource,
  name: bi('Judul terlalu pendek', 'Title too short'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Gayo' } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast' } },
  },
  run({ profile, facts }) {
    const rule = PROFILES[profile].title;
    const length = facts.title.length;
    if (length >= rule.min) return [];
    const hint = SPEC_HINT[facts.category.id];
    const base = quote(facts.title, 40) || 'Kopi Arabika Gayo';
    const why =
      profile === 'shopee'
        ? bi(
            `Shopee meminta judul ${rule.min}–${rule.max} karakter. Di bawah itu produk tidak bisa naik ke tingkat kualitas "Excellent".`,
            `Shopee asks for a ${rule.min}–${rule.max} character title. Below that the listing cannot reach the "Excellent" quality level.`,
          )
        : profile === 'tokopedia'
          ? bi(
              `Tokopedia (aturan TikTok Shop) menolak judul di bawah ${rule.min} karakter saat produk diunggah.`,
              `Tokopedia (TikTok Shop rules) rejects titles under ${rule.min} characters on upload.`,
            )
          : bi('Judul yang pendek sulit ditemukan di pencarian.', 'A short title is hard to find in search.');
    return [
      finding(
        this,
        {
          message: bi(`Judul produk hanya ${length} karakter.`, `The product title is only ${length} characters.`),
          why,
          fix: bi(
            `Tambahkan merek, jenis produk, dan spesifikasi utama sampai minimal ${rule.min} karakter.`,
            `Add the brand, product type and key specifics until it has at least ${rule.min} characters.`,
          ),
          example: bi(`${base} ${hint.id}`, `${base} ${hint.en}`),
        },
        {
          severity: profile === 'tokopedia' ? 'blocked' : profile === 'generic' ? 'advice' : 'quality',
          source: rule.minSource,
        },
      ),
    ];
  },
});
