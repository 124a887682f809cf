import { signal, type ReadonlySignal } from '@preact/signals';
import type { BilingualText } from '../../../shared/i18n/text';
import type { Listing } from '../../../shared/listing/schema';
import type { ListingEditor } from '../../../shared/ui/listing-editor';
import type { FormValues, WriteResult } from '../../messaging/protocol';
import { MessageError } from '../../messaging/service';
import { PANEL_DRAFT_COPY } from '../panel-copy';
import { createWrittenFields } from './written-fields';

export type ApplyOutcome =
  | { kind: 'nothing' }
  | { kind: 'written'; applied: string[]; missing: string[]; problems: BilingualText[] };

/** The draft's values the form can take; absent ones are left as the form has them (never wiped). */
export function formValues(listing: Listing): FormValues {
  const values: FormValues = {};
  if (listing.title.trim()) values.title = listing.title;
  if (listing.description?.trim()) values.description = listing.description;
  if (listing.price !== undefined) values.price = listing.price;
  if (listing.stock !== undefined) values.stock = listing.stock;
  if (listing.weightGrams !== undefined) values.weightGrams = listing.weightGrams;
  return values;
}

/**
 * "Terapkan ke formulir": the draft's title, description, price, stock and weight go into the Seller Centre form
 * (the seller still presses the marketplace's own Save). What was written stays the seller's edit until the form,
 * read again, holds it (written-fields.ts).
 */
export function createApplyToForm(deps: {
  editor: ListingEditor;
  /** Writes values into the seller form of the tab the panel shows. */
  writeForm: (values: FormValues) => Promise<WriteResult>;
  /** Before reading the values: "apply" on an offered draft means that draft, so it is continued first. */
  prepare: () => void;
  /** What goes into the form is stored first. */
  save: () => Promise<void>;
}) {
  const written = createWrittenFields(deps.editor);
  const applying = signal(false);
  const outcome = signal<ApplyOutcome | null>(null);

  async function apply() {
    if (applying.peek()) return;
    deps.prepare();
    const values = formValues(deps.editor.listing.peek());
    const fields = Object.keys(values);
    if (!fields.length) {
      outcome.value = { kind: 'nothing' };
      return;
    }
    applying.value = true;
    outcome.value = null;
    try {
      await deps.save().catch(() => {});
      const result = await deps.writeForm(values);
      outcome.value = { kind: 'written', ...result };
      written.expect(result.applied);
    } catch (error) {
      const problem = error instanceof MessageError ? error.text : PANEL_DRAFT_COPY.couldNotApply;
      outcome.value = { kind: 'written', applied: [], missing: fields, problems: [problem] };
    } finally {
      applying.value = false;
    }
  }

  return {
    applying: applying as ReadonlySignal<boolean>,
    outcome: outcome as ReadonlySignal<ApplyOutcome | null>,
    apply,
    /** Another page or draft: what was said about the last write no longer applies. */
    clear() {
      outcome.value = null;
    },
    /** Fields written into the form by other buttons ("Masukkan ke formulir"): settle them the same way. */
    expectWritten: (fields: readonly string[]) => written.expect(fields),
    dispose: () => written.dispose(),
  };
}
