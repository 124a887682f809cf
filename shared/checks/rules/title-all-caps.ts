import { bi } from '../../i18n/text';
import { SOURCES, shopeeAsReference } from '../sources';
import { finding, registerCheck } from '../registry';
import { titleShouts } from '../shouting';
import { titleExample } from '../../suggest/examples';

export const titleAllCaps = registerCheck({
  id: 'title-all-caps',
  area: 'judul',
  severity: 'advice',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.shopeeNamingGuide,
  name: bi('Judul HURUF BESAR semua', 'ALL CAPS title'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'KERIPIK PISANG COKELAT LAMPUNG 250 GR RENYAH' } },
    passing: { profile: 'shopee', listing: { title: 'Keripik Pisang Cokelat Lampung 250 gr Renyah' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const { listing, profile, facts } = ctx;
    if (!titleShouts(facts.title, listing.brand)) return [];
    return [
      finding(
        this,
        {
        message: bi('Judul ditulis dengan HURUF BESAR semua.', 'The title is written in ALL CAPS.'),
        why: bi(
          'Judul dengan huruf besar semua terasa berteriak dan sulit dibaca; panduan penamaan Shopee melarangnya (kecuali merek).',
          "An all-caps title reads as shouting and is hard to read; Shopee's naming guideline forbids it (brands excepted).",
        ),
        fix: bi('Tulis huruf besar hanya di awal setiap kata.', 'Capitalise only the first letter of each word.'),
        example: () => titleExample(this.id, ctx),
        },
        // Neither Tokopedia nor TikTok Shop publishes a rule on capitals: Shopee's guideline, said to be a reference.
        { source: profile === 'tokopedia' ? shopeeAsReference(SOURCES.shopeeNamingGuide) : SOURCES.shopeeNamingGuide, outcome: 'buyers' },
      ),
    ];
  },
});
