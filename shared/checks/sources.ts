import { bi } from '../i18n/text';
import type { RuleSource } from './types';

/**
 * Every rule's source (docs/rules.md). `verified` is true only for the marketplace's own page or API doc for this
 * market; other markets, third parties, our heuristics and one marketplace's rule shown on another are false.
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

/** The same source, naming every marketplace code a finding covers (a stricter rule covers the looser one). */
export function withCodes(source: RuleSource, codes: readonly string[]): RuleSource {
  const all = [...new Set([...(source.code ? [source.code] : []), ...codes])];
  if (all.length === 0) return source;
  const extra = all.filter((c) => !source.label.en.includes(c));
  const label = extra.length
    ? bi(`${source.label.id}; diagnosis produk: ${extra.join(', ')}`, `${source.label.en}; product diagnosis: ${extra.join(', ')}`)
    : source.label;
  return { ...source, label, code: all[0], codes: all };
}

/**
 * A Shopee rule shown on Tokopedia, where Tokopedia has none of its own (docs/rules.md#how-sure-a-rule-is): said
 * plainly as a reference, never as Tokopedia's rule.
 */
export function shopeeAsReference(source: RuleSource): RuleSource {
  return {
    ...source,
    label: bi(`Aturan Shopee, sebagai acuan: ${source.label.id}`, `Shopee rule, for reference: ${source.label.en}`),
    verified: false,
  };
}

/** A Tokopedia / TikTok Shop rule shown on Shopee, where Shopee publishes none. */
export function tokopediaAsReference(source: RuleSource): RuleSource {
  return {
    ...source,
    label: bi(`Aturan Tokopedia, sebagai acuan: ${source.label.id}`, `Tokopedia rule, for reference: ${source.label.en}`),
    verified: false,
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
      'Panduan judul TikTok Shop Asia Tenggara (versi Vietnam; versi Indonesia belum ditemukan): tanpa promosi, simbol, nama toko, atau marketplace lain',
      'TikTok Shop Southeast Asia title guideline (Vietnam copy; the Indonesian copy was not found): no promotions, symbols, seller names or other platforms',
    ),
    url: 'https://seller-vn.tiktok.com/university/essay?knowledge_id=5918681919178512',
    verified: false,
  },
  ttsSeaDescription: {
    label: bi(
      'Panduan deskripsi TikTok Shop Asia Tenggara (versi Vietnam): minimal 30 kata, sebutkan isi paket',
      'TikTok Shop Southeast Asia description guideline (Vietnam copy): at least 30 words, list what is in the box',
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
      'Panduan penamaan produk Shopee (versi negara lain; versi Indonesia belum diperiksa): tanpa HURUF BESAR semua, emoji, simbol, tagar, kata promo atau klaim subjektif',
      'Shopee product naming guideline (another country\'s copy; the Indonesian one not verified): no ALL CAPS, emoji, symbols, hashtags, promo words or subjective claims',
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
  tokopediaOffPlatform: {
    label: bi(
      'Tokopedia, "Penyebab toko dimoderasi": transaksi harus di Tokopedia, mengajak pembeli lewat WhatsApp atau kontak pribadi membuat toko dimoderasi; TikTok Shop juga melarang tautan, nomor telepon, dan akun media sosial yang membawa pembeli keluar',
      'Tokopedia, "Why shops are moderated": sales must happen on Tokopedia, inviting buyers to WhatsApp or private contacts gets the shop moderated; TikTok Shop also bans links, phone numbers and social media handles that take buyers elsewhere',
    ),
    url: 'https://seller.tokopedia.com/edu/penyebab-toko-dimoderasi/',
    verified: true,
  },
  ttsMisleadingClaims: {
    label: bi(
      'TikTok Shop by Tokopedia, "Misleading Claims (Health & Beauty Products)" dan "Misleading Product Listings": klaim menyembuhkan atau mencegah penyakit dan janji ajaib dilarang; pelanggaran dikenai sanksi pada akun',
      'TikTok Shop by Tokopedia, "Misleading Claims (Health & Beauty Products)" and "Misleading Product Listings": claims to cure or prevent disease and miracle promises are prohibited; breaches lead to action on the account',
    ),
    url: 'https://seller-id.tokopedia.com/university/essay?knowledge_id=3694612986365713',
    verified: true,
  },
  descriptionStyle: {
    label: bi(
      'Rekomendasi Rapi (bukan aturan marketplace): deskripsi yang penuh emoji, tanda seru, dan HURUF BESAR sulit dibaca di HP',
      'Rapi recommendation (not a marketplace rule): a description full of emoji, exclamation marks and ALL CAPS is hard to read on a phone',
    ),
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
