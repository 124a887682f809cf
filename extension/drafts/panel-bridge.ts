import type { Listing } from '../../shared/listing/schema';
import { EDITABLE_FIELDS, fieldText, type EditableField } from '../../shared/ui/listing-editor';

/**
 * The seam between a stored draft and the side panel's listing editor (base read from the page + the seller's
 * edits). To "Lanjutkan draf", the panel loads the page as its base and then applies these edits: only the fields
 * where the draft differs from the page become the seller's edits, so the panel marks them "edited" and
 * "Terapkan ke formulir" writes exactly the improved values.
 *
 *   const draft = await drafts.findDraft(key);          // offer "Lanjutkan draf" when not null
 *   for (const [field, text] of Object.entries(editsFromDraft(draft.listing, editor.base.value.listing)))
 *     editor.edit(field as EditableField, text);
 *   session.update(editor.listing.value)                // on every edit afterwards (autosave)
 */
export function editsFromDraft(draft: Listing, page: Listing): Partial<Record<EditableField, string>> {
  const edits: Partial<Record<EditableField, string>> = {};
  for (const field of EDITABLE_FIELDS) {
    const text = fieldText(draft, field);
    if (text !== fieldText(page, field)) edits[field] = text;
  }
  return edits;
}
