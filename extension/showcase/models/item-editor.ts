import { batch, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { BilingualText } from '../../../shared/i18n/text';
import type { ShowcaseItemRow } from '../../../shared/storage/showcase-items-table';
import { SHOWCASE_COPY as C } from '../copy';
import type { ShowcaseService } from '../service';
import { formFromItem, itemFromForm, type ItemForm, type ItemFormField } from './item-form';
import type { Say } from './notice';

/** Editing one item of the open showcase in place: its form, the fields to fix, and saving it. */
export function createItemEditor(deps: {
  service: ShowcaseService;
  items: ReadonlySignal<ShowcaseItemRow[]>;
  /** The row to focus once the list re-renders. */
  focusRow: Signal<string | null>;
  say: Say;
}) {
  const { service, items } = deps;
  /** The row being edited, if any. */
  const editing = signal<string | null>(null);
  const form = signal<ItemForm | null>(null);
  const errors = signal<Partial<Record<ItemFormField, BilingualText>>>({});
  const problem = signal<BilingualText | null>(null);

  function cancel() {
    batch(() => {
      editing.value = null;
      form.value = null;
    });
  }

  return {
    editing: editing as ReadonlySignal<string | null>,
    form: form as ReadonlySignal<ItemForm | null>,
    errors: errors as ReadonlySignal<Partial<Record<ItemFormField, BilingualText>>>,
    problem: problem as ReadonlySignal<BilingualText | null>,
    start(rowId: string) {
      const row = items.peek().find((r) => r.id === rowId);
      if (!row) return;
      batch(() => {
        editing.value = rowId;
        form.value = formFromItem(row.item, row.note ?? '');
        errors.value = {};
        problem.value = null;
      });
    },
    cancel,
    setField<K extends ItemFormField>(field: K, value: ItemForm[K]) {
      const f = form.peek();
      if (f) form.value = { ...f, [field]: value };
    },
    async save(): Promise<boolean> {
      const rowId = editing.peek();
      const f = form.peek();
      const row = items.peek().find((r) => r.id === rowId);
      if (!rowId || !f || !row) return false;
      const built = itemFromForm(row.item.id, f);
      batch(() => {
        errors.value = built.errors;
        problem.value = built.item ? null : C.fixFields;
      });
      if (!built.item) return false;
      const result = await service.updateItem(rowId, built.item, f.note);
      if (!result.ok) {
        problem.value = result.problem;
        return false;
      }
      cancel();
      deps.focusRow.value = rowId;
      deps.say(C.savedItem(result.row.item.name));
      return true;
    },
  };
}

export type ItemEditorModel = ReturnType<typeof createItemEditor>;
