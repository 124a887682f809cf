import { bi } from '../../i18n/text';
import { textCoverage, wordBoxes } from '../ocr/matchers';
import { finding, registerPhotoCheck } from '../../checks/registry';
import { PHOTO_SOURCES } from '../sources';

/** Words covering this share of the cover read as an overlay, not the product's own printing. */
export const HEAVY_TEXT = 0.12;

/**
 * docs/rules.md#shopee-mall-photo-guidelines-other-market: text or watermark on the cover. Warn only: TikTok Shop by
 * Tokopedia's guidance conflicts (the API bans watermarks on the first image, a course recommends a subtle store
 * name).
 */
export const coverTextHeavy = registerPhotoCheck({
  id: 'cover-text-heavy',
  area: 'foto',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: PHOTO_SOURCES.ttsWatermarkConflict,
  sources: { shopee: PHOTO_SOURCES.shopeeMallCover },
  name: bi('Terlalu banyak tulisan di foto sampul', 'Too much text on the cover photo'),
  input: 'ocr',
  examples: {
    failing: {
      profile: 'tokopedia',
      photos: [{ recipe: {}, text: ['KERIPIK SINGKONG PEDAS', 'RENYAH GURIH ASLI', 'TANPA PENGAWET', 'STOK TERBATAS SEKARANG', 'PRODUK LOKAL BANDUNG'] }],
    },
    passing: { profile: 'tokopedia', photos: [{ recipe: {}, text: ['Rapi'] }] },
  },
  run(ctx) {
    const cover = ctx.photos.find((p) => p.index === 0);
    if (!cover?.ocr) return [];
    const coverage = textCoverage(cover.ocr);
    if (coverage < HEAVY_TEXT) return [];
    const percent = Math.round(coverage * 100);
    return [
      finding(
        coverTextHeavy,
        {
          message: bi(`Banyak tulisan di foto sampul: sekitar ${percent}% dari foto.`, `Lots of text on the cover photo: about ${percent}% of it.`),
          why: bi(
            'Tulisan atau logo di atas foto menutupi produk. Panduan marketplace berbeda-beda soal ini, jadi ini hanya saran.',
            'Text or logos over the photo cover the product. Marketplace guidance differs on this, so this is only advice.',
          ),
          fix: bi(
            'Kurangi tulisan di foto sampul; cukup nama merek kecil di pojok, dan tulis detail lain di deskripsi.',
            'Cut the text on the cover photo to a small brand name in a corner, and put other details in the description.',
          ),
        },
        { profile: ctx.profile, photoIndex: 0, certainty: 'estimated', boxes: wordBoxes(cover.ocr) },
      ),
    ];
  },
});
