import { bi } from '../../i18n/text';
import { contactRule, contactsIn, shownHits } from '../contact-rule';
import { LONG_DESCRIPTION } from '../example-texts';
import { finding, registerCheck } from '../registry';
import { SOURCES } from '../sources';

export const descriptionContact = registerCheck({
  id: 'description-contact',
  area: 'deskripsi',
  severity: 'blocked',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.shopeeInspirasiBlock,
  name: bi('Kontak atau marketplace lain di deskripsi', 'Contacts or other marketplaces in the description'),
  examples: {
    failing: {
      profile: 'shopee',
      listing: { title: 'Kopi Arabika Gayo 250 gr', description: `${LONG_DESCRIPTION}\nPesan lebih murah via WA 0812 3456 7890 atau cek toko kami di Tokopedia.` },
    },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', description: `${LONG_DESCRIPTION}\nProsesor 2.4GHz @ 1080p@30fps.` } },
  },
  run({ listing, profile, facts }) {
    if (!listing.description) return [];
    const hits = contactsIn(listing.description, listing, profile, facts);
    if (hits.length === 0) return [];
    const rule = contactRule(profile);
    const shown = shownHits(hits);
    return [
      finding(
        this,
        {
          message: bi(`Deskripsi memuat kontak, tautan, atau marketplace lain: ${shown}.`, `The description has contacts, links or other marketplaces: ${shown}.`),
          why: rule.why,
          fix: bi(
            'Hapus nomor HP, WhatsApp, tautan, akun media sosial, dan nama marketplace lain dari deskripsi. Pembeli bisa bertanya lewat fitur chat.',
            'Remove phone numbers, WhatsApp, links, social media accounts and other marketplace names from the description. Buyers can ask through the chat feature.',
          ),
        },
        { severity: rule.severity, source: rule.source },
      ),
    ];
  },
});
