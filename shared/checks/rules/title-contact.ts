import { bi } from '../../i18n/text';
import { findContacts } from '../contact-patterns';
import { SOURCES } from '../sources';
import { finding, registerCheck } from '../registry';

export const titleContact = registerCheck({
  id: 'title-contact',
  area: 'judul',
  severity: 'blocked',
  profiles: ['shopee', 'tokopedia', 'generic'],
  source: SOURCES.shopeeInspirasiBlock,
  name: bi('Kontak, tautan, atau marketplace lain di judul', 'Contacts, links or other marketplaces in the title'),
  examples: {
    failing: { profile: 'shopee', listing: { title: 'Keripik Pisang Lampung 250 gr WA 0812-3456-7890 ada di Tokopedia' } },
    passing: { profile: 'shopee', listing: { title: 'Keripik Pisang Lampung 250 gr Renyah Rasa Cokelat' } },
  },
  run({ listing, profile, facts }) {
    const own = listing.marketplace === 'other' ? undefined : listing.marketplace;
    const hits = findContacts(facts.title, own);
    if (hits.length === 0) return [];
    const shown = [...new Set(hits.map((h) => h.text))].join(', ');
    return [
      finding(
        this,
        {
          message: bi(`Judul memuat kontak, tautan, atau nama marketplace lain: ${shown}.`, `The title has contacts, links or another marketplace's name: ${shown}.`),
          why:
            profile === 'generic'
              ? bi('Pembeli dan toko online umumnya tidak mengizinkan kontak di judul.', 'Shops usually do not allow contacts in titles.')
              : bi(
                  'Shopee memblokir atau menghapus produk yang menyebut marketplace lain atau kontak di luar aplikasi. Tokopedia (TikTok Shop) juga melarangnya.',
                  'Shopee blocks or deletes products that mention other marketplaces or off-platform contacts. Tokopedia (TikTok Shop) forbids them too.',
                ),
          fix: bi(
            'Hapus nomor HP, tautan, dan nama marketplace lain. Pembeli bisa menghubungi Anda lewat fitur chat.',
            'Remove phone numbers, links and other marketplace names. Buyers can reach you through the chat feature.',
          ),
        },
        { severity: profile === 'generic' ? 'advice' : 'blocked' },
      ),
    ];
  },
});
