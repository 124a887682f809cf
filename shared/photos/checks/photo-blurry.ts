import { bi } from '../../i18n/text';
import { photoName } from '../copy';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';

/**
 * Blur effect (metrics/sharpness.ts) from which a photo counts as blurry. Crisp product shots measure 0.1–0.3; a
 * photo blurred by 2 pixels at phone size measures about 0.6.
 */
export const BLURRY_FROM = 0.5;

export const photoBlurry = registerPhotoCheck({
  id: 'photo-blurry',
  area: 'foto',
  severity: 'quality',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeMallImages,
  sources: { tokopedia: PHOTO_SOURCES.coverNotClear, generic: PHOTO_SOURCES.rapiHeuristic },
  name: bi('Foto buram', 'Blurry photo'),
  input: 'pixels',
  examples: {
    failing: { profile: 'shopee', photos: [{ recipe: { blur: 3 } }] },
    passing: { profile: 'shopee', photos: [{ recipe: {} }] },
  },
  run(ctx) {
    return ctx.photos.flatMap(({ index, metrics }) => {
      if (!metrics || metrics.blur === null || metrics.blur < BLURRY_FROM) return [];
      const name = photoName(index);
      return [
        finding(
          photoBlurry,
          {
            message: bi(`${name.id} buram.`, `${name.en} is blurry.`),
            why: bi(
              'Pembeli tidak bisa melihat detail produk, dan marketplace menilai foto buram sebagai foto berkualitas rendah.',
              'Buyers cannot see the product’s details, and marketplaces rate blurry photos as low quality.',
            ),
            fix: bi(
              'Foto ulang dengan ponsel yang disandarkan agar tidak goyang, cahaya cukup, dan ketuk layar pada produk agar fokus.',
              'Take the photo again with the phone resting on something so it does not shake, in good light, and tap the product on the screen to focus.',
            ),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'estimated' },
        ),
      ];
    });
  },
});
