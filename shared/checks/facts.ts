import type { Listing } from '../listing/schema';
import { photoTotal } from '../listing/schema';
import { findSpecifics, type Specifics } from '../listing/specifics';
import { categorize, isSure, type CategoryInfo } from './category';

/** Everything several checks need, computed once per listing so that 20,000 listings a second stay possible. */
export interface ListingFacts {
  title: string;
  description: string | undefined;
  /** Title words, lower case, letters and digits only. */
  titleWords: string[];
  /** Title + description + attribute values: where a buyer would read a specific. */
  specifics: Specifics;
  titleSpecifics: Specifics;
  category: CategoryInfo;
  /** The category is the listing's own, the seller's pick, or a guess Rapi is fairly sure of. */
  categorySure: boolean;
  photoCount: number | undefined;
  /**
   * Whether Rapi has text beyond the title to look for specifics in (a description or the specifics table). Without it
   * a missing P-IRT, halal or shelf life is unknown, not missing (docs/rules.md#food-and-cosmetics-labels).
   */
  specificsKnown: boolean;
  /** The shop's name: from the page, or from the description's own welcome line ("Selamat datang di …"). */
  shopName: string | undefined;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function titleWords(title: string): string[] {
  return title.toLowerCase().match(WORD) ?? [];
}

/** "Selamat datang di BESTCOMP46", "Why Shop At Enter Electronic???", "Kenapa beli di X?" at the top of a description. */
const WELCOME = /^\s*(?:selamat\s+datang\s+di|why\s+shop\s+at|kenapa\s+(?:harus\s+)?beli\s+di|welcome\s+to)\s+([^\n!?.,]{3,40}?)\s*[!?.,]*\s*$/im;

export function shopNameOf(listing: Pick<Listing, 'shopName' | 'description'>): string | undefined {
  if (listing.shopName?.trim()) return listing.shopName.trim();
  const m = listing.description ? WELCOME.exec(listing.description.slice(0, 400)) : null;
  return m?.[1]?.trim().replace(/\s+(?:toko|store|shop)$/i, '') || undefined;
}

function textSpecifics(listing: Listing, title: string, titleSpecifics: Specifics): Specifics {
  const description = listing.description;
  const attributeText = listing.attributes ? Object.entries(listing.attributes).map(([k, v]) => `${k}: ${v}`).join('\n') : '';
  const variantText = listing.variants?.map((v) => `${v.name}: ${v.options.join(', ')}`).join('\n') ?? '';
  return description || attributeText || variantText ? findSpecifics(`${title}\n${description ?? ''}\n${attributeText}\n${variantText}`) : titleSpecifics;
}

/** The facts of the same listing with another description: what depends on the title is kept (a suggestion's check). */
export function withDescription(facts: ListingFacts, listing: Listing): ListingFacts {
  return {
    ...facts,
    description: listing.description,
    specifics: textSpecifics(listing, facts.title, facts.titleSpecifics),
    specificsKnown: listing.description !== undefined || listing.attributes !== undefined,
    shopName: shopNameOf(listing),
  };
}

export function computeFacts(listing: Listing): ListingFacts {
  const title = listing.title.trim();
  const description = listing.description;
  const titleSpecifics = findSpecifics(title);
  const specifics = textSpecifics(listing, title, titleSpecifics);
  const category = categorize(listing);
  return {
    title,
    description,
    titleWords: titleWords(title),
    specifics,
    titleSpecifics,
    category,
    categorySure: isSure(category),
    photoCount: photoTotal(listing),
    specificsKnown: description !== undefined || listing.attributes !== undefined,
    shopName: shopNameOf(listing),
  };
}
