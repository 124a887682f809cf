import { bi, type BilingualText } from '../i18n/text';
import type { CategoryId } from './category';

/** Shortens the seller's own text for an example without cutting a word in half. */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 10))}…`;
}

/**
 * Title Case for an ALL CAPS title, keeping what must stay as written: model codes with digits ("QA65S90C", "4K")
 * and short acronyms ("TV", "LG", "UHD").
 */
export function titleCase(text: string): string {
  return text.replace(/\S+/g, (word) => {
    if (/\d/.test(word) || (word.length <= 3 && word === word.toUpperCase())) return word;
    return word.toLowerCase().replace(/(^|[(/-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  });
}

/** What to add to a title, by category, as placeholders: Rapi never invents the seller's facts. */
export const SPEC_HINT: Record<CategoryId, BilingualText> = {
  food: bi('[berat bersih]', '[net weight]'),
  'fresh-food': bi('[berat]', '[weight]'),
  health: bi('[isi, misalnya jumlah kapsul]', '[contents, e.g. number of capsules]'),
  'beauty-tools': bi('[bahan] [ukuran]', '[material] [size]'),
  fashion: bi('[bahan] Ukuran [ukuran]', '[material] Size [sizes]'),
  beauty: bi('[isi bersih, ml atau gr]', '[net content, ml or g]'),
  craft: bi('[bahan] [panjang × lebar cm]', '[material] [length × width cm]'),
  electronics: bi('[tipe atau model]', '[type or model]'),
  other: bi('[ukuran atau jumlah isi]', '[size or count]'),
};

export function chars(n: number): BilingualText {
  return bi(`${n} karakter`, `${n} characters`);
}
