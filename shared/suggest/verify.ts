import { allChecks } from '../checks';
import { computeFacts, withDescription, type ListingFacts } from '../checks/facts';
import type { Area, Finding, ProfileId } from '../checks/types';
import type { Listing } from '../listing/schema';
import { fillPlaceholders } from './placeholders';

/**
 * The checks of one area run on a listing whose title or description is a suggestion with its placeholders filled in:
 * the proof that a suggestion passes once the seller has filled it (docs/suggestions.md#how-it-is-measured).
 */
export function findingsOnFilled(
  listing: Listing,
  profile: ProfileId,
  part: 'title' | 'description',
  text: string,
  areas: readonly Area[],
  facts?: ListingFacts,
): Finding[] {
  // The listing is already parsed and only a string changes: no need to validate it again.
  const filled: Listing = { ...listing, [part]: fillPlaceholders(text) };
  const filledFacts = part === 'description' && facts ? withDescription(facts, filled) : computeFacts(filled);
  return allChecks()
    .filter((c) => c.profiles.includes(profile) && areas.includes(c.area))
    .flatMap((c) => c.run({ listing: filled, profile, facts: filledFacts }));
}

/** Numbers in a text that are not in the listing's own words (nor on its photo labels): an invented fact. */
export function inventedNumbers(text: string, listingText: string): string[] {
  const own = new Set((listingText.match(/\d+(?:[.,]\d+)*/g) ?? []).flatMap((n) => [n, ...n.split(/[.,]/)]));
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).filter((n) => !own.has(n));
}

/** Everything a listing says in words: title, description, specifics, variants, brand and shop. */
export function listingWords(listing: Listing, photoTexts: readonly string[] = []): string {
  const attributes = listing.attributes ? Object.entries(listing.attributes).map(([k, v]) => `${k} ${v}`) : [];
  const variants = listing.variants?.flatMap((v) => [v.name, ...v.options]) ?? [];
  return [listing.title, listing.description ?? '', ...attributes, ...variants, listing.brand ?? '', listing.shopName ?? '', ...photoTexts].join('\n');
}
