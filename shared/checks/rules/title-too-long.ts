import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';

export const titleTooLong = registerCheck({
  id: 'title-too-long',
  area: 'judul',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: PROFILES.shopee.title.maxSource,
  name: bi('Judul terlalu panjang', 'Title too long'),
  examples: {
    failing: {
      profile: 'shopee',
      listing: {
        title:
          'Kopi Arabika Gayo Aceh Premium 250 gr Biji Sangrai Medium Roast Cocok untuk Espresso Tubruk V60 Manual Brew Kopi Asli Petani Lokal Segar',
      },
    },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const { profile, facts } = ctx;
    const rule = PROFILES[profile].title;
    const length = facts.title.length;
    if (length <= rule.max) return [];
    return [
      finding(
        this,
        {
          message: bi(`Judul produk ${length} karakter, lebih dari ${rule.max}.`, `The product title is ${length} characters, over ${rule.max}.`),
          why:
            profile === 'shopee'
              ? bi(
                  `Shopee menilai judul di atas ${rule.max} karakter terlalu panjang; produk tertahan di bawah tingkat kualitas "Excellent" (sangat baik).`,
                  `Shopee treats titles over ${rule.max} characters as too long; the listing stays below the "Excellent" quality level.`,
                )
              : profile === 'tokopedia'
                ? bi(`Tokopedia menolak judul di atas ${rule.max} karakter saat produk diunggah.`, `Tokopedia refuses titles over ${rule.max} characters at upload.`)
                : bi('Judul yang terlalu panjang terpotong di layar HP.', 'A very long title is cut off on phone screens.'),
          fix: bi(
            'Hapus kata yang diulang dan keterangan yang sudah ada di deskripsi. Sisakan merek, jenis produk, dan spesifikasi utama.',
            'Remove repeated words and details that are already in the description. Keep the brand, product type and key specifics.',
          ),
          example: () => titleExample(this.id, ctx),
        },
        {
          severity: profile === 'generic' ? 'advice' : 'quality',
          source: rule.maxSource,
          outcome: profile === 'tokopedia' ? 'refused-at-upload' : profile === 'shopee' ? 'quality-level' : 'buyers',
        },
      ),
    ];
  },
});
