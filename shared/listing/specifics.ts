import { findQuantities, hasAnyQuantity, type Quantity } from './parse-units';

/** What a listing's own words say about the product: the facts a buyer searches for and the marketplace asks for. */
export interface Specifics {
  quantities: Quantity[];
  /** Any quantity at all; cheaper than `quantities` on long texts. */
  hasQuantity: boolean;
  /** Net weight or volume ("250 gr", "500 ml"). */
  netContent?: Quantity;
  dimensions?: Quantity;
  clothingSize?: Quantity;
  count?: Quantity;
  materials: string[];
  flavours: string[];
  /** "khas Garut", "asli Lebak". */
  origin?: string;
  /** "tahan 3 bulan", "exp", "kedaluwarsa". */
  shelfLife?: string;
  halal?: string;
  /** "P-IRT No. 2063273010123-25"; the number when written. */
  pirt?: string;
  bpom?: string;
  sni?: string;
  nkv?: string;
  sizeChart?: string;
  boxContents?: string;
  warranty?: string;
}

function words(list: string): string {
  return list.trim().split(/\s*\|\s*/).join('|');
}

/**
 * Materials as sellers name them (fabric lexicon included). "Batik tulis", "batik cap", "tenun" and "songket" are
 * techniques, not materials, so they are not here.
 */
export const MATERIAL = new RegExp(
  String.raw`\b(${words(`katun jepang|katun rayon|katun combed|katun|cotton combed|cotton|combed|kulit sintetis|kulit sapi|kulit|leather|
  kayu jati|kayu|jati|mahoni|rotan|bambu|pandan|mendong|eceng gondok|stainless steel|stainless|plastik|kaca|keramik|tanah liat|gerabah|linen|
  rayon|polyester|poliester|denim|jeans|sutra|silk|semi wool|semi woll|wool|woll|wol|akrilik|silikon|silicone|besi|aluminium|tembaga|kuningan|
  perak|emas|fleece|babyterry|baby terry|spandex|jersey|drill|canvas|kanvas|satin|chiffon|sifon|toyobo|wolfis|wolfice|resin|akasia|kertas|
  kardus|karton|melamin|porselen|ABS|PVC|nilon|nylon|karet|rubber|suede|velvet|beludru|brokat|organza|crinkle|ceruty|cerutty|cerruti|cerutti|
  moscrepe|maxmara|twill|viscose|tencel|voal|voile|primisima|dobby|flanel|flannel|lycra|scuba|bubble crepe|crepe|taslan|parasut|
  microfiber|mikrofiber|akrilik|marmer|batu alam|kuningan|titanium|tembikar`)})\b`,
  'gi',
);
const FLAVOUR = new RegExp(
  String.raw`\b(?:rasa|varian|aroma)\s+([a-z]+)|\b(${words(`original|pedas|extra pedas|balado|manis|asin|gurih|keju|coklat|cokelat|
  stroberi|strawberry|vanila|vanilla|pandan|durian|jagung bakar|sapi panggang|rumput laut|bbq|barbeque|matcha|
  taro|kacang|mangga|jeruk|nanas|melon|sambal|bawang|original|tawar|madu`)})\b`,
  'i',
);
const ORIGIN = /\b(?:[Kk]has|KHAS|[Aa]sli|ASLI|[Pp]roduksi|[Bb]uatan)\s+([A-Z][a-zA-Z]+(?:\s[A-Z][a-zA-Z]+)?)/;
const DATE = String.raw`\d{1,2}[/.-]\d{2,4}(?:[/.-]\d{2,4})?`;
const DURATION = String.raw`(?:hingga\s+|sampai\s+|kurang\s+lebih\s+|\+-?\s*|±\s*)?(?:\d+(?:\s*-\s*\d+)?|se|satu|dua|tiga|enam)\s*(?:hari|minggu|bulan|bln|tahun|thn)\b`;
/**
 * Shelf life as sellers write it: "tahan 3 bulan", "awet 2 minggu", a label with what follows it ("Masa simpan: 6
 * bulan", "Expired: 12/2026"), or a bare label ("kedaluwarsa tertera di kemasan") when no duration follows.
 */
const SHELF_LIFE = new RegExp(
  String.raw`\b(?:(?:tahan|awet|bertahan|daya\s+simpan)\s+${DURATION}|(?:(?:masa|umur)\s+simpan|kedaluwarsa|kadaluarsa|kadaluwarsa|expired?|best\s+before|baik\s+digunakan\s+sebelum|shelf\s+life)(?:\s*[:=-]?\s*(?:${DURATION}|${DATE}))?|(?:exp|ed)\.?\s*(?:date)?\s*:?\s*${DATE})`,
  'i',
);
const HALAL = /\b(?:halal(?:\s+mui|\s+bpjph)?|bpjph|sertifikat\s+halal|label\s+halal)\b(?:\s*(?:no\.?|nomor|:)?\s*:?\s*(?:ID\d{10,}|\d{8,}))?/i;
const PIRT = /\b(p-?\s?irt|spp-?irt|pirt)\b(?:\s*(?:no\.?|nomor|:)?\s*[:.]?\s*(\d[\d\s.-]{8,22}\d))?/i;
const BPOM = /\b(?:bpom(?:\s+ri)?\s*(?:no\.?|nomor)?\s*:?\s*)?((?:md|ml|na|ne|tr|ti|sd|si|dbl|dkl|akl|akd)\s?\d{6,15})\b|\b(bpom(?:\s+ri)?|notifikasi\s+(?:bpom\s+)?na\d+|izin\s+edar\s+bpom|terdaftar\s+(?:di\s+)?bpom)\b/i;
/** Nomor Kontrol Veteriner, for meat, poultry and eggs from a registered business. */
const NKV = /\b(?:nkv|nomor\s+kontrol\s+veteriner)\b(?:\s*(?:no\.?|:)?\s*([a-z]{0,3}[-\s]?[\d][\d\s.-]{3,20}\d))?/i;
const SNI = /\bsni\b(?:\s*\d[\d:-]*)?/i;
const SIZE_CHART =
  /\b(size\s*chart|chart\s*size|panduan\s+ukuran|tabel\s+ukuran|detail\s+ukuran|ukuran\s+detail|lingkar\s+dada|lingkar\s+pinggang|lingkar\s+pinggul|panjang\s+badan|ld\s*:?\s*\d+|pb\s*:?\s*\d+|lp\s*:?\s*\d+)\b/i;
