import { batch, effect } from '@preact/signals';
import { EDITABLE_FIELDS, fieldText, type EditableField, type ListingEditor } from '../../../shared/ui/listing-editor';

/**
 * Fields just written into the seller form stay the seller's edits until the form, read again, holds them; then
 * the edit is dropped and the field shows as "read". Dropping it at once would show (and autosave into the
 * draft) the form's old value for the moment before the re-read, or for good if the re-read never comes.
 */
export function createWrittenFields(editor: ListingEditor) {
  const waiting = new Set<EditableField>();

  function settle() {
    if (!waiting.size) return;
    const base = editor.base.peek().listing;
    const edits = editor.edits.peek();
    const shown = editor.listing.peek();
    batch(() => {
      for (const field of [...waiting]) {
        if (edits[field] === undefined) {
          waiting.delete(field); // the seller's edit is already gone (a new page, a choice elsewhere)
        } else if (fieldText(shown, field) === fieldText(base, field)) {
          waiting.delete(field);
          editor.forget(field);
        }
      }
    });
  }

  // Every re-read of the form (and every edit) may settle a written field.
  const stop = effect(() => {
    void editor.base.value;
    void editor.edits.value;
    settle();
  });

  return {
    /** These fields were written into the form: forget their edits once the form holds the same values. */
    expect(fields: readonly string[]) {
      for (const field of fields) if (isEditable(field)) waiting.add(field);
      settle(); // the form may already hold them
    },
    dispose: stop,
  };
}

function isEditable(field: string): field is EditableField {
  return (EDITABLE_FIELDS as readonly string[]).includes(field);
}

export type WrittenFields = ReturnType<typeof createWrittenFields>;
