/**
 * A Rapi data file (shared/export) with the long names real UMKM listings have: drafts, one showcase with its
 * items, and one coaching session, made with the real session operations. Long titles, long shop and participant
 * names, and model codes like "48C4PSA" are exactly what broke the pages at phone width.
 */
import type { ExportFileInput } from '../../shared/export/schema';
import { Listing, type ListingInput } from '../../shared/listing/schema';
import { addEntries, addParticipant, editListing, entryFor, newSession, type OpResult, type Session } from '../../extension/coaching/session-ops';

const T0 = Date.UTC(2026, 10, 20, 2, 0, 0);

export const LONG = {
  draftKey: 'tokopedia:item:enterelectronic/lg-oled-48c4',
  showcaseId: 'etalase-kedai-kuru',
  sessionId: 'sesi-bandung',
  participantId: 'p-sri',
};

const LISTINGS: ListingInput[] = [
  {
    marketplace: 'tokopedia',
    sourceUrl: 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4',
    title: 'LG OLED 48C4PSA - OLED EVO 4K SMART TV 48 INCH 120HZ DOLBY VISION ATMOS LG 48C4 OLED48C4 OLED48C4PSA',
    description: 'TV OLED LG 48 inci. Garansi resmi LG Indonesia 2 tahun.',
    price: 17999000,
    stock: 5,
    shopName: 'Enter Electronic Official Store Jakarta Barat',
    shopCity: 'Jakarta Barat',
  },
  {
    marketplace: 'shopee',
    sourceUrl: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123',
    title: 'Kopi Arabika Gayo Wine Process Premium Specialty Grade 1 Biji Sangrai Medium Roast 250 gr Kemasan Valve Zipper',
    description: 'Arabika Gayo proses wine, sangrai medium. Berat bersih 250 gr.',
    price: 85000,
    shopName: 'Kopi Takengon Gayo Highland Official Shop',
    shopCity: 'Kab. Aceh Tengah',
  },
  {
    marketplace: 'shopee',
    sourceUrl: 'https://shopee.co.id/Keripik-Pisang-i.1.2',
    title: 'Keripik Pisang Kepok Asli Lampung Rasa Cokelat Lumer Tanpa Pengawet Halal MUI 250 gr Isi 2 Bungkus Oleh-Oleh Khas',
    price: 25000,
    shopName: 'Dapur Kue Tradisional Bunda Sri Wahyuningsih',
    shopCity: 'Kota Bandar Lampung',
  },
];

function must(result: OpResult): Session {
  if (!result.ok) throw new Error(`phone-width data: ${result.problems.map((p) => p.text.en).join('; ')}`);
  return result.session;
}

function session(): Session {
  const [tv, kopi, keripik] = LISTINGS.map((l) => Listing.parse(l)) as [Listing, Listing, Listing];
  let s = must(
    newSession(
      { name: 'Pelatihan Digitalisasi UMKM Kuliner dan Kerajinan Kabupaten Bandung Barat Angkatan Ketiga', date: '2026-11-20', place: 'Aula Kecamatan Lembang, Kabupaten Bandung Barat', trainer: 'Rina Kartikasari' },
      T0,
      LONG.sessionId,
    ),
  );
  s = must(addParticipant(s, { name: 'Ibu Sri Wahyuningsih Kusumawardhani', shop: 'Dapur Kue Tradisional Bunda Sri Wahyuningsih', whatsapp: '0812-3456-7890' }, T0, LONG.participantId));
  s = must(addParticipant(s, { name: 'Bapak Muhammad Rizky Pratama Nugraha', shop: 'Kopi Takengon Gayo Highland' }, T0, 'p-rizky'));
  s = must(addEntries(s, LONG.participantId, [entryFor({ listing: keripik, source: 'page', origin: keripik.sourceUrl }, T0, 'l-keripik')], T0));
  s = must(
    addEntries(
      s,
      'p-rizky',
      [entryFor({ listing: kopi, source: 'page', origin: kopi.sourceUrl }, T0, 'l-kopi'), entryFor({ listing: tv, source: 'manual' }, T0, 'l-tv')],
      T0,
    ),
  );
  return must(editListing(s, LONG.participantId, 'l-keripik', { ...keripik, weightGrams: 260, brand: 'Dapur Bunda Sri' }, T0 + 60_000));
}

export function longNamesExport(): ExportFileInput {
  const listings = LISTINGS.map((l) => Listing.parse(l));
  const keys = [LONG.draftKey, 'shopee:item:358812345.24567890123', 'shopee:item:1.2'];
  const items = listings.map((l, i) => ({
    id: `item-${i}`,
    showcaseId: LONG.showcaseId,
    position: i,
    item: {
      id: `produk-${i}`,
      name: l.title,
      ...(l.price !== undefined ? { price: { idr: l.price } } : {}),
      seller: { name: l.shopName!, city: l.shopCity },
      category: ['Elektronik Rumah Tangga', 'Kopi dan Minuman Tradisional', 'Camilan Oleh-Oleh Khas Daerah'][i],
      links: l.marketplace === 'shopee' ? { shopee: l.sourceUrl, whatsapp: { number: '0812-3456-7890' } } : { tokopedia: l.sourceUrl },
    },
    origin: { kind: 'page' as const, url: l.sourceUrl },
    createdAt: T0,
    updatedAt: T0,
  }));
  return {
    format: 'rapi-export',
    version: 1,
    exportedAt: T0,
    drafts: listings.map((listing, i) => ({ key: keys[i]!, listing, rev: 1, createdAt: T0, updatedAt: T0, conflicts: [] })),
    revisions: listings.map((listing, i) => ({ draftKey: keys[i]!, rev: 1, listing, savedAt: T0, kind: 'created' as const })),
    sessions: [session()],
    showcases: [
      {
        id: LONG.showcaseId,
        title: 'Produk Lokal Pilihan Kedai Kopi Kuru dan Komunitas UMKM Bandung Utara',
        curator: { name: 'Kedai Kopi Kuru Lembang Bandung Barat', url: 'https://kedaikopikuru.example/' },
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    showcase: items,
  };
}
