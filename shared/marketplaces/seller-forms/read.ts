import type { BilingualText } from '../../i18n/text';
import type { Listing } from '../../listing/schema';
import { detectPage } from '../detect';
import { finish, guard, nonProduct, type Reading } from '../read/merge';
import { parseCount, parseRupiah, parseWeightGrams } from '../read/numbers';
import { formFieldNotFound } from '../read/problems';
import { FIELD_LABELS } from '../labels';
import type { Extraction, ListingField, PageInfo } from '../types';
import { readControl } from './controls';
import { FORM_SPECS, WRITABLE_FIELDS, type FormSpec } from './forms';

/** Reads a Seller Centre add/edit form (extractListing does the same for seller-form URLs). Never throws. */
export function readSellerForm(doc: Document, url: string): Extraction {
  const page = detectPage(url);
  return guard(page, url, () => (page.kind === 'seller-form' ? readSellerFormAt(doc, page, url) : nonProduct(page, url)));
}

/**
 * Reads what the seller has typed so far into a Seller Centre add/edit form. A field whose control exists is
 * 'read' even when still empty (an empty title is something to check); a field whose control is not on the page
 * is 'missing' and named in a problem, because forms change and some fields appear only after a category is chosen.
 */
export function readSellerFormAt(doc: Document, page: PageInfo, url: string): Extraction {
  const spec = page.form ? FORM_SPECS[page.form] : undefined;
  if (!spec) return nonProduct(page, url);
  const reading: Reading = {};
  for (const field of WRITABLE_FIELDS) readWritable(doc, spec, field, reading);
  spec.readExtras(doc, reading);
  if (page.itemId) reading.itemId = { value: page.itemId, state: 'read' };
  const expected: ListingField[] = [...WRITABLE_FIELDS, ...spec.alsoExpected];
  const notFound = expected.filter((f) => !reading[f]);
  const problems: BilingualText[] = notFound.length ? [formFieldNotFound(notFound.map((f) => FIELD_LABELS[f]))] : [];
  // The form is read once its title field is there, even while still empty (the seller has yet to type).
  const notRead = { reason: 'not-rendered' as const, problem: problems[0] ?? formFieldNotFound([FIELD_LABELS.title]) };
  return finish({ page, url, reading, evidence: reading.title ? ['seller-form'] : [], notRead, expected, core: [], problems });
}

function readWritable(doc: Document, spec: FormSpec, field: (typeof WRITABLE_FIELDS)[number], reading: Reading): void {
  const control = spec.locate[field](doc);
  if (!control) return;
  const raw = readControl(control).trim();
  const value = valueOf(field, raw, () => spec.weightUnit(doc, control));
  (reading as Record<string, unknown>)[field] = { value, state: 'read' };
}

function valueOf(field: (typeof WRITABLE_FIELDS)[number], raw: string, unit: () => 'g' | 'kg'): Listing[typeof field] {
  switch (field) {
    case 'title':
      return raw;
    case 'description':
      return raw || undefined;
    case 'price':
      return parseRupiah(raw);
    case 'stock':
      return parseCount(raw);
    case 'weightGrams':
      return parseWeightGrams(raw, unit());
  }
}
