import type { CategoryId } from '../listing/category-id';
import { PhraseIndex, words } from './phrases';

/**
 * Category names as Shopee and Tokopedia write them in their trees (Tokopedia's tree: 30 roots; Shopee's top levels),
 * matched on whole words of each path segment, deepest segment first. A match on a top-level name is "broad": the
 * title may narrow it within the same family.
 */
const SPECIFIC = new PhraseIndex<CategoryId>([
  ['fresh-food', 'buah | daging | sayur | sayuran | seafood | telur | ikan segar | daging segar | buah & sayur'],
  ['beauty-tools', 'make up tools | makeup tools | brush applicator | aksesoris rambut | alat kecantikan | alat make up | beauty tools'],
  ['health', `kesehatan | obat | obat obatan | obat - obatan | vitamin | vitamin & multivitamin | suplemen | suplemen diet |
    suplemen kecantikan | suplemen kecantikan collagen | herbal | jamu | perlengkapan medis | masker medis & pelindung wajah`],
  ['food', `makanan ringan | kopi | teh | bahan kue | beras | bumbu & bahan masakan | bumbu | kue | makanan beku | makanan jadi |
    makanan kering | makanan sarapan | mie & pasta | minuman | susu & olahan susu | tepung | makanan sehat | hampers | snack | camilan`],
  ['beauty', `perawatan wajah | make up wajah | make up mata | lip color & lip care | masker kecantikan | pembersih make up | parfum |
    parfum, cologne, & fragrance | perawatan rambut | perawatan kulit | perawatan tubuh | perlengkapan mandi | kosmetik | skincare | makeup`],
  ['fashion', `pakaian | pakaian wanita | pakaian pria | busana | baju | celana | celana chino pria | celana jeans pria | celana pendek pria |
    celana bahan pria | celana jogger pria | jeans & denim | outerwear | hoodie | kaos | kemeja | dress | hijab | jilbab | sepatu | sandal | tas |
    jam tangan | perhiasan | batik | topi | seragam`],
  ['electronics', `handphone | android os | ios | laptop | komputer | tv & aksesoris | tv | audio | earphone | headphone | amplifier | speaker |
    kamera | alat pendingin ruangan | elektronik dapur | elektronik rumah tangga | elektronik kantor | gaming | game console | monitor | printer |
    power bank | wearable devices | tablet | networking | media penyimpanan data`],
  ['craft', `dekorasi | kerajinan | kerajinan tangan | furniture | dapur | peralatan dapur | peralatan makan & minum | perlengkapan pesta |
    persiapan pernikahan | buku tamu | souvenir | hadiah | taman | kamar tidur | ruang tamu & keluarga`],
  ['other', `mainan | mainan & hobi | hobi | model kit | figure | alat musik | alat musik digital | drum & perkusi | drum perkusi | gitar & bass |
    film & musik | film musik | olahraga | otomotif | buku | alat tulis | office & stationery | kertas | perawatan hewan | pertukangan`],
]);

const ROOTS = new PhraseIndex<CategoryId>([
  ['food', 'makanan & minuman | makanan dan minuman | makanan | food | food & beverages | beverages'],
  ['beauty', 'kecantikan | perawatan & kecantikan | perawatan dan kecantikan | beauty | personal care | perawatan tubuh'],
  ['health', 'kesehatan | health'],
  ['fashion', 'fashion | fashion pria | fashion wanita | fashion muslim | fashion anak & bayi | pakaian wanita | pakaian pria | clothes | apparel'],
  ['electronics', 'elektronik | electronics | handphone & tablet | handphone & aksesoris | komputer & laptop | komputer & aksesoris | audio, kamera & elektronik lainnya'],
  ['craft', 'rumah tangga | perlengkapan rumah | home & living | rumah & taman | perlengkapan pesta | wedding'],
  ['other', `mainan & hobi | hobi & koleksi | film & musik | olahraga | olahraga & outdoor | otomotif | buku | buku & alat tulis | ibu & bayi |
    office & stationery | perawatan hewan | pertukangan | produk lainnya | logam mulia | properti | tour, travel & voucher | souvenir & pesta`],
]);

/** Shopee category ids seen in its own API answers and the sample (catid → top level). */
const SHOPEE_CATIDS: Record<string, CategoryId> = { '100630': 'beauty', '100017': 'fashion', '100011': 'fashion', '100009': 'fashion' };

/** Splits "Makanan & Minuman > Kopi", "kecantikan-suplemen-kecantikan", "catid 100630 Perawatan & Kecantikan (Shopee ID)" into segments. */
export function pathSegments(path: readonly string[]): string[] {
  return path
    .flatMap((part) => part.split(/\s*(?:>|›|»|\/|\|)\s*|\s-\s|(?<=\p{L})-(?=\p{Lu})/u))
    .map((s) => s.replace(/\([^)]*\)/g, ' ').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

type PathCategory = { id: CategoryId; broad: boolean } | undefined;

/** Listings of one shop or one spreadsheet share a few category paths: remember them (bounded). */
const remembered = new Map<string, PathCategory>();

function readPath(path: readonly string[]): PathCategory {
  for (const segment of pathSegments(path).reverse()) {
    const tokens = words(segment);
    const specific = SPECIFIC.find(tokens)[0];
    if (specific) return { id: specific.value, broad: false };
    const root = ROOTS.find(tokens)[0];
    if (root) return { id: root.value, broad: true };
  }
  const catid = /\bcatid\s*(\d+)/i.exec(path.join(' '))?.[1];
  return catid && SHOPEE_CATIDS[catid] ? { id: SHOPEE_CATIDS[catid], broad: true } : undefined;
}

export function pathCategory(path: readonly string[]): PathCategory {
  const key = path.join('\u0000');
  if (remembered.has(key)) return remembered.get(key);
  const found = readPath(path);
  if (remembered.size > 500) remembered.clear();
  remembered.set(key, found);
  return found;
}
