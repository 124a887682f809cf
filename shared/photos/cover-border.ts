import type { ProfileId, RuleSource } from '../checks/types';
import { finding } from '../checks/registry';
import { bi } from '../i18n/text';
import type { PhotoCheck, PhotoCheckContext } from './check-types';
import { PHOTO_SOURCES } from './sources';
import type { PhotoFinding } from './types';

/**
 * What the two cover-border checks (cover-white-border, cover-black-border) share. TikTok Shop flags a first image
 * with a white or a black border under two diagnosis codes, so there is one check per code and each finding cites the
 * code the seller will see; Shopee Mall allows no borders at all (docs/rules.md#shopee-mall-photo-guidelines-other-market).
 */
export type BorderColour = 'white' | 'black';

const WORDS = { white: bi('putih', 'white'), black: bi('hitam', 'black') } as const;

/** Shopee Mall's rule on Shopee, the colour's own diagnosis code on Tokopedia, Rapi's advice elsewhere. */
export function borderSources(tiktok: RuleSource): Partial<Record<ProfileId, RuleSource>> {
  return { tokopedia: tiktok, generic: PHOTO_SOURCES.rapiHeuristic };
}

/** The finding of a cover photo framed in `colour`, or none. */
export function borderFindings(check: PhotoCheck, ctx: PhotoCheckContext, colour: BorderColour): PhotoFinding[] {
  const word = WORDS[colour];
  const border = ctx.photos.find((p) => p.index === 0)?.metrics?.border;
  if (!border || border.color !== colour) return [];
  const bars = border.sides === 2;
  return [
    finding(
      check,
      {
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
      },
      { profile: ctx.profile, photoIndex: 0, certainty: 'estimated', boxes: border.boxes },
    ),
  ];
}
