import { bi } from '../../i18n/text';
import { looksLikeCollage } from '../metrics/seams';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';
import { BUSY_BELOW } from './cover-background-not-white';

/**
 * docs/rules.md#tiktok-shop-product-diagnosis-codes: TikTok Shop flags BACKGROUND_UNTIDY; Shopee Mall wants a solid
 * background.
 */
export const coverBackgroundBusy = registerPhotoCheck({
  id: 'cover-background-busy',
  area: 'foto',
  severity: 'quality',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeMallCover,
  sources: { tokopedia: PHOTO_SOURCES.coverBackgroundUntidy, generic: PHOTO_SOURCES.rapiHeuristic },
  name: bi('Latar foto sampul ramai', 'Busy cover photo background'),
  input: 'pixels',
  examples: {
    failing: { profile: 'tokopedia', photos: [{ recipe: { background: 'busy' } }] },
    passing: { profile: 'tokopedia', photos: [{ recipe: { background: 'white' } }] },
  },
  run(ctx) {
    const m = ctx.photos.find((p) => p.index === 0)?.metrics;
    // A collage is busy by nature; cover-collage says what to do about it.
    if (!m || m.border || m.background.uniformity >= BUSY_BELOW || looksLikeCollage(m.seams)) return [];
    return [
      finding(
        coverBackgroundBusy,
        {
          message: bi('Latar foto sampul ramai.', 'The cover photo’s background is busy.'),
          why: bi(
            'Pembeli sulit melihat produk Anda di antara benda lain, dan marketplace menilai latar yang berantakan sebagai kekurangan.',
            'Buyers struggle to see your product among other things, and marketplaces count a cluttered background against the photo.',
          ),
          fix: bi(
            'Singkirkan benda lain dan foto produk di atas latar polos, sebaiknya putih.',
            'Clear other things away and photograph the product on a plain background, preferably white.',
          ),
        },
        { profile: ctx.profile, photoIndex: 0, certainty: 'estimated' },
      ),
    ];
  },
});
