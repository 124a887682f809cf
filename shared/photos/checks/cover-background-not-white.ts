import { bi } from '../../i18n/text';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';

/** Share of the outer ring that must be white for a white background. */
export const WHITE_BACKGROUND = 0.8;
/** Below this uniformity the background is busy (cover-background-busy), not just coloured. */
export const BUSY_BELOW = 0.5;

/**
 * docs/rules.md#shopee-mall-photo-guidelines-other-market: Shopee Mall wants a plain, preferably white background;
 * TikTok Shop flags NO_WHITE_BACKGROUND.
 */
export const coverBackgroundNotWhite = registerPhotoCheck({
  id: 'cover-background-not-white',
  area: 'foto',
  severity: 'quality',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeMallCover,
  sources: { tokopedia: PHOTO_SOURCES.coverNoWhiteBackground, generic: PHOTO_SOURCES.rapiHeuristic },
  name: bi('Latar foto sampul tidak putih', 'Cover photo background not white'),
  input: 'pixels',
  examples: {
    failing: { profile: 'tokopedia', photos: [{ recipe: { background: 'pink' } }] },
    passing: { profile: 'tokopedia', photos: [{ recipe: { background: 'white' } }] },
  },
  run(ctx) {
    const cover = ctx.photos.find((p) => p.index === 0);
    const m = cover?.metrics;
    if (!m || m.border || m.background.whiteness >= WHITE_BACKGROUND || m.background.uniformity < BUSY_BELOW) return [];
    return [
      finding(
        coverBackgroundNotWhite,
        {
          message: bi('Latar foto sampul tidak putih.', 'The cover photo’s background is not white.'),
          why: bi(
            ctx.profile === 'tokopedia'
              ? 'Tokopedia (TikTok Shop) menandai foto pertama yang latarnya tidak putih.'
              : 'Produk di atas latar putih lebih menonjol di hasil pencarian; Shopee Mall meminta latar polos, sebaiknya putih.',
            ctx.profile === 'tokopedia'
              ? 'Tokopedia (TikTok Shop) flags a first image without a white background.'
              : 'A product on white stands out in search results; Shopee Mall asks for a plain, preferably white background.',
          ),
          fix: bi(
            'Foto produk di atas kertas atau kain putih dekat jendela, atau ganti latarnya menjadi putih.',
            'Photograph the product on white paper or cloth near a window, or change its background to white.',
          ),
        },
        { profile: ctx.profile, photoIndex: 0, certainty: 'estimated' },
      ),
    ];
  },
});
