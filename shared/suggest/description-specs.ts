import type { CategoryId } from '../checks/category';
import { bi, type BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';
import type { Specifics } from '../listing/specifics';
import { countText, labelLine, netContentText, type KnownFacts } from './known-facts';
import { placeholder as ph } from './placeholders';

/** One line of a description's "Spesifikasi:" block: its label, whether it is already said, the seller's words for it. */
export interface SpecLine {
  label: BilingualText;
  /** What goes after the label when the listing does not say it. */
  value: BilingualText;
  /** The checks that ask for this fact: the line is added when one of them fired, even to a description that is kept. */
  checks: readonly string[];
  stated(specifics: Specifics, text: string): boolean;
  /** The seller's own words for the fact, from the title, the specifics table or the photo labels. */
  known?(known: KnownFacts, listing: Listing): string | undefined;
}

const MODEL_CODE = /(?<![\p{L}\p{N}])(?=[A-Za-z-]*\d)(?=[\dA-Za-z-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\p{L}\p{N}])/u;
const isNet = (q: Specifics['quantities'][number]) => (q.kind === 'weight' || q.kind === 'volume') && q.unit !== 'mg';
const isPack = (q: Specifics['quantities'][number]) => q.kind === 'count' && ['tablet', 'kapsul', 'sachet', 'pcs'].includes(q.unit ?? '');
/** "Ukuran M–XL" → "M–XL", "Garansi resmi 1 tahun" → "resmi 1 tahun": the label is already written before the colon. */
const after = (label: RegExp, text: string | undefined) => text?.replace(label, '').trim() || text;
const net = (label: BilingualText, value: BilingualText): SpecLine => ({
  label,
  value,
  checks: ['spec-net-content'],
  stated: (s) => s.quantities.some((q) => isNet(q) || isPack(q)),
  known: (k) => netContentText(k) ?? countText(k),
});
/** A permit the listing names without its number ("BPOM" in the title) keeps the seller's word and asks for the number. */
const withNumber = (text: string | undefined, number: BilingualText) => (text && !/\d/.test(text) ? `${text} ${number.id}` : text);
const permit = (value: BilingualText, number: BilingualText, checks: string[]): SpecLine => ({
  label: bi('Izin edar', 'Registration'),
  value,
  checks,
  stated: (s) => Boolean(s.pirt || s.bpom),
  known: (k) => withNumber(k.text.pirt ?? k.text.bpom ?? k.labels?.pirt ?? k.labels?.bpom, number),
});

const LINES = {
  netWeight: net(bi('Berat bersih', 'Net weight'), ph('netWeight')),
  weight: net(bi('Berat', 'Weight'), ph('weight')),
  netContent: net(bi('Isi bersih', 'Net content'), ph('netContent')),
  contents: net(bi('Isi', 'Contents'), ph('contents')),
  flavour: { label: bi('Rasa atau varian', 'Flavour or variant'), value: ph('flavour'), checks: [], stated: (s) => s.flavours.length > 0, known: (k) => k.text.flavours[0] },
  material: { label: bi('Bahan', 'Material'), value: ph('material'), checks: ['spec-material'], stated: (s) => s.materials.length > 0, known: (k) => k.text.materials[0] },
  size: {
    label: bi('Ukuran', 'Size'),
    value: ph('sizes'),
    checks: ['spec-size'],
    stated: (s) => Boolean(s.clothingSize || s.dimensions),
    known: (k) => after(/^(?:ukuran|size|uk\.?)\s*:?\s*/i, k.text.clothingSize?.text),
  },
  dimensions: {
    label: bi('Ukuran', 'Dimensions'),
    value: ph('dimensions'),
    checks: ['spec-dimensions'],
    stated: (s) => Boolean(s.dimensions) || s.quantities.some((q) => q.kind === 'length' || q.kind === 'volume'),
    known: (k) => k.text.dimensions?.text,
  },
  sizeOrCount: { label: bi('Ukuran atau isi', 'Size or contents'), value: ph('sizeOrCount'), checks: ['spec-quantity'], stated: (s) => s.hasQuantity, known: (k) => k.text.quantities[0]?.text },
  model: { label: bi('Tipe atau model', 'Type or model'), value: ph('model'), checks: [], stated: (_s, t) => MODEL_CODE.test(t), known: (_k, l) => MODEL_CODE.exec(l.title)?.[0] },
  shelfLife: {
    label: bi('Masa simpan', 'Shelf life'),
    value: bi(`${ph('shelfLife').id} dalam kemasan tertutup`, `${ph('shelfLife').en}, sealed`),
    checks: ['spec-shelf-life'],
    stated: (s) => Boolean(s.shelfLife),
    known: (k) => k.text.shelfLife ?? labelLine(k, k.labels?.shelfLife),
  },
  pirt: permit(bi(`P-IRT No. ${ph('pirt').id}`, `P-IRT No. ${ph('pirt').en}`), ph('pirt'), ['spec-food-permit']),
  bpom: permit(bi(`BPOM ${ph('bpom').id}`, `BPOM ${ph('bpom').en}`), ph('bpom'), ['spec-food-permit']),
  bpomCosmetic: {
    label: bi('Izin edar', 'Registration'),
    value: bi(`BPOM ${ph('bpomCosmetic').id}`, `BPOM ${ph('bpomCosmetic').en}`),
    checks: ['spec-cosmetic-permit'],
    stated: (s) => Boolean(s.bpom),
    known: (k) => withNumber(k.text.bpom ?? k.labels?.bpom, ph('bpomCosmetic')),
  },
  halal: {
    label: bi('Sertifikat halal', 'Halal certificate'),
    value: ph('halal'),
    checks: ['spec-halal'],
    stated: (s) => Boolean(s.halal),
    known: (k) => withNumber(k.text.halal ?? k.labels?.halal, ph('halal')),
  },
  nkv: { label: bi('NKV', 'NKV'), value: ph('nkv'), checks: ['spec-nkv'], stated: (s) => Boolean(s.nkv), known: (k) => withNumber(k.text.nkv, ph('nkv')) },
  warranty: {
    label: bi('Garansi', 'Warranty'),
    value: ph('warranty'),
    checks: ['spec-warranty'],
    stated: (s) => Boolean(s.warranty),
    known: (k) => after(/^garansi\s*/i, k.text.warranty),
  },
  sizeChart: {
    label: bi('Panduan ukuran', 'Size chart'),
    value: bi(`${ph('size').id}: lingkar dada ${ph('chest').id}, panjang ${ph('length').id}`, `${ph('size').en}: chest ${ph('chest').en}, length ${ph('length').en}`),
    checks: ['spec-size-chart'],
    stated: (s) => Boolean(s.sizeChart),
  },
} satisfies Record<string, SpecLine>;

type Key = keyof typeof LINES;
export const SPEC_LINES: Record<Key, SpecLine> = LINES;

/** Per category, the specifics a full description states (docs/rules.md#food-and-cosmetics-labels). */
const PLAN: Record<CategoryId, Key[]> = {
  food: ['netWeight', 'flavour', 'shelfLife', 'pirt', 'halal'],
  'fresh-food': ['weight'],
  health: ['contents', 'bpom', 'shelfLife'],
  beauty: ['netContent', 'bpomCosmetic', 'shelfLife'],
  'beauty-tools': ['material', 'sizeOrCount'],
  fashion: ['material', 'size'],
  craft: ['material', 'dimensions'],
  electronics: ['model', 'warranty'],
  other: ['sizeOrCount', 'material'],
};

/** The spec lines for a category, plus any line a finding asks for (meat: NKV and halal; clothing: a size chart). */
export function specPlan(category: CategoryId, fired: ReadonlySet<string>, meat: boolean): SpecLine[] {
  const keys = new Set<Key>(PLAN[category]);
  if (meat && category === 'fresh-food') (keys.add('halal'), keys.add('nkv'));
  const covered = (id: string) => [...keys].some((k) => SPEC_LINES[k].checks.includes(id));
  const fits = (k: Key) => !(k === 'bpom' && category !== 'health') && !(k === 'pirt' && category === 'health');
  for (const id of fired) {
    if (covered(id)) continue;
    const key = (Object.keys(SPEC_LINES) as Key[]).find((k) => SPEC_LINES[k].checks.includes(id) && fits(k));
    if (key) keys.add(key);
  }
  return [...keys].map((k) => SPEC_LINES[k]);
}
