import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { withCodes } from '../sources';
import { finding, registerCheck } from '../registry';
import { descriptionExample } from '../../suggest/examples';
import { LONG_DESCRIPTION } from '../example-texts';

export const descriptionTooShort = registerCheck({
  id: 'description-too-short',
  area: 'deskripsi',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: PROFILES.shopee.description.minSource,
  name: bi('Deskripsi terlalu pendek', 'Description too short'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', description: 'Kopi enak, wangi. Order sekarang.' } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', description: LONG_DESCRIPTION } },
  },
  exampleIn: 'description',
  run(ctx) {
    const { listing, profile } = ctx;
    const description = listing.description?.trim();
    if (description === undefined) return [];
    const rule = PROFILES[profile].description;
    // Shopee: "at least 100 characters or 1 image".
    if (profile === 'shopee' && (listing.descriptionImageCount ?? 0) > 0) return [];
    if (description.length >= rule.min) return [];
    return [
      finding(
        this,
        {
          message: bi(`Deskripsi hanya ${description.length} karakter.`, `The description is only ${description.length} characters.`),
          why:
            profile === 'shopee'
              ? bi(
                  'Shopee meminta minimal 100 karakter atau 1 gambar di deskripsi; di bawah itu produk tertahan di bawah tingkat kualitas "Excellent" (sangat baik).',
                  'Shopee asks for at least 100 characters or 1 image in the description; below that the listing cannot reach the "Excellent" quality level.',
                )
              : profile === 'tokopedia'
                ? bi(
                    'Diagnosis produk Tokopedia menandai deskripsi di bawah 50 karakter (dan di bawah 500): produk lebih sulit ditemukan dan pembeli ragu.',
                    "Tokopedia's product diagnosis flags descriptions under 50 characters (and under 500): the product is harder to find and buyers hesitate.",
                  )
                : bi('Deskripsi yang pendek membuat pembeli ragu dan banyak bertanya.', 'A short description makes buyers hesitate and ask many questions.'),
          fix: bi(
            `Tulis minimal ${rule.min} karakter: apa produknya, bahan, ukuran atau berat, cara pakai atau simpan, dan isi paket.`,
            `Write at least ${rule.min} characters: what it is, material, size or weight, how to use or store it, and what is in the box.`,
          ),
          example: () => descriptionExample(this.id, ctx),
        },
        {
          severity: profile === 'generic' ? 'advice' : 'quality',
          // Under 50 on Tokopedia is also under 500: name both diagnosis codes.
          source: profile === 'tokopedia' && rule.searchMinSource?.code ? withCodes(rule.minSource, [rule.searchMinSource.code]) : rule.minSource,
        },
      ),
    ];
  },
});
