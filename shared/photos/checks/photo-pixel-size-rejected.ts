import { PROFILES } from '../../checks/profiles';
import { bi } from '../../i18n/text';
import { formatPixels, photoName } from '../copy';
import { finding, registerPhotoCheck } from '../../checks/registry';

/**
 * TikTok Shop Create Product API (Tokopedia): main images 300×300 to 4000×4000 px
 * (docs/rules.md#tokopedia-limits-at-upload).
 */
export const TOKOPEDIA_MAX_PX = 4000;

export const photoPixelSizeRejected = registerPhotoCheck({
  id: 'photo-pixel-size-rejected',
  area: 'foto',
  severity: 'quality',
  outcome: 'refused-at-upload',
  profiles: ['tokopedia'],
  source: PROFILES.tokopedia.photos.sizeSource,
  name: bi('Ukuran foto (piksel) ditolak saat unggah', 'Photo size (pixels) refused at upload'),
  input: 'photo-metadata',
  examples: {
    failing: { profile: 'tokopedia', photos: [{ recipe: { size: [250, 250] } }] },
    passing: { profile: 'tokopedia', photos: [{ recipe: { size: [320, 320] }, width: 800, height: 800 }] },
  },
  run(ctx) {
    const min = PROFILES.tokopedia.photos.rejectBelowPx ?? 300;
    return ctx.photos.flatMap(({ index, photo }) => {
      const { width, height } = photo;
      if (!width || !height) return [];
      const name = photoName(index);
      const size = formatPixels(width, height);
      if (Math.min(width, height) < min) {
        return [
          finding(
            photoPixelSizeRejected,
            {
              message: bi(`${name.id} terlalu kecil: ${size.id}.`, `${name.en} is too small: ${size.en}.`),
              why: bi(`Tokopedia menolak saat unggah foto yang lebih kecil dari ${min} × ${min} piksel.`, `Tokopedia refuses at upload photos smaller than ${min} × ${min} pixels.`),
              fix: bi('Ganti dengan foto minimal 600 × 600 piksel, misalnya foto asli dari kamera ponsel.', 'Replace it with a photo of at least 600 × 600 pixels, such as the original from your phone camera.'),
            },
            { profile: ctx.profile, photoIndex: index, certainty: 'measured' },
          ),
        ];
      }
      if (Math.max(width, height) > TOKOPEDIA_MAX_PX) {
        return [
          finding(
            photoPixelSizeRejected,
            {
              message: bi(`${name.id} terlalu besar: ${size.id}.`, `${name.en} is too large: ${size.en}.`),
              why: bi(
                `Tokopedia hanya menerima foto sampai ${TOKOPEDIA_MAX_PX} × ${TOKOPEDIA_MAX_PX} piksel; yang lebih besar ditolak saat diunggah.`,
                `Tokopedia only accepts photos up to ${TOKOPEDIA_MAX_PX} × ${TOKOPEDIA_MAX_PX} pixels; bigger ones are refused at upload.`,
              ),
              fix: bi('Perkecil foto, misalnya menjadi 1.200 × 1.200 piksel.', 'Resize the photo, for example to 1,200 × 1,200 pixels.'),
            },
            { profile: ctx.profile, photoIndex: index, certainty: 'measured' },
          ),
        ];
      }
      return [];
    });
  },
});
