import { PROFILES } from '../../checks/profiles';
import { bi } from '../../i18n/text';
import { formatBytes, photoName } from '../copy';
import { finding, registerPhotoCheck } from '../../checks/registry';

/**
 * docs/rules.md#shopee-limits-and-listing-rules, docs/rules.md#tokopedia-limits-at-upload: at most 10 MB on Shopee
 * (guide 211), 5 MB on Tokopedia (TikTok Shop API, Media Center).
 */
export const photoFileSize = registerPhotoCheck({
  id: 'photo-file-size',
  area: 'foto',
  severity: 'quality',
  outcome: 'refused-at-upload',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PROFILES.shopee.photos.fileSource,
  sources: { tokopedia: PROFILES.tokopedia.photos.fileSource, generic: PROFILES.generic.photos.fileSource },
  name: bi('File foto terlalu besar', 'Photo file too large'),
  input: 'photo-metadata',
  examples: {
    failing: { profile: 'tokopedia', photos: [{ pixels: false, mime: 'image/jpeg', width: 4000, height: 4000, bytes: 7 * 1024 * 1024 }] },
    passing: { profile: 'tokopedia', photos: [{ pixels: false, mime: 'image/jpeg', width: 1200, height: 1200, bytes: 600_000 }] },
  },
  run(ctx) {
    const { maxBytes } = PROFILES[ctx.profile].photos;
    const market = PROFILES[ctx.profile].name;
    const limit = formatBytes(maxBytes);
    return ctx.photos.flatMap(({ index, photo }) => {
      if (photo.bytes === undefined || photo.bytes <= maxBytes) return [];
      const name = photoName(index);
      const size = formatBytes(photo.bytes);
      return [
        finding(
          photoFileSize,
          {
            message: bi(`${name.id} terlalu besar: ${size.id}.`, `${name.en} is too large: ${size.en}.`),
            why: bi(`${market.id} hanya menerima foto sampai ${limit.id}; foto yang lebih besar ditolak saat diunggah.`, `${market.en} only accepts photos up to ${limit.en}; bigger ones are refused at upload.`),
            fix: bi(
              `Perkecil foto di bawah ${limit.id}, misalnya simpan ulang sebagai JPG berukuran 1.200 × 1.200 piksel.`,
              `Make the photo smaller than ${limit.en}, for example save it again as a 1,200 × 1,200 pixel JPG.`,
            ),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'measured' },
        ),
      ];
    });
  },
});
