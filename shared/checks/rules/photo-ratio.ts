import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';
import type { Finding } from '../types';

export const photoRatio = registerCheck({
  id: 'photo-ratio',
  area: 'foto',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'photo-metadata',
  supersededBy: ['photo-aspect-ratio'],
  source: PROFILES.shopee.photos.ratio.source,
  name: bi('Bentuk foto tidak sesuai', 'Photo shape does not fit'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', photos: [{ width: 1080, height: 1920 }] } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', photos: [{ width: 1000, height: 1000 }] } },
  },
  run({ listing, profile }) {
    const { ratio } = PROFILES[profile].photos;
    const out: Finding[] = [];
    listing.photos?.forEach((photo, index) => {
      if (!photo.width || !photo.height) return;
      const r = photo.width / photo.height;
      // 2% tolerance: 1000 × 1010 is square to the eye and to the marketplace's cropper.
      if (r >= ratio.min * 0.98 && r <= ratio.max * 1.02) return;
      out.push(
        finding(
          this,
          {
            message: bi(
              `Foto ${index + 1} berbentuk ${photo.width} × ${photo.height}, bukan ${ratio.label.id}.`,
              `Photo ${index + 1} is ${photo.width} × ${photo.height}, not ${ratio.label.en}.`,
            ),
            why: bi(
              `Marketplace memotong foto menjadi ${ratio.label.id}; bagian produk bisa terpotong.`,
              `The marketplace crops photos to ${ratio.label.en}; part of the product can be cut off.`,
            ),
            fix: bi(
              `Potong foto menjadi ${ratio.label.id} di galeri HP, dengan produk di tengah.`,
              `Crop the photo to ${ratio.label.en} in your phone's gallery, with the product in the middle.`,
            ),
          },
          { severity: profile === 'generic' ? 'advice' : 'quality', source: ratio.source, photoIndex: index },
        ),
      );
    });
    return out;
  },
});
