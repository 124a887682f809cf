import { checkListing, profileFor } from '../checks';
import { computeFacts } from '../checks/facts';
import type { ProfileId, Report } from '../checks/types';
import { bi, type BilingualText, type Lang } from '../i18n/text';
import { Listing, type ListingInput } from '../listing/schema';
import { suggestDescription } from './description';
import { knownFacts } from './known-facts';
import { placeholdersIn } from './placeholders';
import { cleanName, suggestTitle } from './title';
import { findingsOnFilled } from './verify';

export { fillPlaceholders, findPlaceholders, hasPlaceholders, placeholdersIn, PLACEHOLDERS } from './placeholders';

/**
 * Rapi's suggested title and description for one listing (docs/suggestions.md), built from the seller's own words and
 * the facts the listing states; what only the seller knows is a placeholder in square brackets.
 */
export interface Suggestion {
  /** Null when the title is already good: nothing to suggest. */
  title: BilingualText | null;
  /** Null when the description needs nothing. */
  description: BilingualText | null;
  /** The placeholders left for the seller to fill, in order, per language. */
  placeholders: { id: string[]; en: string[] };
}

export interface SuggestOptions {
  profile?: ProfileId;
  /** The listing's report, when already computed (the suggestion follows its findings). */
  report?: Report;
  /** Text Rapi read on the listing's photos (packaging labels), one string per photo. */
  photoTexts?: readonly string[];
  /** Only the title (the CLI's text and csv formats show no description): the description is not built. */
  only?: 'title';
  /** False: no second attempt when a fix brings up another finding (to measure the first attempt alone). */
  recheck?: boolean;
}

/** Findings whose fix changes the title: every title finding and the specifics a title carries. */
const TITLE_BOUND = new Set(['spec-net-content', 'spec-material', 'spec-size', 'spec-dimensions', 'spec-quantity']);

export function titleBound(checkId: string, area: string): boolean {
  return area === 'judul' || TITLE_BOUND.has(checkId);
}

/**
 * A suggestion made again while a fix has brought up another finding (taking "100% Original" out can leave a title with
 * no specific, or with only capitals left): that finding's fix is applied too, at most twice more.
 */
function settle(fired: Set<string>, make: () => BilingualText, left: (made: BilingualText) => Array<{ checkId: string }>, rounds = 2): BilingualText {
  let made = make();
  for (let round = 0; round < rounds; round++) {
    const fresh = left(made).map((f) => f.checkId).filter((id) => !fired.has(id));
    if (!fresh.length) break;
    for (const id of fresh) fired.add(id);
    made = make();
  }
  return made;
}

/** The suggestion for a listing, or null when its title and description are already good. */
export function suggestListing(input: Listing | ListingInput, options: SuggestOptions = {}): Suggestion | null {
  const listing = Listing.parse(input);
  const profile = options.profile ?? options.report?.profile ?? profileFor(listing.marketplace);
  const report = options.report ?? checkListing(listing, { profile });
  const facts = computeFacts(listing);
  const known = knownFacts(listing, options.photoTexts);
  const fired = new Set(report.findings.map((f) => f.checkId));
  const titleFindings = report.findings.filter((f) => titleBound(f.checkId, f.area));
  const labelNetMissing = known.labelNet !== undefined && !known.text.quantities.some((q) => q.kind === known.labelNet!.kind);
  if (labelNetMissing) fired.add('photo-label-specifics');
  const parts = { listing, profile, facts, known, fired };
  const rounds = options.recheck === false ? 0 : 2;
  const title = titleFindings.length || labelNetMissing ? settle(fired, () => suggestTitle(parts), (t) => findingsOnFilled(listing, profile, 'title', t.id, ['judul']), rounds) : null;
  const descriptionFindings = report.findings.filter((f) => f.area === 'deskripsi' || (f.area === 'spesifik' && !TITLE_BOUND.has(f.checkId)));
  let description: BilingualText | null = null;
  if (descriptionFindings.length && options.only !== 'title') {
    let cleaned: string | undefined;
    const name = () => (cleaned ??= cleanName(parts));
    description = settle(fired, () => suggestDescription({ ...parts, title, name }), (d) => findingsOnFilled(listing, profile, 'description', d.id, ['deskripsi'], facts), rounds);
  }
  const sameTitle = title && title.id === listing.title.trim();
  const shownTitle = sameTitle ? null : title;
  if (!shownTitle && !description) return null;
  return {
    title: shownTitle,
    description,
    placeholders: { id: placeholdersIn(shownTitle?.id, description?.id), en: placeholdersIn(shownTitle?.en, description?.en) },
  };
}

/** The suggestion in one language, as the CLI writes it: `{title, description, placeholders}`. */
export function suggestionRecord(s: Suggestion | null, lang: Lang): { title: string | null; description: string | null; placeholders: string[] } | null {
  if (!s) return null;
  return { title: s.title?.[lang] ?? null, description: s.description?.[lang] ?? null, placeholders: s.placeholders[lang] };
}

export const TITLE_IS_GOOD: BilingualText = bi('Judul Anda sudah baik: tidak ada usulan.', 'Your title is already good: nothing to suggest.');
