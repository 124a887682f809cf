import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';

export const photoCountLow = registerCheck({
  id: 'photo-count-low',
  area: 'foto',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PROFILES.shopee.photos.minSource,
  name: bi('Foto produk terlalu sedikit', 'Too few product photos'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', photoCount: 1 } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', photoCount: 5 } },
  },
  run({ profile, facts }) {
    const rule = PROFILES[profile].photos;
    const count = facts.photoCount;
    if (count === undefined || count >= rule.min) return [];
    return [
      finding(
        this,
        {
          message: bi(`Baru ada ${count} foto produk.`, `There ${count === 1 ? 'is' : 'are'} only ${count} product photo${count === 1 ? '' : 's'}.`),
          why:
            profile === 'shopee'
              ? bi(
                  'Shopee menahan produk dengan kurang dari 3 foto di tingkat kualitas "To be improved" (TOO_FEW_IMAGES).',
                  'Shopee keeps a listing with fewer than 3 photos at the "To be improved" quality level (TOO_FEW_IMAGES).',
                )
              : profile === 'tokopedia'
                ? bi(
                    'Tokopedia menyarankan minimal 5 foto; diagnosis produknya menandai foto yang kurang dari 5 (MAIN_IMG_NUMBER_LESS_THAN_FIVE).',
                    'Tokopedia recommends at least 5 photos; its product diagnosis flags fewer than 5 (MAIN_IMG_NUMBER_LESS_THAN_FIVE).',
                  )
                : bi('Pembeli ingin melihat produk dari beberapa sisi sebelum membeli.', 'Buyers want to see the product from several sides before buying.'),
          fix: bi(
            `Tambahkan ${rule.min - count} foto lagi: tampak depan, samping, detail bahan atau label, ukuran di tangan, dan isi paket.`,
            `Add ${rule.min - count} more: front, side, a close-up of the material or label, size in the hand, and what is in the box.`,
          ),
        },
        { severity: profile === 'generic' ? 'advice' : 'quality', source: rule.minSource },
      ),
    ];
  },
});
