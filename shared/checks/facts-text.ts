import { bi, type BilingualText } from '../i18n/text';
import { formatWeight } from '../listing/parse-units';
import type { PermitKind, ReadFacts } from './read-facts';

/** One line of "Yang dibaca Rapi": what was read, normalised, and the seller's own words it came from. */
export interface FactLine {
  key: 'netGrams' | 'volumeMl' | 'lengthsCm' | 'sizes' | 'materials' | 'shelfLife' | 'permits' | 'quantities';
  label: BilingualText;
  value: BilingualText;
  /** The words as the seller wrote them. */
  words: string[];
}

const number = (n: number, lang: 'id' | 'en') => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(n);
const same = (text: string) => bi(text, text);
const PERMIT_NAMES: Record<PermitKind, string> = { halal: 'Halal', pirt: 'P-IRT', bpom: 'BPOM', sni: 'SNI', nkv: 'NKV' };

function volume(ml: number, lang: 'id' | 'en'): string {
  return ml >= 1000 ? `${number(ml / 1000, lang)} L` : `${number(ml, lang)} ml`;
}

/** 180 days as "6 bulan (180 hari)", 14 as "2 minggu (14 hari)": the seller's unit first, the days for comparing. */
function duration(days: number): BilingualText {
  const units: Array<[number, string, string]> = [
    [365, 'tahun', 'year'],
    [30, 'bulan', 'month'],
    [7, 'minggu', 'week'],
  ];
  for (const [size, id, en] of units) {
    if (days >= size && days % size === 0) {
      const n = days / size;
      return bi(`${n} ${id} (${days} hari)`, `${n} ${en}${n === 1 ? '' : 's'} (${days} days)`);
    }
  }
  return bi(`${days} hari`, `${days} day${days === 1 ? '' : 's'}`);
}

/** The facts as lines for the panel and the CLI, in the order a buyer asks about them. Empty facts are left out. */
export function factLines(facts: ReadFacts): FactLine[] {
  const lines: FactLine[] = [];
  if (facts.netGrams) lines.push({ key: 'netGrams', label: bi('Berat bersih', 'Net weight'), value: same(formatWeight(facts.netGrams.value)), words: [facts.netGrams.text] });
  if (facts.volumeMl) {
    const ml = facts.volumeMl.value;
    lines.push({ key: 'volumeMl', label: bi('Isi', 'Volume'), value: bi(volume(ml, 'id'), volume(ml, 'en')), words: [facts.volumeMl.text] });
  }
  if (facts.lengthsCm.length) {
    const values = facts.lengthsCm.map((l) => l.value);
    lines.push({
      key: 'lengthsCm',
      label: bi('Ukuran', 'Size'),
      value: bi(`${values.map((v) => number(v, 'id')).join(' × ')} cm`, `${values.map((v) => number(v, 'en')).join(' × ')} cm`),
      words: [...new Set(facts.lengthsCm.map((l) => l.text))],
    });
  }
  if (facts.sizes.length) lines.push({ key: 'sizes', label: bi('Ukuran pakaian', 'Clothing sizes'), value: same(facts.sizes.map((s) => s.value).join(', ')), words: [...new Set(facts.sizes.map((s) => s.text))] });
  if (facts.materials.length) lines.push({ key: 'materials', label: bi('Bahan', 'Material'), value: same(facts.materials.map((m) => m.value).join(', ')), words: facts.materials.map((m) => m.text) });
  if (facts.shelfLife) {
    const days = facts.shelfLife.days;
    lines.push({
      key: 'shelfLife',
      label: bi('Masa simpan', 'Shelf life'),
      value: days ? duration(days) : same(facts.shelfLife.text),
      words: [facts.shelfLife.text],
    });
  }
  if (facts.permits.length) {
    const text = facts.permits.map((p) => (p.number ? `${PERMIT_NAMES[p.kind]} ${p.number}` : PERMIT_NAMES[p.kind])).join(', ');
    lines.push({ key: 'permits', label: bi('Izin dan sertifikat', 'Permits and certificates'), value: same(text), words: facts.permits.map((p) => p.text) });
  }
  const others = facts.quantities.filter((q) => q.kind !== 'weight' && q.kind !== 'volume' && q.kind !== 'length');
  if (others.length) {
    const seen = [...new Set(others.map((q) => `${q.value} ${q.unit}`))].slice(0, 8);
    lines.push({ key: 'quantities', label: bi('Angka lain', 'Other figures'), value: same(seen.join(', ')), words: [...new Set(others.map((q) => q.text))].slice(0, 8) });
  }
  return lines;
}
