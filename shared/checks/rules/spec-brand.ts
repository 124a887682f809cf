import { bi } from '../../i18n/text';
import { shopeeDiagnosis } from '../sources';
import { finding, registerCheck } from '../registry';

const BRAND_KEY = /^(merek|merk|brand)$/i;

export const specBrand = registerCheck({
  id: 'spec-brand',
  area: 'spesifik',
  severity: 'quality',
  profiles: ['shopee'],
  input: 'text',
  source: shopeeDiagnosis('LACK_BRAND'),
  name: bi('Merek belum diisi', 'Brand not filled in'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', attributes: { 'Jenis Kopi': 'Arabika' } } },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', brand: 'Gayo Mountain', attributes: { 'Jenis Kopi': 'Arabika' } } },
  },
  run({ listing }) {
    // Judged only where the specifics table was read; otherwise the brand is unknown, not missing.
    if (!listing.attributes || listing.brand?.trim()) return [];
    if (Object.keys(listing.attributes).some((k) => BRAND_KEY.test(k.trim()))) return [];
    return [
      finding(this, {
        message: bi('Merek belum diisi.', 'The brand is not filled in.'),
        why: bi(
          'Shopee menahan produk tanpa merek di tingkat kualitas "Qualified" (memenuhi syarat); untuk "Excellent" (sangat baik) merek harus diisi.',
          'Shopee keeps listings without a brand at the "Qualified" quality level; "Excellent" needs the brand.',
        ),
        fix: bi(
          'Pilih merek Anda di kolom Merek. Produk buatan sendiri tanpa merek terdaftar: pilih "Tidak Ada Merek" atau daftarkan merek toko Anda.',
          'Pick your brand in the Brand field. Home-made products without a registered brand: pick "No Brand" or register your shop\'s brand.',
        ),
      }),
    ];
  },
});
