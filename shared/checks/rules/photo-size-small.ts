import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';
import type { Finding } from '../types';

export const photoSizeSmall = registerCheck({
  id: 'photo-size-small',
  area: 'foto',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'photo-metadata',
  supersededBy: ['photo-low-resolution', 'photo-pixel-size-rejected'],
  source: PROFILES.tokopedia.photos.sizeSource,
  name: bi('Ukuran foto terlalu kecil', 'Photo too small'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', photos: [{ width: 250, height: 250 }] } },
    passing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Gayo 250 gr', photos: [{ width: 1000, height: 1000 }] } },
  },
  run({ listing, profile }) {
    const rule = PROFILES[profile].photos;
    const out: Finding[] = [];
    listing.photos?.forEach((photo, index) => {
      if (!photo.width || !photo.height) return;
      const side = Math.min(photo.width, photo.height);
      if (side >= rule.recommendPx) return;
      const rejected = rule.rejectBelowPx !== undefined && side < rule.rejectBelowPx;
      out.push(
        finding(
          this,
          {
            message: bi(
              `Foto ${index + 1} berukuran ${photo.width} × ${photo.height} piksel.`,
              `Photo ${index + 1} is ${photo.width} × ${photo.height} pixels.`,
            ),
            why: rejected
              ? bi(`Tokopedia menolak foto di bawah ${rule.rejectBelowPx} × ${rule.rejectBelowPx} piksel saat diunggah.`, `Tokopedia refuses photos under ${rule.rejectBelowPx} × ${rule.rejectBelowPx} pixels at upload.`)
              : bi('Foto kecil terlihat pecah saat pembeli memperbesarnya.', 'Small photos look pixelated when buyers zoom in.'),
            fix: bi(
              `Pakai foto minimal ${rule.recommendPx} × ${rule.recommendPx} piksel: foto langsung dari kamera HP, bukan tangkapan layar.`,
              `Use photos of at least ${rule.recommendPx} × ${rule.recommendPx} pixels: straight from the phone camera, not a screenshot.`,
            ),
          },
          { severity: rejected || profile === 'tokopedia' ? 'quality' : 'advice', source: rule.sizeSource, photoIndex: index, outcome: rejected ? 'refused-at-upload' : 'buyers' },
        ),
      );
    });
    return out;
  },
});
