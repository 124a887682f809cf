import { bi, type BilingualText } from '../i18n/text';
import type { ListingInput } from '../listing/schema';
import type { Specifics } from '../listing/specifics';
import { CATEGORY_NAMES, type CategoryId } from './category';
import { finding, registerCheck } from './registry';
import type { Check, ListingFacts } from './index-types';
import type { RuleSource, Severity } from './types';

interface RequiredSpecific {
  id: string;
  categories: readonly CategoryId[];
  name: BilingualText;
  source: RuleSource;
  severity?: Severity;
  present(specifics: Specifics, facts: ListingFacts): boolean;
  message: BilingualText;
  why: BilingualText;
  fix: BilingualText;
  /** Built from the seller's title. */
  example(title: string): BilingualText;
  failing: ListingInput;
  passing: ListingInput;
}

/** "Rapi menduga kategori: Makanan & Minuman (dari judul)" when the category was guessed. */
export function categoryNote(facts: ListingFacts): BilingualText | undefined {
  if (facts.category.from !== 'title') return undefined;
  const name = CATEGORY_NAMES[facts.category.id];
  return bi(`Rapi menduga kategori: ${name.id} (dari judul).`, `Rapi guesses the category: ${name.en} (from the title).`);
}

/** A specific the listing's category needs (food: net weight, shelf life …); one check per specific. */
export function registerRequiredSpecific(spec: RequiredSpecific): Check {
  return registerCheck({
    id: spec.id,
    area: 'spesifik',
    severity: spec.severity ?? 'advice',
    profiles: ['shopee', 'tokopedia', 'generic'],
    source: spec.source,
    name: spec.name,
    examples: { failing: { profile: 'generic', listing: spec.failing }, passing: { profile: 'generic', listing: spec.passing } },
    run({ facts }) {
      if (!spec.categories.includes(facts.category.id)) return [];
      if (spec.present(facts.specifics, facts)) return [];
      const note = categoryNote(facts);
      return [
        finding(
          this,
          {
            message: note ? bi(`${spec.message.id} ${note.id}`, `${spec.message.en} ${note.en}`) : spec.message,
            why: spec.why,
            fix: spec.fix,
            example: spec.example(facts.title),
          },
          { certainty: note ? 'estimated' : 'measured' },
        ),
      ];
    },
  });
}
