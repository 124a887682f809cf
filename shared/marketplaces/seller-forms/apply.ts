import type { BilingualText } from '../../i18n/text';
import type { Listing } from '../../listing/schema';
import { detectPage } from '../detect';
import { formFieldLocked, formFieldNotFound, NOT_A_PRODUCT_PAGE } from '../read/problems';
import { FIELD_LABELS } from '../labels';
import type { ListingField } from '../types';
import { isLocked, writeControl, type Control } from './controls';
import { FORM_SPECS, WRITABLE_FIELDS, type WritableField } from './forms';

export interface ApplyResult {
  /** Fields written into the form. */
  applied: ListingField[];
  /** Fields asked for but not written (no such field in the form, or locked). */
  missing: ListingField[];
  problems: BilingualText[];
}

/**
 * Fills the Seller Centre form with the seller's edited title, description, price, stock and weight, so the
 * page's own framework (Vue on Shopee, React on Tokopedia and TikTok Shop) takes the values as if typed.
 * Only fields present in `listing` are touched; nothing is submitted.
 */
export function applyToSellerForm(doc: Document, url: string, listing: Partial<Listing>): ApplyResult {
  const wanted = WRITABLE_FIELDS.filter((f) => listing[f] !== undefined);
  const page = detectPage(url);
  const spec = page.kind === 'seller-form' && page.form ? FORM_SPECS[page.form] : undefined;
  if (!spec) return { applied: [], missing: [...wanted], problems: wanted.length ? [NOT_A_PRODUCT_PAGE] : [] };
  const applied: ListingField[] = [];
  const notFound: WritableField[] = [];
  const locked: WritableField[] = [];
  for (const field of wanted) {
    let control: Control | undefined;
    try {
      control = spec.locate[field](doc);
    } catch {
      control = undefined;
    }
    if (!control) {
      notFound.push(field);
      continue;
    }
    if (isLocked(control)) {
      locked.push(field);
      continue;
    }
    try {
      writeControl(control, formValue(field, listing, () => spec.weightUnit(doc, control), control));
      applied.push(field);
    } catch {
      notFound.push(field); // a page handler threw while we dispatched: report, do not crash the panel
    }
  }
  const problems: BilingualText[] = [];
  if (notFound.length) problems.push(formFieldNotFound(notFound.map((f) => FIELD_LABELS[f])));
  if (locked.length) problems.push(formFieldLocked(locked.map((f) => FIELD_LABELS[f])));
  return { applied, missing: [...notFound, ...locked], problems };
}

/** The text to type: whole numbers for price and stock, weight in the form's unit. */
function formValue(field: WritableField, listing: Partial<Listing>, unit: () => 'g' | 'kg', control: Control): string {
  switch (field) {
    case 'title':
      return listing.title ?? '';
    case 'description':
      return listing.description ?? '';
    case 'price':
      return String(Math.round(listing.price ?? 0));
    case 'stock':
      return String(Math.round(listing.stock ?? 0));
    case 'weightGrams': {
      const grams = listing.weightGrams ?? 0;
      if (unit() === 'g') return String(Math.round(grams));
      const kg = String(Math.round(grams) / 1000);
      // A number input needs a dot; a text input in an Indonesian form reads a comma as the decimal mark.
      return control.el.getAttribute('type') === 'number' ? kg : kg.replace('.', ',');
    }
  }
}
