import { bi } from '../../i18n/text';
import { colourDistance, hammingDistance } from '../metrics/phash';
import { photoName, photoNameLower } from '../copy';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';
import type { PhotoFinding } from '../types';

/**
 * Up to this many of the 64 hash bits may differ for two photos to count as the same picture (resized, re-saved,
 * a little brighter or cropped). Different photos differ in about 32.
 */
export const SAME_PICTURE_BITS = 10;
/**
 * Same shape in another colour (a variant) is not a duplicate: no cell of the 4 × 4 colour grid may differ by this
 * much. Re-saved, brightened or slightly cropped copies stay under 22; a red and a blue bottle differ by about 80.
 */
export const SAME_COLOURS = 32;

/**
 * docs/rules.md#tiktok-shop-product-diagnosis-codes: TikTok Shop MAIN_IMG_DUPLICATE; Shopee Mall asks for at least 3
 * non-duplicate images.
 */
export const photoDuplicate = registerPhotoCheck({
  id: 'photo-duplicate',
  area: 'foto',
  severity: 'quality',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeMallImages,
  sources: { tokopedia: PHOTO_SOURCES.photoDuplicateTts, generic: PHOTO_SOURCES.rapiHeuristic },
  name: bi('Foto ganda', 'Duplicate photos'),
  input: 'pixels',
  examples: {
    failing: { profile: 'tokopedia', photos: [{ recipe: { seed: 3 } }, { recipe: { background: 'scene' } }, { recipe: { seed: 3 } }] },
    passing: {
      profile: 'tokopedia',
      photos: [{ recipe: { seed: 3 } }, { recipe: { background: 'scene' } }, { recipe: { product: { shape: 'round', rgb: [30, 90, 170] } } }],
    },
  },
  run(ctx) {
    const findings: PhotoFinding[] = [];
    const measured = ctx.photos.filter((p) => p.metrics);
    for (let j = 0; j < measured.length; j++) {
      const later = measured[j]!;
      // Report each photo once, against the first earlier photo it repeats.
      const earlier = measured.slice(0, j).find((e) => {
        const bits = hammingDistance(e.metrics!.phash, later.metrics!.phash);
        return bits <= SAME_PICTURE_BITS && colourDistance(e.metrics!.colours, later.metrics!.colours) < SAME_COLOURS;
      });
      if (!earlier) continue;
      const exact = hammingDistance(earlier.metrics!.phash, later.metrics!.phash) <= 2;
      const name = photoName(later.index);
      const other = photoNameLower(earlier.index);
      findings.push(
        finding(
          photoDuplicate,
          {
            message: exact
              ? bi(`${name.id} sama dengan ${other.id}.`, `${name.en} is the same as ${other.en}.`)
              : bi(`${name.id} hampir sama dengan ${other.id}.`, `${name.en} is nearly the same as ${other.en}.`),
            why: bi(
              'Foto yang sama tidak memberi pembeli informasi baru, dan marketplace menandainya sebagai foto ganda.',
              'A repeated photo tells buyers nothing new, and marketplaces flag it as a duplicate.',
            ),
            fix: bi(
              `Ganti ${name.id.toLowerCase()} dengan sudut lain: tampak belakang, detail bahan, ukuran di tangan, atau isi kemasan.`,
              `Replace ${name.en.toLowerCase()} with another view: the back, a close-up of the material, the size in a hand, or what is in the pack.`,
            ),
          },
          { profile: ctx.profile, photoIndex: later.index, certainty: exact ? 'measured' : 'estimated' },
        ),
      );
    }
    return findings;
  },
});
