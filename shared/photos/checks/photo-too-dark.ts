import { bi } from '../../i18n/text';
import { photoName } from '../copy';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';

/** Mean brightness below this, with even the brightest parts dim, reads as a photo taken in a dark room. */
export const DARK_MEAN = 80;
export const DARK_BRIGHTEST = 160;

export const photoTooDark = registerPhotoCheck({
  id: 'photo-too-dark',
  area: 'foto',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.rapiHeuristic,
  name: bi('Foto terlalu gelap', 'Photo too dark'),
  input: 'pixels',
  examples: {
    failing: { profile: 'shopee', photos: [{ recipe: { exposure: 'dark' } }] },
    passing: { profile: 'shopee', photos: [{ recipe: {} }] },
  },
  run(ctx) {
    return ctx.photos.flatMap(({ index, metrics }) => {
      if (!metrics || metrics.brightness >= DARK_MEAN || metrics.brightLevel >= DARK_BRIGHTEST) return [];
      const name = photoName(index);
      return [
        finding(
          photoTooDark,
          {
            message: bi(`${name.id} agak gelap.`, `${name.en} is rather dark.`),
            why: bi('Di foto gelap, warna dan detail produk sulit terlihat.', 'In a dark photo the product’s colours and details are hard to see.'),
            fix: bi(
              'Foto ulang di dekat jendela saat siang atau di bawah lampu terang, atau naikkan kecerahan sebelum diunggah.',
              'Take the photo again near a window in daylight or under a bright lamp, or raise the brightness before uploading.',
            ),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'estimated' },
        ),
      ];
    });
  },
});
