import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import { PROFILES } from '../profiles';
import { finding, registerCheck } from '../registry';

export const titleShortForSearch = registerCheck({
  id: 'title-short-for-search',
  area: 'judul',
  severity: 'quality',
  profiles: ['tokopedia'],
  input: 'text',
  source: PROFILES.tokopedia.title.searchMinSource!,
  name: bi('Judul kurang dari 40 karakter', 'Title under 40 characters'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Keripik Pisang Lampung Manis' } },
    passing: { profile: 'tokopedia', listing: { title: 'Keripik Pisang Lampung Rasa Cokelat 250 gr Renyah' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const { profile, facts } = ctx;
    const rule = PROFILES[profile].title;
    const length = facts.title.length;
    // Under the minimum, title-too-short covers this rule too and names its code.
    if (!rule.searchMin || length < rule.min || length >= rule.searchMin) return [];
    return [
      finding(
        this,
        {
          message: bi(`Judul produk ${length} karakter, kurang dari ${rule.searchMin}.`, `The product title is ${length} characters, under ${rule.searchMin}.`),
          why: bi(
            'Diagnosis produk Tokopedia menandai judul di bawah 40 karakter: produk lebih sulit ditemukan di pencarian.',
            "Tokopedia's product diagnosis flags titles under 40 characters: the product is harder to find in search.",
          ),
          fix: bi(
            'Tambahkan spesifikasi yang dicari pembeli: berat atau ukuran, bahan, rasa atau warna.',
            'Add the specifics buyers search for: weight or size, material, flavour or colour.',
          ),
          example: () => titleExample(this.id, ctx),
        },
        { outcome: 'diagnosis' },
      ),
    ];
  },
});
