import { bi } from '../../i18n/text';
import { photoName } from '../copy';
import { findPromoWords, quoteMatches } from '../ocr/matchers';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';

/**
 * docs/rules.md#shopee-mall-photo-guidelines-other-market: no text or promo overlays on the cover (Shopee Mall;
 * TikTok Shop API; US "Good" tier: no promo text). On later photos it is only advice: promo text there goes stale
 * but breaks no rule.
 */
export const photoPromoText = registerPhotoCheck({
  id: 'photo-promo-text',
  area: 'foto',
  severity: 'quality',
  severities: { generic: 'advice' },
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.shopeeMallCover,
  sources: { tokopedia: PHOTO_SOURCES.ttsMainImagesNoText, generic: PHOTO_SOURCES.usGoodTier },
  name: bi('Tulisan promo di foto', 'Promo text on photos'),
  input: 'ocr',
  examples: {
    failing: { profile: 'tokopedia', photos: [{ recipe: {}, text: ['PROMO DISKON 50%', 'GRATIS ONGKIR', 'BISA COD'] }] },
    passing: { profile: 'tokopedia', photos: [{ recipe: {}, text: ['Kopi Arabika Gayo', 'Netto 250 g'] }] },
  },
  run(ctx) {
    return ctx.photos.flatMap(({ index, ocr }) => {
      if (!ocr) return [];
      const matches = findPromoWords(ocr);
      if (!matches.length) return [];
      const name = photoName(index);
      const quoted = quoteMatches(matches);
      return [
        finding(
          photoPromoText,
          {
            message: bi(`${name.id} memuat tulisan promo: ${quoted}.`, `${name.en} has promo text: ${quoted}.`),
            why: bi(
              'Promo di foto cepat basi dan bisa berbeda dengan harga di halaman; marketplace meminta foto sampul tanpa tulisan.',
              'Promo text on a photo goes stale and can contradict the price on the page; marketplaces ask for cover photos without text.',
            ),
            fix: bi(
              'Hapus tulisan promo dari foto. Pasang diskon, gratis ongkir, dan COD lewat fitur promo di pusat penjual.',
              'Remove the promo text from the photo. Set discounts, free shipping and cash on delivery with the seller centre’s promo tools.',
            ),
          },
          { profile: ctx.profile, photoIndex: index, certainty: 'estimated', boxes: matches.flatMap((m) => m.boxes), severity: index === 0 ? undefined : 'advice' },
        ),
      ];
    });
  },
});
