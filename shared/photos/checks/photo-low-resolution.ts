import { PROFILES } from '../../checks/profiles';
import { bi } from '../../i18n/text';
import { PHOTO_SOURCES } from '../sources';
import { formatPixels, photoName } from '../copy';
import { finding, registerPhotoCheck } from '../../checks/registry';

/**
 * docs/rules.md#photo-size: no official Shopee ID minimum, so warn under 500 × 500 (heuristic, Google's 2027 floor);
 * Tokopedia warn under 600 (TikTok US "Good" tier). Photos Tokopedia refuses outright are
 * photo-pixel-size-rejected's job.
 */
export const photoLowResolution = registerPhotoCheck({
  id: 'photo-low-resolution',
  area: 'foto',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PROFILES.shopee.photos.sizeSource,
  sources: { tokopedia: PHOTO_SOURCES.usGoodTier },
  name: bi('Foto terlalu kecil untuk diperbesar', 'Photo too small to zoom'),
  input: 'photo-metadata',
  examples: {
    failing: { profile: 'shopee', photos: [{ recipe: { size: [400, 400] } }] },
    passing: { profile: 'shopee', photos: [{ recipe: { size: [256, 256] }, width: 1024, height: 1024 }] },
  },
  run(ctx) {
    const rules = PROFILES[ctx.profile].photos;
    const want = rules.recommendPx;
    const refused = rules.rejectBelowPx ?? 0;
    return ctx.photos.flatMap(({ index, photo }) => {
      const { width, height } = photo;
      if (!width || !height) return [];
      const short = Math.min(width, height);
      if (short >= want || short < refused) return [];
      const name = photoName(index);
      const size = formatPixels(width, height);
      return [
        finding(
          photoLowResolution,
          {
            message: bi(`${name.id} kecil: ${size.id}.`, `${name.en} is small: ${size.en}.`),
            why: bi('Foto kecil tampak pecah saat pembeli memperbesarnya.', 'A small photo looks blocky when buyers zoom in.'),
            fix: bi(
              `Pakai foto minimal ${want} × ${want} piksel; 1.000 × 1.000 lebih baik.`,
              `Use a photo of at least ${want} × ${want} pixels; 1,000 × 1,000 is better.`,
            ),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'measured' },
        ),
      ];
    });
  },
});
