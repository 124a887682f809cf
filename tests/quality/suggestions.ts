/**
 * Measures Rapi's suggestions and examples on the labelled listings (tests/fixtures/labelled): the figures of issue 12,
 * printed by `npm run quality` and kept by tests/unit/suggest/quality.test.ts.
 *
 * - a suggested title passes every title check of its marketplace once its placeholders are filled;
 * - a suggested description passes every description check once filled;
 * - no suggestion and no example has a number the listing does not contain;
 * - no seller token (number, model code, acronym, mixed case) is written differently;
 * - every finding's example passes its own check once filled.
 */
import { allChecks, checkListing } from '../../shared/checks';
import { computeFacts } from '../../shared/checks/facts';
import type { Check, Finding, ProfileId } from '../../shared/checks/types';
import { listingFromRow } from '../../shared/listing/from-row';
import { Listing } from '../../shared/listing/schema';
import { sellerTokens } from '../../shared/suggest/casing';
import { fillPlaceholders, withoutPlaceholders } from '../../shared/suggest/placeholders';
import { suggestListing } from '../../shared/suggest';
import { findingsOnFilled, inventedNumbers, listingWords } from '../../shared/suggest/verify';
import type { LabelledRecord } from './evaluate';

export interface SuggestionMiss {
  record: string;
  kind: string;
  detail: string;
}

export interface SuggestionFigures {
  listings: number;
  titlesSuggested: number;
  titlesPassing: number;
  titlesGood: number;
  /** The same, without Rapi's second attempt when a fix brings up another finding. */
  titlesPassingFirstTry: number;
  descriptionsSuggested: number;
  descriptionsPassing: number;
  /** Suggestions (title or description) with a number the listing does not contain. */
  suggestionsInventing: number;
  sellerTokens: number;
  sellerTokensChanged: number;
  examples: number;
  examplesPassing: number;
  examplesInventing: number;
  misses: SuggestionMiss[];
}

function listingOf(record: LabelledRecord): Listing {
  if (record.listing) return Listing.parse(record.listing);
  const result = listingFromRow(record.row ?? {});
  if (!result.ok) throw new Error(`${record.id}: not a listing`);
  return Listing.parse(result.listing);
}

/** The listing with a finding's example put where it belongs (filled in), and the check run again. */
export function exampleStillFires(check: Check, listing: Listing, profile: ProfileId, example: string): Finding[] {
  const text = fillPlaceholders(example);
  const changed =
    check.exampleIn === 'title'
      ? { ...listing, title: text }
      : check.exampleIn === 'description'
        ? { ...listing, description: text }
        : { ...listing, description: `${listing.description ?? ''}\n${text}`.trim() };
  const parsed = Listing.parse(changed);
  return check.run({ listing: parsed, profile, facts: computeFacts(parsed) });
}

/** Tokens of the original that appear in the suggestion in other letters ("OLED" → "Oled"): changed seller tokens. */
export function changedTokens(original: string, suggestion: string, brand?: string): { tokens: number; changed: string[] } {
  const tokens = sellerTokens(original, brand);
  const written = new Set(sellerTokens(suggestion, brand).map((t) => t.text));
  const lower = new Set(suggestion.split(/[^\p{L}\p{N}.,%/]+/u).map((w) => w.toLowerCase()));
  const changed = tokens.filter((t) => !written.has(t.text) && !suggestion.includes(t.text) && lower.has(t.text.toLowerCase())).map((t) => t.text);
  return { tokens: tokens.length, changed };
}

