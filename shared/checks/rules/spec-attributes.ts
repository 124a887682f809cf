import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { shopeeDiagnosis } from '../sources';
import { finding, registerCheck } from '../registry';

const NOT_FILLED = /^(-|–|tidak ada|none|n\/a|lainnya|others?)$/i;

export const specAttributes = registerCheck({
  id: 'spec-attributes',
  area: 'spesifik',
  severity: 'quality',
  profiles: ['shopee'],
  input: 'text',
  source: shopeeDiagnosis('TOO_FEW_ATTRIBUTES_FOR_EXCELLENT'),
  name: bi('Spesifikasi produk kurang lengkap', 'Too few product specifics'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', attributes: { Merek: 'Gayo Mountain' } } },
    passing: {
      profile: 'shopee',
      listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', attributes: { Merek: 'Gayo Mountain', 'Jenis Kopi': 'Arabika', 'Berat': '250 g', 'Asal': 'Aceh' } },
    },
  },
  run({ listing, profile }) {
    const rule = PROFILES[profile].attributes;
    // Unknown stays unknown: only a page or form that showed its specifics table can be judged.
    if (!rule || !listing.attributes) return [];
    const filled = Object.entries(listing.attributes).filter(([, v]) => v.trim() && !NOT_FILLED.test(v.trim())).length;
    if (filled >= rule.excellent) return [];
    const forQualified = filled < rule.qualified;
    const code = forQualified ? 'TOO_FEW_ATTRIBUTES_FOR_QUALIFIED' : 'TOO_FEW_ATTRIBUTES_FOR_EXCELLENT';
    const need = forQualified ? rule.qualified : rule.excellent;
    return [
      finding(
        this,
        {
          message: bi(`Baru ${filled} spesifikasi yang diisi.`, `Only ${filled} specifics are filled in.`),
          why: forQualified
            ? bi(
                `Shopee menahan produk di tingkat kualitas "To be improved" (perlu ditingkatkan) sampai minimal ${need} spesifikasi diisi.`,
                `Shopee keeps the listing at the "To be improved" quality level until at least ${need} specific is filled in.`,
              )
            : bi(
                `Shopee meminta minimal ${need} spesifikasi untuk tingkat kualitas "Excellent" (sangat baik).`,
                `Shopee asks for at least ${need} specifics for the "Excellent" quality level.`,
              ),
          fix: bi(
            'Isi kolom Spesifikasi di Seller Centre: merek, bahan, asal, masa simpan, dan lainnya yang tersedia.',
            'Fill in the Specifications fields in Seller Centre: brand, material, origin, shelf life and the others offered.',
          ),
        },
        { source: shopeeDiagnosis(code) },
      ),
    ];
  },
});
