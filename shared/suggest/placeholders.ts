import { bi, type BilingualText, type Lang } from '../i18n/text';

/**
 * The facts only the seller knows, written as placeholders in square brackets: Rapi never invents a number, a permit
 * or a material (docs/suggestions.md#placeholders). Every placeholder Rapi writes comes from this list, so the panel
 * can find and highlight them exactly, and a seller's own brackets ("[8GB+128GB]") are never taken for one.
 *
 * `sample` is a short, plausible value of the right kind. It is never shown to the seller: tests fill the placeholders
 * with it to prove that a suggestion passes the checks once the seller has filled them in.
 */
export interface PlaceholderKind {
  label: BilingualText;
  sample: string;
}

const p = (id: string, en: string, sample: string): PlaceholderKind => ({ label: bi(`[${id}]`, `[${en}]`), sample });

export const PLACEHOLDERS = {
  netWeight: p('berat bersih', 'net weight', '100 gr'),
  weight: p('berat', 'weight', '1 kg'),
  netContent: p('isi bersih, ml atau gr', 'net content, ml or g', '30 ml'),
  contents: p('isi, misalnya jumlah kapsul', 'contents, e.g. number of capsules', '60 kapsul'),
  material: p('bahan', 'material', 'Katun'),
  size: p('ukuran', 'size', 'M'),
  sizes: p('ukuran yang tersedia', 'sizes available', 'S-XL'),
  dimensions: p('panjang × lebar cm', 'length × width cm', '30 x 20 cm'),
  sizeOrCount: p('ukuran atau jumlah isi', 'size or count', 'isi 10 pcs'),
  model: p('tipe atau model', 'type or model', 'A12'),
  brand: p('merek', 'brand', 'Sinar'),
  colour: p('warna', 'colour', 'Hitam'),
  flavour: p('rasa atau varian', 'flavour or variant', 'Original'),
  origin: p('asal daerah', 'place of origin', 'Khas Garut'),
  style: p('model atau motif', 'style or pattern', 'Lengan Pendek'),
  skin: p('jenis kulit', 'skin type', 'Kulit Kering'),
  mainIngredient: p('bahan utama', 'main ingredient', 'Jahe Merah'),
  capacity: p('kapasitas atau daya', 'capacity or power', '20 W'),
  use: p('kegunaan', 'use', 'Serbaguna'),
  whatItIs: p('apa produknya dan untuk apa', 'what it is and what it is for', 'Produk buatan tangan untuk dipakai sehari-hari di rumah.'),
  sellingPoint1: p('keunggulan 1', 'selling point 1', 'Dibuat dengan bahan pilihan yang dipilih satu per satu.'),
  sellingPoint2: p('keunggulan 2', 'selling point 2', 'Dikemas rapat dan aman supaya sampai dalam keadaan baik.'),
  sellingPoint3: p('keunggulan 3', 'selling point 3', 'Cocok untuk dipakai sendiri maupun dijadikan hadiah.'),
  sellingPoint4: p('keunggulan 4', 'selling point 4', 'Ukurannya pas untuk dibawa bepergian maupun disimpan di rumah.'),
  sellingPoint5: p('keunggulan 5', 'selling point 5', 'Dicek satu per satu sebelum dikirim ke alamat Anda.'),
  suitableFor: p('cocok untuk siapa atau untuk apa', 'who or what it suits', 'Cocok untuk keluarga, kantor, dan acara bersama teman.'),
  howToUse: p('cara pakai', 'how to use', 'Buka kemasan, pakai secukupnya, lalu tutup kembali dengan rapat.'),
  howToStore: p('cara menyimpan', 'how to store', 'Simpan di tempat kering dan sejuk, jauh dari sinar matahari langsung.'),
  shelfLife: p('berapa lama', 'how long', '6 bulan'),
  boxContents: p('isi paket', 'what is in the box', '1 bungkus dalam kemasan plastik'),
  count: p('jumlah', 'number', '1'),
  pirt: p('nomor P-IRT', 'P-IRT number', '2063273010123-25'),
  bpom: p('nomor izin edar BPOM', 'BPOM registration number', 'MD 123456789012'),
  bpomCosmetic: p('nomor notifikasi BPOM, diawali NA', 'BPOM notification number, starting NA', 'NA18231200123'),
  halal: p('nomor sertifikat halal', 'halal certificate number', 'ID35110000123450823'),
  nkv: p('nomor NKV', 'NKV number', 'CV-3578-0123'),
  warranty: p('garansi resmi atau toko, berapa lama', 'official or shop warranty, how long', 'Garansi toko 6 bulan'),
  chest: p('lingkar dada cm', 'chest cm', '100 cm'),
  length: p('panjang cm', 'length cm', '70 cm'),
} as const satisfies Record<string, PlaceholderKind>;

export type PlaceholderKey = keyof typeof PLACEHOLDERS;

export function placeholder(key: PlaceholderKey): BilingualText {
  return PLACEHOLDERS[key].label;
}

const ALL = Object.values(PLACEHOLDERS) as PlaceholderKind[];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first: "[ukuran yang tersedia]" before "[ukuran]". */
const LABELS = [...new Set(ALL.flatMap((k) => [k.label.id, k.label.en]))].sort((a, b) => b.length - a.length);
const ANY = new RegExp(LABELS.map(escape).join('|'), 'g');
const SAMPLE = new Map(ALL.flatMap((k) => [[k.label.id, k.sample] as const, [k.label.en, k.sample] as const]));

/** Where each of Rapi's placeholders is in the text (the seller's own brackets are not placeholders). */
export function findPlaceholders(text: string): Array<{ text: string; start: number; end: number }> {
  return [...text.matchAll(ANY)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export function hasPlaceholders(text: string): boolean {
  ANY.lastIndex = 0;
  return ANY.test(text);
}

/** The distinct placeholders in the texts, in order of appearance. */
export function placeholdersIn(...texts: Array<string | undefined>): string[] {
  return [...new Set(texts.flatMap((t) => (t ? findPlaceholders(t).map((m) => m.text) : [])))];
}

/** Every placeholder replaced by a plausible value of its kind: what a seller's filled-in suggestion looks like. */
export function fillPlaceholders(text: string): string {
  return text.replace(ANY, (label) => SAMPLE.get(label) ?? label);
}

/** The text without Rapi's placeholders: what is left is the seller's words (and Rapi's labels). */
export function withoutPlaceholders(text: string): string {
  return text.replace(ANY, ' ');
}

const KEY_OF = new Map(
  (Object.entries(PLACEHOLDERS) as Array<[PlaceholderKey, PlaceholderKind]>).flatMap(([key, k]) => [[k.label.id, key] as const, [k.label.en, key] as const]),
);

/** Which placeholder a label is, whatever its language ("[berat bersih]" and "[net weight]" are one). */
export function placeholderKeyOf(label: string): PlaceholderKey | undefined {
  return KEY_OF.get(label);
}

const TO_ENGLISH = new Map(ALL.map((k) => [k.label.id, k.label.en] as const));
const ID_LABELS = new RegExp([...TO_ENGLISH.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');

/** The same text with its Indonesian placeholders in English, for the English version of a suggestion. */
export function placeholdersInEnglish(text: string): string {
  return text.replace(ID_LABELS, (label) => TO_ENGLISH.get(label) ?? label);
}

export function placeholderLabel(key: PlaceholderKey, lang: Lang): string {
  return PLACEHOLDERS[key].label[lang];
}
