import { bi } from '../../i18n/text';
import { photoName } from '../copy';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';

/** Even the darkest parts are light grey and everything is close in brightness: haze, backlight or overexposure. */
export const WASHED_DARKEST = 140;
export const WASHED_CONTRAST = 40;

export const photoWashedOut = registerPhotoCheck({
  id: 'photo-washed-out',
  area: 'foto',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeMallImages,
  // Shopee Mall's "realistic colour"; Tokopedia publishes nothing on it.
  sources: { tokopedia: PHOTO_SOURCES.rapiHeuristic, generic: PHOTO_SOURCES.rapiHeuristic },
  name: bi('Warna foto pucat', 'Washed-out photo colours'),
  input: 'pixels',
  examples: {
    failing: { profile: 'shopee', photos: [{ recipe: { exposure: 'washed' } }] },
    passing: { profile: 'shopee', photos: [{ recipe: {} }] },
  },
  run(ctx) {
    return ctx.photos.flatMap(({ index, metrics }) => {
      if (!metrics || metrics.darkLevel < WASHED_DARKEST || metrics.contrast >= WASHED_CONTRAST) return [];
      const name = photoName(index);
      return [
        finding(
          photoWashedOut,
          {
            message: bi(`${name.id} tampak pucat.`, `${name.en} looks washed out.`),
            why: bi('Warna produk tampak pudar, tidak seperti aslinya.', 'The product’s colours look faded, not like the real thing.'),
            fix: bi(
              'Foto ulang tanpa cahaya dari belakang produk, atau kurangi kecerahan dan naikkan kontras sebelum diunggah.',
              'Take the photo again without light behind the product, or lower the brightness and raise the contrast before uploading.',
            ),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'estimated' },
        ),
      ];
    });
  },
});
