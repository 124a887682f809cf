import { bi, type BilingualText } from '../i18n/text';
import type { ListingInput } from '../listing/schema';
import type { Specifics } from '../listing/specifics';
import { CATEGORY_NAMES, type CategoryId } from './category';
import { finding, registerCheck } from './registry';
import type { Check, ListingFacts } from './index-types';
import type { ExampleTarget, RuleSource, Severity } from './types';
import type { ExampleContext } from '../suggest/examples';

interface RequiredSpecific {
  id: string;
  categories: readonly CategoryId[];
  name: BilingualText;
  source: RuleSource;
  severity?: Severity;
  /** Narrows the categories further (fresh meat needs an NKV, fresh vegetables do not). */
  appliesTo?(facts: ListingFacts): boolean;
  present(specifics: Specifics, facts: ListingFacts): boolean;
  message: BilingualText | ((facts: ListingFacts) => BilingualText);
  why: BilingualText | ((facts: ListingFacts) => BilingualText);
  fix: BilingualText | ((facts: ListingFacts) => BilingualText);
  /** Built from the seller's own words, with [placeholders] for what only the seller knows (shared/suggest/examples.ts). */
  example(ctx: ExampleContext): BilingualText;
  /** Where the example goes: the title (with the fact added), or a line of the description. */
  exampleIn: ExampleTarget;
  failing: ListingInput;
  passing: ListingInput;
}

/** "Rapi menduga kategori: Makanan & Minuman (dari judul)" when the category was guessed. */
export function categoryNote(facts: ListingFacts): BilingualText | undefined {
  if (facts.category.from !== 'title') return undefined;
  const name = CATEGORY_NAMES[facts.category.id];
  return bi(
    `Rapi menduga kategori: ${name.id} (dari judul). Jika salah, pilih kategori yang benar.`,
    `Rapi guesses the category: ${name.en} (from the title). If that is wrong, pick the right one.`,
  );
}

/**
 * Whether a category-specific finding may be given at all: only when Rapi knows the category or is fairly sure of its
 * guess (an unsure guess asks the seller first), and only when there was text to look in (docs/rules.md#food-and-cosmetics-labels).
 */
export function categoryFindingAllowed(facts: ListingFacts, categories: readonly CategoryId[]): boolean {
  return categories.includes(facts.category.id) && facts.categorySure && facts.specificsKnown;
}

const resolve = (text: BilingualText | ((facts: ListingFacts) => BilingualText), facts: ListingFacts) => (typeof text === 'function' ? text(facts) : text);

/** A specific the listing's category needs (food: net weight, shelf life …); one check per specific. */
export function registerRequiredSpecific(spec: RequiredSpecific): Check {
  return registerCheck({
    id: spec.id,
    area: 'spesifik',
    severity: spec.severity ?? 'advice',
    profiles: ['shopee', 'tokopedia', 'generic'],
    input: 'text',
    source: spec.source,
    name: spec.name,
    examples: { failing: { profile: 'generic', listing: spec.failing }, passing: { profile: 'generic', listing: spec.passing } },
    exampleIn: spec.exampleIn,
    run({ listing, profile, facts }) {
      if (!categoryFindingAllowed(facts, spec.categories)) return [];
      if (spec.appliesTo && !spec.appliesTo(facts)) return [];
      if (spec.present(facts.specifics, facts)) return [];
      const note = categoryNote(facts);
      const message = resolve(spec.message, facts);
      return [
        finding(
          this,
          {
            message: note ? bi(`${message.id} ${note.id}`, `${message.en} ${note.en}`) : message,
            why: resolve(spec.why, facts),
            fix: resolve(spec.fix, facts),
            example: () => spec.example({ listing, profile, facts }),
          },
          { certainty: note ? 'estimated' : 'measured' },
        ),
      ];
    },
  });
}

/** Meat, poultry and eggs (NKV and halal apply); fresh fish, fruit and vegetables need neither. */
export function isMeat(facts: ListingFacts): boolean {
  return /(?<![\p{L}])(daging|sapi|ayam|kambing|domba|bebek|itik|fillet|has dalam|has luar|iga|buntut|hati ayam|ceker|sayap|paha|dada ayam|telur|karkas)(?![\p{L}])/iu.test(facts.title);
}
