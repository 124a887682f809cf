import { PROFILES } from '../../checks/profiles';
import { bi } from '../../i18n/text';
import { formatPixels, photoName } from '../copy';
import { finding, registerPhotoCheck } from '../../checks/registry';

/** A photo 2% off square still shows as square; cropping by a few pixels is not worth a finding. */
const TOLERANCE = 0.02;

/**
 * docs/rules.md#shopee-limits-and-listing-rules, docs/rules.md#tokopedia-limits-at-upload: Shopee shows photos as
 * 1:1 squares (3:4 for whitelisted sellers only); Tokopedia wants 3:4 to 4:3.
 */
export const photoAspectRatio = registerPhotoCheck({
  id: 'photo-aspect-ratio',
  area: 'foto',
  severity: 'quality',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PROFILES.shopee.photos.ratio.source,
  sources: { tokopedia: PROFILES.tokopedia.photos.ratio.source, generic: PROFILES.generic.photos.ratio.source },
  name: bi('Bentuk foto terlalu lebar atau tinggi', 'Photo too wide or too tall'),
  input: 'photo-metadata',
  examples: {
    failing: { profile: 'shopee', photos: [{ recipe: { size: [480, 320] } }] },
    passing: { profile: 'shopee', photos: [{ recipe: { size: [320, 320] } }] },
  },
  run(ctx) {
    const { ratio } = PROFILES[ctx.profile].photos;
    const market = PROFILES[ctx.profile].name;
    return ctx.photos.flatMap(({ index, photo }) => {
      const { width, height } = photo;
      if (!width || !height) return [];
      const r = width / height;
      if (r >= ratio.min * (1 - TOLERANCE) && r <= ratio.max * (1 + TOLERANCE)) return [];
      const name = photoName(index);
      const size = formatPixels(width, height);
      const shape = r > 1 ? bi('melebar', 'wide') : bi('memanjang ke atas', 'tall');
      return [
        finding(
          photoAspectRatio,
          {
            message: bi(`${name.id} terlalu ${shape.id} (${size.id}).`, `${name.en} is too ${shape.en} (${size.en}).`),
            why: bi(
              `${market.id} menampilkan foto dengan bentuk ${ratio.label.id}, jadi bagian foto Anda terpotong atau diberi tepi kosong.`,
              `${market.en} shows photos ${ratio.label.en}, so part of your photo is cut off or padded.`,
            ),
            fix: bi(
              `Potong foto menjadi ${ratio.label.id} dengan produk di tengah.`,
              `Crop the photo to ${ratio.label.en} with the product in the middle.`,
            ),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'measured' },
        ),
      ];
    });
  },
});
