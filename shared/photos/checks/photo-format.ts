import { PROFILES } from '../../checks/profiles';
import { bi } from '../../i18n/text';
import { formatName, photoName } from '../copy';
import { finding, registerPhotoCheck } from '../../checks/registry';

/**
 * docs/rules.md#shopee-limits-and-listing-rules, docs/rules.md#tokopedia-limits-at-upload: JPG/PNG only on Shopee
 * (guide 211) and Tokopedia (TikTok Shop API). Animated files are refused too.
 */
export const photoFormat = registerPhotoCheck({
  id: 'photo-format',
  area: 'foto',
  severity: 'quality',
  outcome: 'refused-at-upload',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PROFILES.shopee.photos.fileSource,
  sources: { tokopedia: PROFILES.tokopedia.photos.fileSource, generic: PROFILES.generic.photos.fileSource },
  name: bi('Format foto bukan JPG atau PNG', 'Photo not in JPG or PNG format'),
  input: 'photo-metadata',
  examples: {
    failing: { profile: 'shopee', photos: [{ pixels: false, mime: 'image/webp', width: 800, height: 800, bytes: 90_000 }] },
    passing: { profile: 'shopee', photos: [{ pixels: false, mime: 'image/jpeg', width: 800, height: 800, bytes: 90_000 }] },
  },
  run(ctx) {
    const rules = PROFILES[ctx.profile].photos;
    const market = PROFILES[ctx.profile].name;
    return ctx.photos.flatMap(({ index, photo }) => {
      if (!photo.mime) return [];
      const name = photoName(index);
      if (photo.animated) {
        return [
          finding(
            photoFormat,
            {
              message: bi(`${name.id} adalah foto bergerak (animasi).`, `${name.en} is animated.`),
              why: bi(`${market.id} hanya menerima foto diam JPG atau PNG; foto bergerak ditolak saat diunggah.`, `${market.en} only accepts still JPG or PNG photos; animated ones are refused at upload.`),
              fix: bi('Pakai satu foto diam, simpan sebagai JPG, lalu unggah lagi.', 'Use one still photo, save it as JPG, then upload it again.'),
            },
            { profile: ctx.profile, photoIndex: index, certainty: 'measured' },
          ),
        ];
      }
      if (rules.formats.includes(photo.mime)) return [];
      const format = formatName(photo.mime);
      const accepted = rules.formats.map(formatName).join(', ');
      return [
        finding(
          photoFormat,
          {
            message: bi(`${name.id} berformat ${format}.`, `${name.en} is a ${format} file.`),
            why: bi(
              `${market.id} hanya menerima foto ${accepted}; foto lain ditolak saat diunggah.`,
              `${market.en} only accepts ${accepted} photos; others are refused on upload.`,
            ),
            fix: bi('Simpan ulang foto sebagai JPG, lalu unggah lagi.', 'Save the photo again as JPG, then upload it again.'),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'measured' },
        ),
      ];
    });
  },
});
