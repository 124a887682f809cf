import { SOURCES, tiktokDiagnosis } from '../checks/sources';
import type { RuleSource } from '../checks/types';
import { bi } from '../i18n/text';

/** Photo rules' sources (docs/rules.md#shopee-mall-photo-guidelines-other-market, #tokopedia-limits-at-upload, #tiktok-shop-product-diagnosis-codes). */
export const PHOTO_SOURCES = {
  shopeeMallCover: {
    label: bi(
      'Panduan listing Shopee Mall: foto sampul berlatar polos (putih lebih baik), produk ≥60% bingkai, tanpa tulisan, kolase, atau bingkai',
      'Shopee Mall Listing Guidelines: cover on a plain (preferably white) background, product ≥60% of the frame, no text, collage or borders',
    ),
    url: 'https://pdfslide.us/documents/shopee-mall-listing-guidelines.html',
    // Official, but written for Shopee Mall and another market.
    verified: false,
  },
  shopeeMallImages: {
    label: bi(
      'Panduan listing Shopee Mall: minimal 3 foto yang tidak sama, tajam, tidak pecah, warna sesuai aslinya',
      'Shopee Mall Listing Guidelines: at least 3 non-duplicate images, sharp, not pixelated, realistic colour',
    ),
    url: 'https://pdfslide.us/documents/shopee-mall-listing-guidelines.html',
    verified: false,
  },
  shopeeOffPlatform: SOURCES.shopeeInspirasiBlock,
  ttsMainImagesNoText: {
    label: bi(
      'TikTok Shop Create Product API (Tokopedia): foto pertama berlatar putih, bukan kolase, tanpa tulisan, logo, bingkai, atau tanda air',
      'TikTok Shop Create Product API (Tokopedia): first image on a white background, not a mosaic, no text, logos, borders or watermarks',
    ),
    verified: true,
  },
  ttsWatermarkConflict: {
    label: bi(
      'Panduan TikTok Shop by Tokopedia saling bertentangan: API melarang tanda air di foto pertama, kursus "Content Guidelines" menyarankan nama toko yang samar. Rapi hanya memberi saran',
      'TikTok Shop by Tokopedia guidance conflicts: the API bans watermarks on the first image, the "Content Guidelines" course suggests a subtle store name. Rapi only advises',
    ),
    verified: true,
  },
  usGoodTier: {
    label: bi(
      'Tingkat "Good" TikTok Shop Amerika Serikat (versi AS, sebagai acuan): foto minimal 600 × 600, tanpa tanda air atau tulisan promo',
      'TikTok Shop US "Good" tier (US copy, for reference): images at least 600 × 600, no watermark or promo text',
    ),
    verified: false,
  },
  photoDuplicateTts: tiktokDiagnosis('MAIN_IMG_DUPLICATE'),
  coverNotClear: tiktokDiagnosis('MAIN_IMG_FIRST_IMG_NOT_CLEAR'),
  coverNoWhiteBackground: tiktokDiagnosis('MAIN_IMG_FIRST_IMG_NO_WHITE_BACKGROUND_PRODUCT'),
  coverBackgroundUntidy: tiktokDiagnosis('MAIN_IMG_FIRST_IMG_BACKGROUND_UNTIDY'),
  coverWhiteBorder: tiktokDiagnosis('MAIN_IMG_FIRST_IMG_WHITE_BORDER'),
  coverBlackBorder: tiktokDiagnosis('MAIN_IMG_FIRST_IMG_BLACK_BORDER'),
  coverSpliced: tiktokDiagnosis('MAIN_IMG_FIRST_IMG_SPLICED_PICTURE'),
  coverLowQuality: tiktokDiagnosis('MAIN_IMG_FIRST_IMG_LOW_QUALITY'),
  coverPsoriasis: tiktokDiagnosis('MAIN_IMG_FIRST_IMG_PSORIASIS'),
  rapiHeuristic: SOURCES.rapiHeuristic,
  foodLabelling: SOURCES.foodLabelling,
} satisfies Record<string, RuleSource>;
