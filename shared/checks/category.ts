import { bi, type BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';

export const CATEGORIES = ['food', 'fashion', 'beauty', 'craft', 'electronics', 'other'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Record<CategoryId, BilingualText> = {
  food: bi('Makanan & Minuman', 'Food & drink'),
  fashion: bi('Fesyen', 'Fashion'),
  beauty: bi('Kecantikan & Perawatan', 'Beauty & care'),
  craft: bi('Kerajinan & Rumah', 'Craft & home'),
  electronics: bi('Elektronik', 'Electronics'),
  other: bi('Lainnya', 'Other'),
};

export interface CategoryGuess {
  id: CategoryId;
  /** From the listing's category path (measured) or guessed from the title (estimated). */
  from: 'category' | 'title' | 'none';
  /** 0–1: how sure the title guess is. */
  confidence: number;
}

function pattern(list: string): RegExp {
  return new RegExp(String.raw`\b(?:${list.trim().split(/\s*\|\s*/).join('|')})`, 'i');
}

// Category names as Shopee and Tokopedia write them in their trees (Indonesian and English).
const CATEGORY_PATH: Array<[CategoryId, RegExp]> = [
  ['food', pattern('makanan|minuman|kuliner|food|beverage|bahan pokok|bahan makanan|camilan|snack|kopi|teh|bumbu')],
  ['beauty', pattern('kecantikan|perawatan|kosmetik|skincare|beauty|make ?up|parfum|personal care')],
  ['electronics', pattern('elektronik|handphone|komputer|laptop|audio|kamera|gadget|gaming|televisi|electronics|mobile|phones?|android|ios|smartphone')],
  ['fashion', pattern('fashion|pakaian|busana|baju|sepatu|tas|muslim|hijab|jam tangan|perhiasan|clothes|apparel|shoes|bags?')],
  ['craft', pattern('rumah tangga|dekorasi|kerajinan|perlengkapan rumah|dapur|furniture|furnitur|home|living|perabot|souvenir|hobi|koleksi|craft|alat tulis|buku')],
];

// Product nouns sellers put in titles. Order matters: food words beat "tas" in "tas kopi"? No: first hit wins by weight.
const TITLE_WORDS: Array<[CategoryId, RegExp]> = [
  ['food', pattern(`kopi|teh|keripik|kripik|kerupuk|krupuk|rempeyek|peyek|sambal|sambel|madu|gula aren|gula semut|gula merah|emping|kue|cookies|
    brownies|bolu|roti|abon|dendeng|dodol|rendang|nugget|frozen food|bumbu|rempah|beras|minyak goreng|minyak kelapa|sirup|susu|
    cokelat|coklat|snack|camilan|cemilan|basreng|makaroni|seblak|jamu|wedang|bandrek|selai|kacang|manisan|permen|mie|bihun|
    sagu|tepung|ikan asin|terasi|petis|kecap|saus|teri|kurma|granola|oat|cireng|rengginang|opak|bakpia|lapis|pempek|sosis`)],
  ['beauty', pattern(`serum|toner|sabun|lotion|krim|cream|lipstik|lip ?tint|bedak|masker|parfum|perfume|shampo|sampo|skincare|
    scrub|body butter|deodoran|facial wash|sunscreen|minyak rambut|hair tonic|lulur|essential oil|minyak atsiri|balm|cushion|foundation`)],
  ['electronics', pattern(`hp|handphone|smartphone|charger|kabel data|earphone|headset|earbuds|speaker|laptop|mouse|keyboard|
    power ?bank|tv|oled|led tv|kamera|flashdisk|memory card|router|modem|smartwatch|tablet|monitor|proyektor|kipas angin|setrika|blender|rice cooker`)],
  ['fashion', pattern(`kaos|kemeja|baju|dress|gamis|hijab|jilbab|kerudung|pashmina|celana|rok|jaket|hoodie|sweater|sepatu|sandal|
    dompet|kebaya|mukena|sarung|topi|piyama|daster|tunik|blouse|outer|cardigan|kulot|legging|batik|tas|totebag|sling bag|ransel|
    kalung|gelang|cincin|anting|bros|peci|songkok|kain tenun|jam tangan`)],
  ['craft', pattern(`vas|keranjang|anyaman|rotan|ukiran|gerabah|hiasan|dekorasi|lampu hias|taplak|sarung bantal|tempat tisu|
    tempat tissue|rak|meja|kursi|gantungan kunci|souvenir|suvenir|piring|mangkok|mangkuk|cangkir|gelas|nampan|tatakan|talenan|
    lukisan|patung|wayang|miniatur|pot|tikar|karpet|kerajinan|handmade`)],
];

function fromPath(path: readonly string[]): CategoryId | undefined {
  const joined = path.join(' › ');
  for (const [id, re] of CATEGORY_PATH) if (re.test(joined)) return id;
  return undefined;
}

export function categorize(listing: Pick<Listing, 'categoryPath' | 'title'>): CategoryGuess {
  if (listing.categoryPath?.length) {
    const id = fromPath(listing.categoryPath);
    if (id) return { id, from: 'category', confidence: 1 };
  }
  const hits = TITLE_WORDS.filter(([, re]) => re.test(listing.title));
  if (hits.length === 0) return { id: 'other', from: 'none', confidence: 0 };
  // Two categories hit ("tas kopi"): keep the first in priority order but say we are less sure.
  return { id: hits[0]![0], from: 'title', confidence: hits.length === 1 ? 0.8 : 0.5 };
}
