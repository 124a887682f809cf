import type { ProfileId, RuleSource } from '../../checks/types';
import { bi } from '../../i18n/text';
import { photoFinding, registerPhotoCheck, type PhotoCheck } from '../registry';
import { PHOTO_SOURCES } from '../sources';

/**
 * §5 row 20: TikTok Shop flags a first image with a white or a black border (two diagnosis codes); Shopee Mall allows
 * no borders. One check per code, so each finding cites the code the seller will see.
 */
function borderCheck(colour: 'white' | 'black', tiktok: RuleSource): PhotoCheck {
  const word = colour === 'white' ? bi('putih', 'white') : bi('hitam', 'black');
  const sources: Partial<Record<ProfileId, RuleSource>> = { tokopedia: tiktok, generic: PHOTO_SOURCES.rapiHeuristic };
  const check: PhotoCheck = registerPhotoCheck({
    id: `cover-${colour}-border`,
    area: 'foto',
    severity: 'quality',
    severities: { generic: 'advice' },
    profiles: ['shopee', 'tokopedia', 'generic'],
    source: PHOTO_SOURCES.shopeeMallCover,
    sources,
    name: bi(`Foto sampul tanpa bingkai ${word.id}`, `Cover photo without a ${word.en} border`),
    input: 'pixels',
    examples: {
      failing: { profile: 'tokopedia', photos: [{ recipe: { background: 'scene', border: { colour, thickness: 0.06 } } }] },
      passing: { profile: 'tokopedia', photos: [{ recipe: { background: 'scene' } }] },
    },
    run(ctx) {
      const border = ctx.photos.find((p) => p.index === 0)?.metrics?.border;
      if (!border || border.color !== colour) return [];
      const bars = border.sides === 2;
      return [
        photoFinding(check, ctx, {
          photoIndex: 0,
          message: bars
            ? bi(`Foto sampul punya pita ${word.id} di dua sisinya.`, `The cover photo has ${word.en} bars on two sides.`)
            : bi(`Foto sampul punya bingkai ${word.id}.`, `The cover photo has a ${word.en} border.`),
          why: bi(
            ctx.profile === 'tokopedia'
              ? `Tokopedia (TikTok Shop) menandai foto pertama yang berbingkai ${word.id}.`
              : `Bingkai membuat produk tampak lebih kecil; Shopee Mall meminta foto sampul tanpa bingkai.`,
            ctx.profile === 'tokopedia'
              ? `Tokopedia (TikTok Shop) flags a first image with a ${word.en} border.`
              : 'A border makes the product look smaller; Shopee Mall asks for cover photos without borders.',
          ),
          fix: bi(
            `Potong foto sampai tepi gambarnya, tanpa ${bars ? 'pita' : 'bingkai'} ${word.id} di sekelilingnya.`,
            `Crop the photo to the picture’s edge, without the ${word.en} ${bars ? 'bars' : 'border'} around it.`,
          ),
          certainty: 'estimated',
          boxes: border.boxes,
        }),
      ];
    },
  });
  return check;
}

export const coverWhiteBorder = borderCheck('white', PHOTO_SOURCES.coverWhiteBorder);
export const coverBlackBorder = borderCheck('black', PHOTO_SOURCES.coverBlackBorder);
