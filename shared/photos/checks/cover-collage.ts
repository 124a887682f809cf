import { bi } from '../../i18n/text';
import { looksLikeCollage } from '../metrics/seams';
import { finding, registerPhotoCheck } from '../../checks/registry';
import type { Box } from '../types';
import { PHOTO_SOURCES } from '../sources';

/**
 * docs/rules.md#tiktok-shop-product-diagnosis-codes: TikTok Shop flags a spliced first image; Shopee Mall allows no
 * montage (collage) on the cover.
 */
export const coverCollage = registerPhotoCheck({
  id: 'cover-collage',
  area: 'foto',
  severity: 'quality',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeMallCover,
  sources: { tokopedia: PHOTO_SOURCES.coverSpliced, generic: PHOTO_SOURCES.rapiHeuristic },
  name: bi('Foto sampul berupa kolase', 'Cover photo is a collage'),
  input: 'pixels',
  examples: {
    failing: { profile: 'tokopedia', photos: [{ recipe: { collage: { cols: 2, rows: 2, gutter: 6 } } }] },
    passing: { profile: 'tokopedia', photos: [{ recipe: { background: 'scene' } }] },
  },
  run(ctx) {
    const seams = ctx.photos.find((p) => p.index === 0)?.metrics?.seams;
    if (!seams || !looksLikeCollage(seams)) return [];
    // Each join drawn as a thin line across the photo.
    const boxes: Box[] = seams.map((s) =>
      s.axis === 'x' ? { x: Math.max(0, s.at - 0.005), y: 0, w: 0.01, h: 1 } : { x: 0, y: Math.max(0, s.at - 0.005), w: 1, h: 0.01 },
    );
    return [
      finding(
        coverCollage,
        {
          message: bi('Foto sampul berupa kolase (beberapa foto digabung).', 'The cover photo is a collage (several photos joined).'),
          why: bi(
            'Di hasil pencarian kolase tampak kecil dan membingungkan, dan marketplace menilai foto gabungan sebagai kekurangan.',
            'In search results a collage looks small and confusing, and marketplaces count joined photos against the listing.',
          ),
          fix: bi(
            'Pakai satu foto produk utuh untuk sampul; taruh foto lainnya di urutan berikutnya.',
            'Use one whole product photo as the cover; put the other photos after it.',
          ),
        },
        { profile: ctx.profile, photoIndex: 0, certainty: 'estimated', boxes },
      ),
    ];
  },
});
