import { registerPhotoCheck } from '../../checks/registry';
import { bi } from '../../i18n/text';
import { borderFindings, borderSources } from '../cover-border';
import { PHOTO_SOURCES } from '../sources';

/**
 * TikTok Shop's diagnosis flags a first image with a black border; Shopee Mall allows no borders (see
 * ../cover-border.ts).
 */
export const coverBlackBorder = registerPhotoCheck({
  id: 'cover-black-border',
  area: 'foto',
  severity: 'quality',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeMallCover,
  sources: borderSources(PHOTO_SOURCES.coverBlackBorder),
  name: bi('Foto sampul berbingkai hitam', 'Black border on the cover photo'),
  input: 'pixels',
  examples: {
    failing: { profile: 'tokopedia', photos: [{ recipe: { background: 'scene', border: { colour: 'black', thickness: 0.06 } } }] },
    passing: { profile: 'tokopedia', photos: [{ recipe: { background: 'scene' } }] },
  },
  run(ctx) {
    return borderFindings(coverBlackBorder, ctx, 'black');
  },
});
