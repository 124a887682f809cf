import { bi, type BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';
import { findContacts, type ContactHit } from './contact-patterns';
import type { ListingFacts } from './facts';
import { SOURCES } from './sources';
import type { ProfileId, RuleSource, Severity } from './types';

/**
 * What a contact in a listing means on each marketplace (docs/rules.md#shopee-what-gets-a-product-blocked,
 * #tokopedia-contacts-and-transactions-outside-the-platform): blocked on Shopee, the shop moderated on Tokopedia,
 * advice elsewhere.
 */
export function contactRule(profile: ProfileId): { severity: Severity; source: RuleSource; why: BilingualText } {
  if (profile === 'shopee') {
    return {
      severity: 'blocked',
      source: SOURCES.shopeeInspirasiBlock,
      why: bi(
        'Shopee memblokir atau menghapus produk yang menyebut marketplace lain, tautan, atau kontak di luar aplikasi (WhatsApp, nomor HP, akun media sosial).',
        'Shopee blocks or deletes products that mention other marketplaces, links or off-platform contacts (WhatsApp, phone numbers, social media accounts).',
      ),
    };
  }
  if (profile === 'tokopedia') {
    return {
      severity: 'blocked',
      source: SOURCES.tokopediaOffPlatform,
      why: bi(
        'Tokopedia meminta semua transaksi terjadi di Tokopedia: mengajak pembeli lewat WhatsApp, nomor HP, tautan, atau akun media sosial bisa membuat toko dimoderasi.',
        'Tokopedia requires every sale to happen on Tokopedia: inviting buyers to WhatsApp, phone numbers, links or social media accounts can get the shop moderated.',
      ),
    };
  }
  return {
    severity: 'advice',
    source: SOURCES.rapiHeuristic,
    why: bi('Toko online umumnya tidak mengizinkan kontak di luar aplikasinya.', 'Online shops usually do not allow contacts outside their app.'),
  };
}

export function contactsIn(text: string, listing: Listing, profile: ProfileId, facts: ListingFacts): ContactHit[] {
  const own = listing.marketplace === 'other' ? (profile === 'generic' ? undefined : profile) : listing.marketplace;
  return findContacts(text, { own, ...(facts.shopName ? { shopName: facts.shopName } : {}) });
}

export function shownHits(hits: ContactHit[], max = 5): string {
  return [...new Set(hits.map((h) => h.text.trim()))].slice(0, max).join(', ');
}

