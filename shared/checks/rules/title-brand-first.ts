import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';

export const titleBrandFirst = registerCheck({
  id: 'title-brand-first',
  area: 'judul',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia'],
  input: 'text',
  source: SOURCES.tokopediaBrandFirst,
  name: bi('Merek di depan judul', 'Brand first in the title'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Kopi Arabika Bubuk 200 gr Kapal Api', brand: 'Kapal Api' } },
    passing: { profile: 'tokopedia', listing: { title: 'Kapal Api Kopi Arabika Bubuk 200 gr', brand: 'Kapal Api' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const { listing, profile, facts } = ctx;
    const brand = listing.brand?.trim();
    if (!brand || /^(tidak ada merek|no brand|nobrand|none|-|lainnya|others?)$/i.test(brand)) return [];
    const title = facts.title.toLowerCase();
    const at = title.indexOf(brand.toLowerCase());
    if (at === 0) return [];
    const inTitle = at > 0;
    return [
      finding(
        this,
        {
          message: inTitle
            ? bi(`Merek "${brand}" ada di judul, tapi tidak di depan.`, `The brand "${brand}" is in the title, but not first.`)
            : bi(`Merek "${brand}" tidak ada di judul.`, `The brand "${brand}" is not in the title.`),
          why: bi(
            'Shopee menyarankan format Merek + Nama Produk + Model, dan Tokopedia meminta merek utama di depan. Merek di kolom merek harus sama dengan merek di judul.',
            'Shopee recommends Brand + Product Name + Model, and Tokopedia asks for the main brand first. The brand field must match the brand in the title.',
          ),
          fix: bi('Pindahkan atau tambahkan merek ke awal judul.', 'Move or add the brand to the start of the title.'),
          example: () => titleExample(this.id, ctx),
        },
        { source: profile === 'shopee' ? SOURCES.shopeeInspirasiName : SOURCES.tokopediaBrandFirst },
      ),
    ];
  },
});
