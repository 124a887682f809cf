import { bi } from '../i18n/text';
import type { RuleSource } from './types';

/**
 * Every rule's source, from ../shared/marketplace-rules.md. `verified` is true only for the marketplace's own
 * page or API doc for this market; other markets, third parties and our heuristics are false.
 */
const SHOPEE_DIAG_URL = 'https://open.shopee.com/documents/v2/v2.product.get_item_content_diagnosis_result';
const TTS_DIAG_URL = 'https://partner.tiktokshop.com/docv2/page/6790551c38b3f103169c3ce8';

export function shopeeDiagnosis(code: string): RuleSource {
  return {
    label: bi(`Diagnosis konten Shopee, ${code}`, `Shopee content diagnosis, ${code}`),
    code,
    url: SHOPEE_DIAG_URL,
    verified: true,
  };
}

export function tiktokDiagnosis(code: string): RuleSource {
  return {
    label: bi(
      `Diagnosis produk TikTok Shop (berlaku untuk Tokopedia), ${code}`,
      `TikTok Shop product diagnosis (applies to Tokopedia), ${code}`,
    ),
    code,
    url: TTS_DIAG_URL,
    verified: true,
  };
}

export const SOURCES = {
  ttsCreateProductName: {
    label: bi(
      'TikTok Shop Create Product API (berlaku untuk Tokopedia): nama produk 25–255 karakter',
      'TikTok Shop Create Product API (applies to Tokopedia): product name 25–255 characters',
    ),
    url: 'https://partner.tiktokshop.com/docv2/page/6502fc8da57708028b42b18a',
    verified: true,
  },
  ttsDescription: {
    label: bi(
      'TikTok Shop Create Product API: deskripsi sebaiknya lebih dari 300 karakter, 3–5 poin keunggulan',
      'TikTok Shop Create Product API: description preferably over 300 characters, 3–5 selling points',
    ),
    verified: true,
  },
  ttsMainImages: {
    label: bi(
      'TikTok Shop Create Product API (Tokopedia): 1–9 foto, JPG/PNG, ≤5 MB, 300×300 sampai 4000×4000 piksel',
      'TikTok Shop Create Product API (Tokopedia): 1–9 images, JPG/PNG, ≤5 MB, 300×300 to 4000×4000 px',
    ),
    verified: true,
  },
  ttsImageRatio: {
    label: bi('Template kategori TikTok Shop Seller Center: foto utama antara 3:4 dan 4:3', 'TikTok Shop Seller Center category template: main image between 3:4 and 4:3'),
    verified: true,
  },
  ttsSeaTitle: {
    label: bi(
      'Panduan judul TikTok Shop Asia Tenggara (pasar lain; salinan Indonesia belum diperiksa)',
      'TikTok Shop Southeast Asia title guideline (other market; Indonesian copy not verified)',
    ),
    url: 'https://seller-vn.tiktok.com/university/essay?knowledge_id=5918681919178512',
    verified: false,
  },
  ttsSeaDescription: {
    label: bi(
      'Panduan deskripsi TikTok Shop Asia Tenggara: minimal 30 kata, sebutkan isi paket (pasar lain)',
      'TikTok Shop Southeast Asia description guideline: at least 30 words, list what is in the box (other market)',
    ),
    url: 'https://seller-vn.tiktok.com/university/essay?knowledge_id=5918681919178512',
    verified: false,
  },
  tokopediaBrandFirst: {
    label: bi('Panduan produk bermerek TikTok Shop by Tokopedia: merek utama di depan nama', 'TikTok Shop by Tokopedia branded products guide: main brand first in the name'),
    url: 'https://seller-id.tokopedia.com/university/essay?knowledge_id=8127545464555265',
    verified: true,
  },
  ttsVariants: {
    label: bi(
      'TikTok Shop Check Product Listing API: nama varian 1–20 karakter, pilihan 1–50, maksimal 3 tingkat',
      'TikTok Shop Check Product Listing API: variant name 1–20 characters, option 1–50, at most 3 levels',
    ),
    verified: true,
  },
  shopeeInspirasiBlock: {
    label: bi(
      'Shopee Indonesia, "Hindari pemblokiran & penghapusan produk": nama, logo, tautan marketplace lain atau kontak di luar Shopee membuat produk diblokir',
      'Shopee Indonesia, "Avoid product blocking & deletion": other marketplaces\' names, logos, links or off-platform contacts get the product blocked',
    ),
    url: 'https://shopee.co.id/inspirasi-shopee/hindari-pemblokiran-penghapusan-produk-dengan-meningkatkan-kualitas-produk',
    verified: true,
  },
  shopeeInspirasiName: {
    label: bi(
      'Shopee Indonesia: format nama yang disarankan Merek + Nama Produk + Model; kata kunci tidak relevan dilarang',
      'Shopee Indonesia: recommended name format Brand + Product Name + Model; irrelevant keywords prohibited',
    ),
    url: 'https://shopee.co.id/inspirasi-shopee/hindari-pemblokiran-penghapusan-produk-dengan-meningkatkan-kualitas-produk',
    verified: true,
  },
  shopeeNamingGuide: {
    label: bi(
      'Panduan penamaan produk Shopee (pasar lain): tanpa HURUF BESAR semua, emoji, simbol, tagar, kata promo atau klaim subjektif',
      'Shopee product naming guideline (other market): no ALL CAPS, emoji, symbols, hashtags, promo words or subjective claims',
    ),
    verified: false,
  },
  repeatedWords: {
    label: bi(
      'Aturan judul Amazon 2025 (kata yang sama paling banyak 2 kali) dan larangan spam kata kunci Shopee',
      'Amazon 2025 title rule (same word at most twice) and Shopee keyword-spam rule',
    ),
    verified: false,
  },
  shopeeImageFile: {
    label: bi('Shopee Open Platform, panduan 211: foto maksimal 10 MB, JPG/JPEG/PNG', 'Shopee Open Platform, guide 211: images at most 10 MB, JPG/JPEG/PNG'),
    url: 'https://open.shopee.com/developer-guide/211',
    verified: true,
  },
  shopeeImageRatio: {
    label: bi('Shopee Open Platform: foto produk diperlakukan sebagai persegi 1:1 (3:4 hanya untuk penjual tertentu)', 'Shopee Open Platform: product images are handled as 1:1 squares (3:4 for whitelisted sellers only)'),
    url: 'https://open.shopee.com/developer-guide/211',
    verified: true,
  },
  shopeeImageCountMax: {
    label: bi('Shopee Open Platform get_item_limit dan upload_image: maksimal 9 foto (contoh dokumen; batas per toko)', 'Shopee Open Platform get_item_limit and upload_image: at most 9 images (documented sample; per-shop limit)'),
    verified: false,
  },
  shopeeVariants: {
    label: bi(
      'Shopee Open Platform get_item_limit (contoh): nama variasi ≤14 karakter, pilihan ≤20, maksimal 2 tingkat',
      'Shopee Open Platform get_item_limit (sample): variation name ≤14 characters, option ≤20, at most 2 tiers',
    ),
    verified: false,
  },
  resolutionHeuristic: {
    label: bi(
      'Rekomendasi Rapi: minimal 500 × 500 (batas Google Merchant Center mulai 2027); Shopee Indonesia tidak menerbitkan angka resmi',
      'Rapi recommendation: at least 500 × 500 (Google Merchant Center floor from 2027); Shopee Indonesia publishes no official number',
    ),
    url: 'https://support.google.com/merchants/answer/6324350',
    verified: false,
  },
  googleTitle: {
    label: bi('Google Merchant Center: judul maksimal 150 karakter, tanpa teks promosi', 'Google Merchant Center: title at most 150 characters, no promotional text'),
    url: 'https://support.google.com/merchants/answer/6324415',
    verified: true,
  },
  rapiHeuristic: {
    label: bi('Rekomendasi Rapi (bukan aturan marketplace)', 'Rapi recommendation (not a marketplace rule)'),
    verified: false,
  },
  foodLabelling: {
    label: bi(
      'Rekomendasi Rapi untuk pangan olahan UMKM: pembeli mencari berat bersih, masa simpan, halal dan izin edar P-IRT/BPOM',
      'Rapi recommendation for small-business packaged food: buyers look for net weight, shelf life, halal status and P-IRT/BPOM registration',
    ),
    verified: false,
  },
} satisfies Record<string, RuleSource>;
