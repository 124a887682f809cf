import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import { contactRule, contactsIn, shownHits } from '../contact-rule';
import { finding, registerCheck } from '../registry';
import { SOURCES } from '../sources';

export const titleContact = registerCheck({
  id: 'title-contact',
  area: 'judul',
  severity: 'blocked',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.shopeeInspirasiBlock,
  name: bi('Kontak, tautan, atau marketplace lain di judul', 'Contacts, links or other marketplaces in the title'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Keripik Pisang Lampung 250 gr WA 0812-3456-7890 ada di Tokopedia' } },
    passing: { profile: 'shopee', listing: { title: 'Mesin Cuci Samsung WA90T5260BY 9 kg Paket 2 @ 2.5 kg' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const { listing, profile, facts } = ctx;
    const hits = contactsIn(facts.title, listing, profile, facts);
    if (hits.length === 0) return [];
    const rule = contactRule(profile);
    return [
      finding(
        this,
        {
          message: bi(`Judul memuat kontak, tautan, atau nama marketplace lain: ${shownHits(hits)}.`, `The title has contacts, links or another marketplace's name: ${shownHits(hits)}.`),
          why: rule.why,
          fix: bi(
            'Hapus nomor HP, tautan, akun media sosial, dan nama marketplace lain dari judul. Pembeli bisa menghubungi Anda lewat fitur chat.',
            'Remove phone numbers, links, social media accounts and other marketplace names from the title. Buyers can reach you through the chat feature.',
          ),
          example: () => titleExample(this.id, ctx),
        },
        { severity: rule.severity, source: rule.source },
      ),
    ];
  },
});
