import type { BilingualText } from '../../i18n/text';
import type { CategorySource, Listing } from '../../listing/schema';
import type { Extraction, FieldState, ListingField, NotReadReason, PageInfo, ProductEvidence } from '../types';
import { FIELD_LABELS } from '../labels';
import { bi } from '../text';
import { couldNotRead, NO_PRODUCT_FOUND, NOT_A_PRODUCT_PAGE, NOT_READ, UNEXPECTED_ERROR } from './problems';

export type Certain = Exclude<FieldState, 'missing'>;

/** One source's reading of a page: each field it found, and how sure it is. */
export type Reading = { [K in ListingField]?: { value: Listing[K]; state: Certain } };

/** Adds a field to a reading unless the value is empty (undefined, '', [], {}). */
export function put<K extends ListingField>(reading: Reading, field: K, value: Listing[K] | undefined, state: Certain = 'read'): void {
  if (isEmpty(value)) return;
  (reading as Record<string, unknown>)[field] = { value, state };
}

/** A category path (spaces tidied, empty levels dropped) together with where it came from. */
export function putCategory(reading: Reading, path: readonly string[] | undefined, source: CategorySource, state: Certain = 'read'): void {
  const levels = (path ?? []).map((level) => level.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (!levels.length) return;
  put(reading, 'categoryPath', levels, state);
  put(reading, 'categorySource', source, state);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  if (typeof value === 'number') return !Number.isFinite(value);
  return false;
}

/**
 * Readings in order of trust (structured data first). For each field the first 'read' value wins; a 'guessed'
 * value is used only when no source read the field. A category's source travels with the path it describes.
 */
export function merge(readings: Reading[]): Reading {
  const merged: Reading = {};
  for (const reading of readings) {
    for (const [field, found] of Object.entries(reading) as [ListingField, { value: unknown; state: Certain }][]) {
      if (field === 'categorySource') continue;
      const current = merged[field];
      if (!current || (current.state === 'guessed' && found.state === 'read')) {
        (merged as Record<string, unknown>)[field] = found;
        if (field === 'categoryPath') {
          if (reading.categorySource) merged.categorySource = reading.categorySource;
          else delete merged.categorySource;
        }
      }
    }
  }
  return merged;
}

/** Why a page is not read, and the problem that tells the seller what to do. */
export interface NotReadCause {
  reason: NotReadReason;
  problem: BilingualText;
}

export interface Outcome {
  page: PageInfo;
  url: string;
  reading: Reading;
  /** What showed the product. None: the page is not read, for `notRead`'s reason, and its reading is dropped. */
  evidence: readonly ProductEvidence[];
  notRead?: NotReadCause;
  /** Every field this adapter looks for: those not in `reading` are marked missing. */
  expected: readonly ListingField[];
  /** Fields whose absence means the page could not be read (a product always has them). */
  core: readonly ListingField[];
  problems: BilingualText[];
  /** Core fields whose absence another problem already explains (e.g. a price in another currency). */
  excused?: readonly ListingField[];
  /** Fields whose sources disagree; the Extraction names them so the panel and the badge can say so. */
  conflicts?: readonly ListingField[];
}

/** Builds the Extraction: a listing that satisfies the schema, each field's state, and the problems. */
export function finish(outcome: Outcome): Extraction {
  const { page, url, reading } = outcome;
  if (!outcome.evidence.length) {
    return notReadExtraction(page, url, outcome.notRead ?? { reason: 'no-product', problem: NO_PRODUCT_FOUND }, outcome.expected);
  }
  const listing = identity(page, url);
  const fields: Extraction['fields'] = {};
  for (const [field, found] of Object.entries(reading) as [ListingField, { value: unknown; state: Certain }][]) {
    if (found.value !== undefined) (listing as Record<string, unknown>)[field] = found.value;
    if (field !== 'categorySource') fields[field] = found.state;
  }
  const missing: ListingField[] = [];
  for (const field of outcome.expected) {
    if (fields[field]) continue;
    fields[field] = 'missing';
    if (outcome.core.includes(field) && !outcome.excused?.includes(field)) missing.push(field);
  }
  const problems = [...outcome.problems];
  if (missing.length) problems.push(couldNotRead(missing.map((f) => FIELD_LABELS[f])));
  const extraction: Extraction = { page, listing, fields, problems, loginWall: false, read: true, evidence: [...new Set(outcome.evidence)] };
  if (outcome.conflicts?.length) extraction.conflicts = [...outcome.conflicts];
  return extraction;
}

/**
 * A page that is not read: nothing on it is taken for the product (a home page's title is not a product's), so
 * the listing holds only what the address says, and every field looked for is missing.
 */
export function notReadExtraction(page: PageInfo, url: string, cause: NotReadCause, expected: readonly ListingField[] = []): Extraction {
  const fields: Extraction['fields'] = {};
  for (const field of expected) fields[field] = 'missing';
  return {
    page,
    listing: identity(page, url),
    fields,
    problems: [cause.problem],
    loginWall: cause.reason === 'login-wall',
    read: false,
    evidence: [],
    notRead: { reason: cause.reason, message: bi(`${NOT_READ.id} ${cause.problem.id}`, `${NOT_READ.en} ${cause.problem.en}`) },
  };
}

/** What the address alone says: the marketplace, the address, and the ids in it. */
function identity(page: PageInfo, url: string): Listing {
  const listing: Listing = { marketplace: page.site, title: '' };
  if (url && url.length <= 4096) listing.sourceUrl = url;
  if (page.itemId) listing.itemId = page.itemId;
  if (page.shopId) listing.shopId = page.shopId;
  return listing;
}

/** An Extraction for a page Rapi does not read (listing pages, other sites), with the reason. */
export function nonProduct(page: PageInfo, url: string, problem: BilingualText = NOT_A_PRODUCT_PAGE): Extraction {
  return notReadExtraction(page, url, { reason: 'not-a-product-page', problem });
}

/** Runs a reader; should anything still throw, the panel gets "could not read this page" instead. */
export function guard(page: PageInfo, url: unknown, read: () => Extraction): Extraction {
  try {
    return read();
  } catch {
    return notReadExtraction(page, typeof url === 'string' ? url : '', { reason: 'error', problem: UNEXPECTED_ERROR });
  }
}
