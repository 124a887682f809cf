import { isMeat } from '../checks/required-specific';
import { PROFILES } from '../checks/profiles';
import { bi, type BilingualText } from '../i18n/text';
import { findSpecifics } from '../listing/specifics';
import { keptLines } from './description-lines';
import { boxContentsExample } from './examples';
import { SPEC_LINES, specPlan, type SpecLine } from './description-specs';
import { fillPlaceholders, placeholder, placeholdersInEnglish, type PlaceholderKey } from './placeholders';
import { cleanName, type TitleInput } from './title';

export interface DescriptionInput extends TitleInput {
  /** The suggested title, when there is one: the description names the product the same way. */
  title: BilingualText | null;
  /** The product's name, cleaned (cleanName), remembered by the caller across attempts. */
  name?: () => string;
}

/** Findings that mean the description has to be written (almost) from the start, not just mended. */
const REWRITE = ['description-missing', 'description-too-short', 'description-short-for-search', 'description-copies-title'];

const line = (id: string, en: string) => bi(id, en);
const ph = (key: PlaceholderKey) => placeholder(key);

function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * A description in the marketplace's preferred shape (docs/suggestions.md#suggested-description): what it is, the seller's
 * own sentences, the key specifics (berat/isi, ukuran, bahan, rasa/varian, masa simpan, izin edar), how to use or store
 * it, what is in the package. Facts come from the listing in the seller's words; what is missing is a placeholder.
 */
export function suggestDescription(input: DescriptionInput): BilingualText {
  const { listing, profile, facts, known, fired } = input;
  const rewrite = REWRITE.some((id) => fired.has(id)) || listing.description === undefined;
  const own = listing.marketplace === 'other' ? (profile === 'generic' ? undefined : profile) : listing.marketplace;
  const kept = keptLines(listing.description, {
    ...(fired.has('description-contact') ? { contacts: { own, ...(facts.shopName ? { shopName: facts.shopName } : {}) } } : {}),
    claims: fired.has('description-overclaim'),
    shouting: fired.has('description-shouting'),
    split: fired.has('description-no-structure') || (rewrite && !/\n/.test(listing.description ?? '')),
    ...(fired.has('description-copies-title') ? { dropTitle: listing.title } : {}),
  });
  const keptText = kept.join('\n');
  const stated = findSpecifics(keptText);
  let cleaned: string | undefined;
  const name = () => (cleaned ??= input.name?.() ?? cleanName(input));
  const category = facts.categorySure ? facts.category.id : 'other';

  const top: BilingualText[] = kept.map((l) => bi(l, l));
  if (rewrite && !kept.some((l) => l.length >= 30 && !/^[-•*]/.test(l))) top.unshift(bi(`${name()}. ${ph('whatItIs').id}`, `${name()}. ${ph('whatItIs').en}`));

  const specs: BilingualText[] = [];
  for (const spec of specPlan(category, fired, category === 'fresh-food' && isMeat(facts))) {
    if (spec.stated(stated, keptText)) continue;
    const value = spec.known?.(known, listing);
    const asked = spec.checks.some((id) => fired.has(id));
    if (value) specs.push(bi(`- ${spec.label.id}: ${value}`, `- ${spec.label.en}: ${placeholdersInEnglish(value)}`));
    else if (rewrite || asked) specs.push(bi(`- ${spec.label.id}: ${spec.value.id}`, `- ${spec.label.en}: ${spec.value.en}`));
  }

  const points: BilingualText[] = [];
  const tail: BilingualText[] = [];
  if (rewrite && !/\b(?:cara\s+(?:pakai|penggunaan|menyimpan|simpan|merawat)|simpan\s+di|how\s+to)\b/i.test(keptText)) {
    const store = category === 'food' || category === 'fresh-food';
    tail.push(store ? line(`Cara menyimpan: ${ph('howToStore').id}`, `How to store: ${ph('howToStore').en}`) : line(`Cara pakai: ${ph('howToUse').id}`, `How to use: ${ph('howToUse').en}`));
  }
  if ((rewrite || fired.has('description-no-box-contents')) && !stated.boxContents) {
    tail.push(boxContentsExample(name()));
  }

  const compose = (lang: 'id' | 'en') => {
    const parts = [top.map((l) => l[lang]).join('\n')];
    if (points.length) parts.push([lang === 'id' ? 'Keunggulan:' : 'Selling points:', ...points.map((p) => `- ${p[lang]}`)].join('\n'));
    if (specs.length) parts.push([lang === 'id' ? 'Spesifikasi:' : 'Specifics:', ...specs.map((s) => s[lang])].join('\n'));
    if (tail.length) parts.push(tail.map((l) => l[lang]).join('\n'));
    return parts.filter(Boolean).join('\n\n');
  };

  // The marketplace's length: Tokopedia's diagnosis wants 500 characters and 30 words, and 3–5 selling points.
  const rule = PROFILES[profile].description;
  const minChars = Math.max(rule.min, rule.searchMin ?? 0);
  const minWords = rule.minWords ?? 0;
  // Measured once, then grown by what each addition adds (filling placeholders on the whole text each time is slow).
  const measure = (text: string) => {
    const filled = fillPlaceholders(text);
    return { chars: filled.length, words: wordCount(filled) };
  };
  const size = measure(compose('id'));
  const grow = (text: string, chars: number, words: number) => {
    const added = measure(text);
    size.chars += added.chars + chars;
    size.words += added.words + words;
  };
  const short = () => size.chars < minChars || size.words < minWords;
  // Tokopedia asks for 3–5 selling points; a description still short gets the rest, then how to use or store it.
  const fillers: PlaceholderKey[] = ['sellingPoint1', 'sellingPoint2', 'sellingPoint3', 'suitableFor', 'sellingPoint4', 'sellingPoint5'];
  const addPoint = (key: PlaceholderKey) => {
    // "\n\nKeunggulan:\n- …" for the first point, "\n- …" after it.
    grow(ph(key).id, points.length ? 3 : 15, points.length ? 1 : 2);
    points.push(ph(key));
  };
  if (rewrite && profile === 'tokopedia') for (const key of fillers.slice(0, 3)) addPoint(key);
  for (const key of fillers) {
    if (!short()) break;
    if (!points.some((p) => p.id === ph(key).id)) addPoint(key);
  }
  for (const [key, id, en] of [['howToUse', 'Cara pakai', 'How to use'], ['howToStore', 'Cara menyimpan', 'How to store']] as const) {
    if (!short() || tail.some((t) => t.id.includes(ph(key).id))) continue;
    const added = line(`${id}: ${ph(key).id}`, `${en}: ${ph(key).en}`);
    grow(added.id, tail.length ? 1 : 2, 0);
    tail.unshift(added);
  }
  return bi(compose('id'), compose('en'));
}

export { SPEC_LINES, type SpecLine };
