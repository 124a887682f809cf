import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import type { CategoryId } from '../category';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';

/**
 * A model or type code is the key detail of an electronics or hobby title: "F499", "WA90T5260BY", "HR2115", "DDJ-SX3",
 * "L40", and a scale such as "1/144".
 */
const MODEL_CODE = /(?<![\p{L}\p{N}])(?:(?=[A-Za-z-]*\d)(?=[\dA-Za-z-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|\d+\/\d{2,})(?![\p{L}\p{N}])/u;

const HINTS: Record<CategoryId, { id: string; en: string }> = {
  food: bi('berat bersih atau rasa (250 gr, Rasa Balado)', 'net weight or flavour (250 gr, Balado flavour)'),
  'fresh-food': bi('berat (1 kg, 500 gr)', 'weight (1 kg, 500 gr)'),
  health: bi('isi (60 kapsul, 250 ml)', 'contents (60 capsules, 250 ml)'),
  fashion: bi('bahan dan ukuran (Katun, M–XL)', 'material and size (Cotton, M–XL)'),
  beauty: bi('isi bersih (30 ml)', 'net content (30 ml)'),
  'beauty-tools': bi('bahan, ukuran, atau jumlah isi', 'material, size or count'),
  craft: bi('bahan dan ukuran (Rotan, 30 × 20 cm)', 'material and size (Rattan, 30 × 20 cm)'),
  electronics: bi('tipe atau model (A12)', 'type or model (A12)'),
  other: bi('ukuran, isi, atau bahan', 'size, quantity or material'),
};

export const titleStructure = registerCheck({
  id: 'title-structure',
  area: 'judul',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.shopeeInspirasiName,
  name: bi('Judul tanpa spesifikasi utama', 'Title without a key specific'),
  examples: {
    failing: { profile: 'generic', listing: { title: 'Keripik Pisang Enak Renyah Khas Lampung Asli' } },
    passing: { profile: 'generic', listing: { title: 'Sensor AC Sharp Original F499' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const { profile, facts } = ctx;
    const s = facts.titleSpecifics;
    const food = facts.category.id === 'food' || facts.category.id === 'fresh-food';
    const hasSpecific = s.hasQuantity || s.materials.length > 0 || s.flavours.length > 0 || (!food && MODEL_CODE.test(facts.title));
    if (hasSpecific || facts.title.length < 10) return [];
    const hint = facts.categorySure ? HINTS[facts.category.id] : HINTS.other;
    return [
      finding(
        this,
        {
          message: bi('Judul belum menyebut spesifikasi utama produk.', "The title doesn't state the product's key specific."),
          why: bi(
            `Pembeli mencari dengan kata yang spesifik, misalnya ${hint.id}. Judul dengan Jenis + Merek + Spesifikasi lebih mudah ditemukan di pencarian.`,
            `Buyers search with specific words, such as ${hint.en}. A Type + Brand + Specific title is easier to find in search.`,
          ),
          fix: bi(`Tambahkan ${hint.id} ke judul.`, `Add ${hint.en} to the title.`),
          example: () => titleExample(this.id, ctx),
        },
        {
          certainty: facts.category.from === 'title' ? 'estimated' : 'measured',
          source: profile === 'tokopedia' ? SOURCES.ttsSeaTitle : SOURCES.shopeeInspirasiName,
          outcome: 'search',
        },
      ),
    ];
  },
});
