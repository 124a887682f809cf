import { checkListing } from '../checks';
import type { Listing } from '../listing/schema';

/**
 * Values computed from a listing and stored beside it so the drafts list sorts and searches from indexes
 * (10,000 drafts must list in well under 50 ms). Also used by the v2 migration, so keep it deterministic.
 */

const MAX_WORDS = 64;
const MAX_WORD = 40;

/** "Kopi Arabika GAYO 250gr" → ["kopi", "arabika", "gayo", "250gr"]: lower case, accents removed, unique. */
export function searchWords(...texts: (string | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of normalizeForSearch(text).split(/[^\p{L}\p{N}]+/u)) {
      if (word) words.add(word.slice(0, MAX_WORD));
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words a draft is found by: its title, brand, category and shop. Descriptions stay out (index size). */
export function listingWords(listing: Listing): string[] {
  return searchWords(listing.title, listing.brand, listing.categoryPath?.join(' '), listing.shopName);
}

/** The same score the side panel and the CLI show, for the marketplace's profile. */
export function listingScore(listing: Listing): number {
  try {
    return checkListing(listing).score;
  } catch {
    return 0; // a listing the checks cannot read still gets saved; it sorts as "needs work"
  }
}
