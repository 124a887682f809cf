import type { BilingualText } from '../../i18n/text';
import type { Listing } from '../../listing/schema';
import type { Extraction, FieldState, ListingField, PageInfo } from '../types';
import { FIELD_LABELS } from '../labels';
import { couldNotRead, UNEXPECTED_ERROR } from './problems';

export type Certain = Exclude<FieldState, 'missing'>;

/** One source's reading of a page: each field it found, and how sure it is. */
export type Reading = { [K in ListingField]?: { value: Listing[K]; state: Certain } };

/** Adds a field to a reading unless the value is empty (undefined, '', [], {}). */
export function put<K extends ListingField>(reading: Reading, field: K, value: Listing[K] | undefined, state: Certain = 'read'): void {
  if (isEmpty(value)) return;
  (reading as Record<string, unknown>)[field] = { value, state };
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
 * value is used only when no source read the field.
 */
export function merge(readings: Reading[]): Reading {
  const merged: Reading = {};
  for (const reading of readings) {
    for (const [field, found] of Object.entries(reading) as [ListingField, { value: unknown; state: Certain }][]) {
      const current = merged[field];
      if (!current || (current.state === 'guessed' && found.state === 'read')) {
        (merged as Record<string, unknown>)[field] = found;
      }
    }
  }
  return merged;
}

export interface Outcome {
  page: PageInfo;
  url: string;
  reading: Reading;
  /** Every field this adapter looks for: those not in `reading` are marked missing. */
  expected: readonly ListingField[];
  /** Fields whose absence means the page could not be read (a product always has them). */
  core: readonly ListingField[];
  problems: BilingualText[];
  loginWall?: boolean;
  /** Core fields whose absence another problem already explains (e.g. a price in another currency). */
  excused?: readonly ListingField[];
  /** The page as a whole is explained (not rendered yet, login wall): no "could not read" list. */
  explained?: boolean;
  /** Fields whose sources disagree; the Extraction names them so the panel and the badge can say so. */
  conflicts?: readonly ListingField[];
}

/** Builds the Extraction: a listing that satisfies the schema, each field's state, and the problems. */
export function finish(outcome: Outcome): Extraction {
  const { page, url, reading } = outcome;
  const listing: Listing = { marketplace: page.site, title: '' };
  if (url && url.length <= 4096) listing.sourceUrl = url;
  const fields: Extraction['fields'] = {};
  for (const [field, found] of Object.entries(reading) as [ListingField, { value: unknown; state: Certain }][]) {
    if (found.value !== undefined) (listing as Record<string, unknown>)[field] = found.value;
    fields[field] = found.state;
  }
  const missing: ListingField[] = [];
  for (const field of outcome.expected) {
    if (fields[field]) continue;
    fields[field] = 'missing';
    if (outcome.core.includes(field) && !outcome.excused?.includes(field)) missing.push(field);
  }
  const problems = [...outcome.problems];
  if (missing.length && !outcome.loginWall && !outcome.explained) problems.push(couldNotRead(missing.map((f) => FIELD_LABELS[f])));
  const extraction: Extraction = { page, listing, fields, problems, loginWall: outcome.loginWall ?? false };
  if (outcome.conflicts?.length) extraction.conflicts = [...outcome.conflicts];
  return extraction;
}

/** An Extraction for a page Rapi does not read (listing pages, other sites), with the reason. */
export function nonProduct(page: PageInfo, url: string, problems: BilingualText[], kind?: PageInfo['kind']): Extraction {
  const shown: PageInfo = kind ? { site: page.site, kind } : page;
  return finish({ page: shown, url, reading: {}, expected: [], core: [], problems });
}

/** Runs a reader; should anything still throw, the panel gets "could not read this page" instead. */
export function guard(page: PageInfo, url: unknown, read: () => Extraction): Extraction {
  try {
    return read();
  } catch {
    return finish({ page, url: typeof url === 'string' ? url : '', reading: {}, expected: [], core: [], problems: [UNEXPECTED_ERROR] });
  }
}
