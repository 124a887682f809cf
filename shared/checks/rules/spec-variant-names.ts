import { bi } from '../../i18n/text';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';

export const specVariantNames = registerCheck({
  id: 'spec-variant-names',
  area: 'spesifik',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia'],
  input: 'text',
  source: PROFILES.shopee.variants.source,
  name: bi('Nama varian terlalu panjang atau terlalu banyak tingkat', 'Variant names too long or too many levels'),
  examples: {
    failing: {
      profile: 'shopee',
      listing: { title: 'Kaos Polos Cotton Combed 30s', variants: [{ name: 'Warna Kaos Pilihan Anda', options: ['Hitam', 'Putih Tulang Bersih Sekali Lho'] }] },
    },
    passing: { profile: 'shopee', listing: { title: 'Kaos Polos Cotton Combed 30s', variants: [{ name: 'Warna', options: ['Hitam', 'Putih'] }] } },
  },
  run({ listing, profile }) {
    const rule = PROFILES[profile].variants;
    const variants = listing.variants;
    if (!variants?.length) return [];
    const problems: string[] = [];
    if (variants.length > rule.maxTiers) problems.push(`${variants.length} > ${rule.maxTiers}`);
    const longNames = variants.filter((v) => v.name.length > rule.maxNameChars).map((v) => `"${v.name}"`);
    const longOptions = variants.flatMap((v) => v.options).filter((o) => o.length > rule.maxOptionChars).map((o) => `"${o}"`);
    if (problems.length === 0 && longNames.length === 0 && longOptions.length === 0) return [];
    const what = [...problems, ...longNames, ...longOptions].join(', ');
    return [
      finding(
        this,
        {
          message: bi(`Varian tidak sesuai batas marketplace: ${what}.`, `Variants break the marketplace's limits: ${what}.`),
          why: bi(
            `Marketplace menolak saat unggah varian dengan lebih dari ${rule.maxTiers} tingkat, nama lebih dari ${rule.maxNameChars} karakter, atau pilihan lebih dari ${rule.maxOptionChars} karakter.`,
            `The marketplace refuses at upload more than ${rule.maxTiers} variant levels, names over ${rule.maxNameChars} characters, or options over ${rule.maxOptionChars} characters.`,
          ),
          fix: bi('Persingkat: nama varian satu kata ("Warna", "Ukuran"), pilihan pendek ("Hitam", "XL").', 'Shorten: one-word variant names ("Colour", "Size"), short options ("Black", "XL").'),
        },
        { source: rule.source, outcome: 'refused-at-upload' },
      ),
    ];
  },
});
