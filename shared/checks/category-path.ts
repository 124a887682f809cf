import type { CategoryId } from '../listing/category-id';
import { phrases } from './phrases';

/**
 * Category names as Shopee and Tokopedia write them in their trees (Tokopedia's tree: 30 roots; Shopee's top levels),
 * matched on whole words of each path segment, deepest segment first. A match on a top-level name is "broad": the
 * title may narrow it within the same family.
 */
const SPECIFIC: Array<[CategoryId, RegExp]> = [
  ['fresh-food', phrases('buah | daging | sayur | sayuran | seafood | telur | ikan segar | daging segar | buah & sayur')],
  ['beauty-tools', phrases('make up tools | makeup tools | brush applicator | aksesoris rambut | alat kecantikan | alat make up | beauty tools')],
  ['health', phrases(`kesehatan | obat | obat obatan | obat - obatan | vitamin | vitamin & multivitamin | suplemen | suplemen diet |
    suplemen kecantikan | suplemen kecantikan collagen | herbal | jamu | perlengkapan medis | masker medis & pelindung wajah`)],
  ['food', phrases(`makanan ringan | kopi | teh | bahan kue | beras | bumbu & bahan masakan | bumbu | kue | makanan beku | makanan jadi |
    makanan kering | makanan sarapan | mie & pasta | minuman | susu & olahan susu | tepung | makanan sehat | hampers | snack | camilan`)],
  ['beauty', phrases(`perawatan wajah | make up wajah | make up mata | lip color & lip care | masker kecantikan | pembersih make up | parfum |
    parfum, cologne, & fragrance | perawatan rambut | perawatan kulit | perawatan tubuh | perlengkapan mandi | kosmetik | skincare | makeup`)],
  ['fashion', phrases(`pakaian | pakaian wanita | pakaian pria | busana | baju | celana | celana chino pria | celana jeans pria | celana pendek pria |
    celana bahan pria | celana jogger pria | jeans & denim | outerwear | hoodie | kaos | kemeja | dress | hijab | jilbab | sepatu | sandal | tas |
    jam tangan | perhiasan | batik | topi | seragam`)],
  ['electronics', phrases(`handphone | android os | ios | laptop | komputer | tv & aksesoris | tv | audio | earphone | headphone | amplifier | speaker |
    kamera | alat pendingin ruangan | elektronik dapur | elektronik rumah tangga | elektronik kantor | gaming | game console | monitor | printer |
    power bank | wearable devices | tablet | networking | media penyimpanan data`)],
  ['craft', phrases(`dekorasi | kerajinan | kerajinan tangan | furniture | dapur | peralatan dapur | peralatan makan & minum | perlengkapan pesta |
    persiapan pernikahan | buku tamu | souvenir | hadiah | taman | kamar tidur | ruang tamu & keluarga`)],
  ['other', phrases(`mainan | mainan & hobi | hobi | model kit | figure | alat musik | alat musik digital | drum & perkusi | drum perkusi | gitar & bass |
    film & musik | film musik | olahraga | otomotif | buku | alat tulis | office & stationery | kertas | perawatan hewan | pertukangan`)],
];

const ROOTS: Array<[CategoryId, RegExp]> = [
  ['food', phrases('makanan & minuman | makanan dan minuman | makanan | food | food & beverages | beverages')],
  ['beauty', phrases('kecantikan | perawatan & kecantikan | perawatan dan kecantikan | beauty | personal care | perawatan tubuh')],
  ['health', phrases('kesehatan | health')],
  ['fashion', phrases('fashion | fashion pria | fashion wanita | fashion muslim | fashion anak & bayi | pakaian wanita | pakaian pria | clothes | apparel')],
  ['electronics', phrases('elektronik | electronics | handphone & tablet | handphone & aksesoris | komputer & laptop | komputer & aksesoris | audio, kamera & elektronik lainnya')],
  ['craft', phrases('rumah tangga | perlengkapan rumah | home & living | rumah & taman | perlengkapan pesta | wedding')],
  ['other', phrases(`mainan & hobi | hobi & koleksi | film & musik | olahraga | olahraga & outdoor | otomotif | buku | buku & alat tulis | ibu & bayi |
    office & stationery | perawatan hewan | pertukangan | produk lainnya | logam mulia | properti | tour, travel & voucher | souvenir & pesta`)],
];

/** Shopee category ids seen in its own API answers and the sample (catid → top level). */
const SHOPEE_CATIDS: Record<string, CategoryId> = { '100630': 'beauty', '100017': 'fashion', '100011': 'fashion', '100009': 'fashion' };

/** Splits "Makanan & Minuman > Kopi", "kecantikan-suplemen-kecantikan", "catid 100630 Perawatan & Kecantikan (Shopee ID)" into segments. */
export function pathSegments(path: readonly string[]): string[] {
  return path
    .flatMap((part) => part.split(/\s*(?:>|›|»|\/|\|)\s*|\s-\s|(?<=\p{L})-(?=\p{Lu})/u))
    .map((s) => s.replace(/\([^)]*\)/g, ' ').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function pathCategory(path: readonly string[]): { id: CategoryId; broad: boolean } | undefined {
  const segments = pathSegments(path);
  for (const segment of [...segments].reverse()) {
    for (const [id, re] of SPECIFIC) if (re.test(segment)) return { id, broad: false };
    for (const [id, re] of ROOTS) if (re.test(segment)) return { id, broad: true };
  }
  const catid = /\bcatid\s*(\d+)/i.exec(path.join(' '))?.[1];
  if (catid && SHOPEE_CATIDS[catid]) return { id: SHOPEE_CATIDS[catid], broad: true };
  return undefined;
}