const BOX_CONTENTS =
  /\b(isi\s+(?:paket|kotak|box|dus)|dalam\s+(?:kotak|paket|box)|kelengkapan|yang\s+(?:anda\s+)?(?:didapat|dapatkan|diterima)|paket\s+(?:termasuk|berisi)|sudah\s+termasuk|what'?s\s+in\s+the\s+box|package\s+includes?|in\s+the\s+box)\b/i;
const WARRANTY = /\b(garansi(?:\s+resmi|\s+toko|\s+distributor)?(?:\s+\d+\s*(?:hari|bulan|tahun))?|warranty)\b/i;

/** True when any word occurs: a cheap guard so the full pattern only runs on texts that can match. */
function mentions(lower: string, words: readonly string[]): boolean {
  for (const w of words) if (lower.includes(w)) return true;
  return false;
}

function firstMatch(re: RegExp, text: string, lower: string, guard: readonly string[]): string | undefined {
  return mentions(lower, guard) ? re.exec(text)?.[0] : undefined;
}

/**
 * The listing's text, read for specifics on demand: each fact is looked for the first time a check asks for it,
 * then remembered. A food listing never pays for the size-chart scan, a fashion listing never for P-IRT, which
 * keeps the checklist fast on long descriptions.
 */
class LazySpecifics implements Specifics {
  private readonly cache = new Map<string, unknown>();
  private lowerText: string | undefined;

  constructor(private readonly text: string) {}

  private get lower(): string {
    return (this.lowerText ??= this.text.toLowerCase());
  }

  private once<T>(key: string, read: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, read());
    return this.cache.get(key) as T;
  }

  private first(key: string, re: RegExp, guard: readonly string[]): string | undefined {
    return this.once(key, () => firstMatch(re, this.text, this.lower, guard));
  }

  get quantities(): Quantity[] {
    return this.once('quantities', () => findQuantities(this.text, this.lower));
  }
  get hasQuantity(): boolean {
    if (this.cache.has('quantities')) return this.quantities.length > 0;
    return this.once('hasQuantity', () => hasAnyQuantity(this.text, this.lower));
  }
  get netContent() {
    return this.quantities.find((q) => q.kind === 'weight' || q.kind === 'volume');
  }
  get dimensions() {
    return this.quantities.find((q) => q.kind === 'dimensions' || q.kind === 'length');
  }
  get clothingSize() {
    return this.quantities.find((q) => q.kind === 'clothing-size');
  }
  get count() {
    return this.quantities.find((q) => q.kind === 'count');
  }
  get materials(): string[] {
    // Scrapers that drop line breaks glue words together ("Baby TerryPilihan warna"): split them again first.
    return this.once('materials', () => {
      const text = /[a-z][A-Z][a-z]/.test(this.text) ? this.text.replace(/([a-z])([A-Z][a-z])/g, '$1 $2') : this.text;
      return [...new Set([...text.matchAll(MATERIAL)].map((m) => m[1]!))];
    });
  }
  get flavours(): string[] {
    return this.once('flavours', () => {
      const m = FLAVOUR.exec(this.text);
      return m ? [(m[1] ?? m[2])!] : [];
    });
  }
  get origin() {
    return this.first('origin', ORIGIN, ['khas', 'asli', 'produksi', 'buatan']);
  }
  get shelfLife() {
    return this.first('shelfLife', SHELF_LIFE, ['tahan', 'awet', 'simpan', 'kedal', 'kadal', 'exp', 'ed ', 'ed:', 'ed.', 'best', 'baik digunakan', 'shelf']);
  }
  get halal() {
    return this.first('halal', HALAL, ['halal', 'bpjph']);
  }
  get pirt() {
    return this.first('pirt', PIRT, ['irt']);
  }
  get bpom() {
    return this.first('bpom', BPOM, ['bpom', 'md', 'ml', 'na', 'ne', 'tr', 'ti', 'sd', 'si', 'dbl', 'dkl', 'akl', 'akd']);
  }
  get nkv() {
    return this.first('nkv', NKV, ['nkv', 'veteriner']);
  }
  get sni() {
    return this.first('sni', SNI, ['sni']);
  }
  get sizeChart() {
    return this.first('sizeChart', SIZE_CHART, ['size', 'chart', 'ukuran', 'lingkar', 'panjang badan', 'ld', 'pb', 'lp']);
  }
  get boxContents() {
    return this.first('boxContents', BOX_CONTENTS, ['isi', 'dalam', 'kelengkapan', 'dapat', 'diterima', 'paket', 'termasuk', 'box', 'package']);
  }
  get warranty() {
    return this.first('warranty', WARRANTY, ['garansi', 'warranty']);
  }
}

/** What the text says about the product. Results are the seller's words, not guesses. */
export function findSpecifics(text: string): Specifics {
  return new LazySpecifics(text);
}