export function evaluateSuggestions(records: LabelledRecord[]): SuggestionFigures {
  const r: SuggestionFigures = {
    listings: records.length,
    titlesSuggested: 0,
    titlesPassing: 0,
    titlesGood: 0,
    titlesPassingFirstTry: 0,
    descriptionsSuggested: 0,
    descriptionsPassing: 0,
    suggestionsInventing: 0,
    sellerTokens: 0,
    sellerTokensChanged: 0,
    examples: 0,
    examplesPassing: 0,
    examplesInventing: 0,
    misses: [],
  };
  const checks = new Map(allChecks().map((c) => [c.id, c]));
  for (const record of records) {
    const listing = listingOf(record);
    const report = checkListing(listing, record.options ?? {});
    const profile = report.profile;
    const words = listingWords(listing);
    const s = suggestListing(listing, { report });
    if (s?.title) {
      r.titlesSuggested++;
      const left = findingsOnFilled(listing, profile, 'title', s.title.id, ['judul']);
      if (left.length === 0) r.titlesPassing++;
      else r.misses.push({ record: record.id, kind: 'title fails', detail: `${left.map((f) => f.checkId).join(', ')}: ${s.title.id}` });
      const first = suggestListing(listing, { report, recheck: false, only: 'title' })?.title;
      if (first && findingsOnFilled(listing, profile, 'title', first.id, ['judul']).length === 0) r.titlesPassingFirstTry++;
      const tokens = changedTokens(listing.title, s.title.id, listing.brand);
      r.sellerTokens += tokens.tokens;
      r.sellerTokensChanged += tokens.changed.length;
      if (tokens.changed.length) r.misses.push({ record: record.id, kind: 'token changed', detail: `${tokens.changed.join(' ')}: ${s.title.id}` });
    } else if (!report.findings.some((f) => f.area === 'judul')) {
      r.titlesGood++;
    }
    if (s?.description) {
      r.descriptionsSuggested++;
      const left = findingsOnFilled(listing, profile, 'description', s.description.id, ['deskripsi']);
      if (left.length === 0) r.descriptionsPassing++;
      else r.misses.push({ record: record.id, kind: 'description fails', detail: left.map((f) => f.checkId).join(', ') });
    }
    const invented = inventedNumbers(withoutPlaceholders(`${s?.title?.id ?? ''}\n${s?.description?.id ?? ''}`), words);
    if (invented.length) {
      r.suggestionsInventing++;
      r.misses.push({ record: record.id, kind: 'suggestion invents', detail: invented.join(' ') });
    }
    for (const f of report.findings) {
      const check = checks.get(f.checkId);
      if (!f.example || !check) continue;
      measureExample(r, record.id, check, listing, profile, f.example.id, words);
    }
  }
  // Each check's own failing case, as the meta-test runs it.
  for (const check of checks.values()) {
    const listing = Listing.parse(check.examples.failing.listing);
    for (const f of check.run({ listing, profile: check.examples.failing.profile, facts: computeFacts(listing) })) {
      if (f.example) measureExample(r, `${check.id} (failing case)`, check, listing, check.examples.failing.profile, f.example.id, listingWords(listing));
    }
  }
  return r;
}

function measureExample(r: SuggestionFigures, record: string, check: Check, listing: Listing, profile: ProfileId, example: string, words: string): void {
  r.examples++;
  const still = check.exampleIn ? exampleStillFires(check, listing, profile, example) : [{ checkId: check.id } as Finding];
  if (still.length === 0) r.examplesPassing++;
  else r.misses.push({ record, kind: 'example fails its rule', detail: `${check.id}: ${example.slice(0, 120)}` });
  const invented = inventedNumbers(withoutPlaceholders(example), words);
  if (invented.length) {
    r.examplesInventing++;
    r.misses.push({ record, kind: 'example invents', detail: `${check.id}: ${invented.join(' ')} in ${example.slice(0, 100)}` });
  }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

export function formatSuggestions(r: SuggestionFigures): string {
  return [
    `Suggested titles that pass every title check once filled: ${r.titlesPassing}/${r.titlesSuggested} = ${pct(r.titlesPassing, r.titlesSuggested)} (target ≥ 95%); at the first attempt, before Rapi re-checks its own suggestion: ${r.titlesPassingFirstTry}/${r.titlesSuggested}; titles already good: ${r.titlesGood}`,
    `Suggested descriptions that pass every description check once filled: ${r.descriptionsPassing}/${r.descriptionsSuggested} = ${pct(r.descriptionsPassing, r.descriptionsSuggested)}`,
    `Suggestions with a number the listing does not contain: ${r.suggestionsInventing} (target 0)`,
    `Seller tokens (numbers, model codes, acronyms) changed: ${r.sellerTokensChanged} of ${r.sellerTokens} (target 0)`,
    `Finding examples that pass their own check once filled: ${r.examplesPassing}/${r.examples} = ${pct(r.examplesPassing, r.examples)}`,
    `Finding examples with a number the listing does not contain: ${r.examplesInventing} (target 0)`,
  ].join('\n');
}
