import type { ListingFacts } from '../checks/facts';
import type { ProfileId } from '../checks/types';
import { bi, type BilingualText } from '../i18n/text';
import type { Listing } from '../listing/schema';
import { suggestDescription } from './description';
import { keptLines } from './description-lines';
import { SPEC_LINES } from './description-specs';
import { knownFacts } from './known-facts';
import { placeholder } from './placeholders';
import { suggestTitle } from './title';

/**
 * The `example` of a finding, built from the seller's own words and placeholders, never from another product
 * (docs/suggestions.md#examples-never-invent). Each example applies its own check's fix, so it passes that check once
 * its placeholders are filled in (tests/unit/suggest/examples.test.ts runs them).
 */
export interface ExampleContext {
  listing: Listing;
  profile: ProfileId;
  facts: ListingFacts;
}

/** The seller's title with just this check's fix applied: what it takes out, or the fact it asks for. */
export function titleExample(checkId: string, { listing, profile, facts }: ExampleContext): BilingualText {
  return suggestTitle({ listing, profile, facts, known: knownFacts(listing), fired: new Set([checkId]) });
}

/** One line for the description: "Masa simpan: [berapa lama] dalam kemasan tertutup". */
export function specLineExample(key: keyof typeof SPEC_LINES): BilingualText {
  const line = SPEC_LINES[key];
  return bi(`${line.label.id}: ${line.value.id}`, `${line.label.en}: ${line.value.en}`);
}

/**
 * What a buyer would call the product: the title without the variant after its last " - " ("… - White Swan, 6/128GB"),
 * and without a list of keywords after "|" when what comes before names the product; at most eight whole words.
 */
export function productName(title: string): string {
  let name = title.replace(/\s+[-–]\s+[^-–]*$/, '').trim() || title.trim();
  const first = name.split(/\s*\|+\s*/)[0]!;
  if (first.split(/\s+/).length >= 3) name = first;
  const words = name.split(/\s+/);
  return (words.length > 8 ? words.slice(0, 8).join(' ') : name).replace(/[\s|/,;:+&–-]+$/, '');
}

export function boxContentsExample(title: string): BilingualText {
  const name = productName(title);
  return bi(`Isi paket: ${placeholder('count').id} × ${name}`, `In the box: ${placeholder('count').en} × ${name}`);
}

/** The seller's own description, one sentence per line. */
export function restructuredExample(description: string): BilingualText {
  const text = keptLines(description, { split: true }).join('\n');
  return bi(text, text);
}

/** A description in the marketplace's shape with the seller's own lines kept (shared/suggest/description.ts). */
export function descriptionExample(checkId: string, { listing, profile, facts }: ExampleContext): BilingualText {
  return suggestDescription({ listing, profile, facts, known: knownFacts(listing), fired: new Set([checkId]), title: null });
}
