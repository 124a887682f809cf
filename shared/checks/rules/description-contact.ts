import { bi } from '../../i18n/text';
import { findContacts } from '../contact-patterns';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';
import { LONG_DESCRIPTION } from '../example-texts';

export const descriptionContact = registerCheck({
  id: 'description-contact',
  area: 'deskripsi',
  severity: 'blocked',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: SOURCES.shopeeInspirasiBlock,
  name: bi('Kontak atau marketplace lain di deskripsi', 'Contacts or other marketplaces in the description'),
  examples: {
    failing: {
      profile: 'shopee',
      listing: { title: 'Kopi Arabika Gayo 250 gr', description: `${LONG_DESCRIPTION}\nPesan lebih murah via WA 0812 3456 7890 atau cek toko kami di Tokopedia.` },
    },
    passing: { profile: 'shopee', listing: { title: 'Kopi Arabika Gayo 250 gr', description: LONG_DESCRIPTION } },
  },
  run({ listing, profile }) {
    if (!listing.description) return [];
    const own = listing.marketplace === 'other' ? undefined : listing.marketplace;
    const hits = findContacts(listing.description, own ?? (profile === 'generic' ? undefined : profile));
    if (hits.length === 0) return [];
    const shown = [...new Set(hits.map((h) => h.text.trim()))].slice(0, 5).join(', ');
    return [
      finding(
        this,
        {
          message: bi(`Deskripsi memuat kontak, tautan, atau marketplace lain: ${shown}.`, `The description has contacts, links or other marketplaces: ${shown}.`),
          why: bi(
            'Shopee memblokir atau menghapus produk yang menyebut marketplace lain, tautan, atau kontak di luar aplikasi (WhatsApp, nomor HP). Tokopedia (TikTok Shop) juga melarangnya.',
            'Shopee blocks or deletes products that mention other marketplaces, links or off-platform contacts (WhatsApp, phone numbers). Tokopedia (TikTok Shop) forbids them too.',
          ),
          fix: bi('Hapus nomor HP, WhatsApp, tautan, dan nama marketplace lain dari deskripsi.', 'Remove phone numbers, WhatsApp, links and other marketplace names from the description.'),
        },
        { severity: profile === 'generic' ? 'advice' : 'blocked' },
      ),
    ];
  },
});
