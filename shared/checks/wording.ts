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

/** What to add to a title, by category, written as a seller would: used to build examples. */
export const SPEC_HINT: Record<CategoryId, BilingualText> = {
  food: bi('250 gr', '250 gr'),
  fashion: bi('Katun Ukuran M–XL', 'Cotton Size M–XL'),
  beauty: bi('30 ml BPOM', '30 ml BPOM'),
  craft: bi('Rotan 30 × 20 cm', 'Rattan 30 × 20 cm'),
  electronics: bi('Tipe A12 Garansi 1 Tahun', 'Model A12 1-Year Warranty'),
  other: bi('Isi 10 pcs', 'Pack of 10'),
};

export function chars(n: number): BilingualText {
  return bi(`${n} karakter`, `${n} characters`);
}
