import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';

export const photoCountLow = registerCheck({
  id: 'photo-count-low',
  area: 'foto',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'photo-metadata',
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
    if (count === 0) {
      // No photo at all: refused at upload on both marketplaces, and nobody buys what they cannot see.
      return [
        finding(
          this,
          {
            message: bi('Belum ada foto produk sama sekali.', 'There is no product photo at all.'),
            why: bi(
              'Marketplace tidak menerima produk tanpa foto, dan pembeli tidak membeli barang yang tidak bisa mereka lihat.',
              "Marketplaces don't accept a product without photos, and buyers don't buy what they can't see.",
            ),
            fix: bi(
              `Ambil minimal ${rule.min} foto: tampak depan dengan latar polos, samping, detail bahan atau label, dan isi paket.`,
              `Take at least ${rule.min} photos: the front on a plain background, the side, a close-up of the material or label, and what is in the box.`,
            ),
          },
          { severity: 'quality', source: rule.minSource, outcome: 'refused-at-upload', areaScoreCap: 0 },
        ),
      ];
    }
    return [
      finding(
        this,
        {
          message: bi(`Baru ada ${count} foto produk.`, `There ${count === 1 ? 'is' : 'are'} only ${count} product photo${count === 1 ? '' : 's'}.`),
          why:
            profile === 'shopee'
              ? bi(
                  'Shopee menahan produk dengan kurang dari 3 foto di tingkat kualitas "To be improved" (perlu ditingkatkan).',
                  'Shopee keeps a listing with fewer than 3 photos at the "To be improved" quality level.',
                )
              : profile === 'tokopedia'
                ? bi(
                    'Tokopedia menyarankan minimal 5 foto, dan diagnosis produknya menandai produk dengan foto kurang dari 5.',
                    'Tokopedia recommends at least 5 photos, and its product diagnosis flags listings with fewer than 5.',
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
