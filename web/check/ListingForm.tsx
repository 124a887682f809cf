import type { BilingualText } from '../../shared/i18n/text';
import { LISTING_COPY } from '../../shared/ui/listing/copy';
import { TitleCounter } from '../../shared/ui/listing/TitleCounter';
import type { EditableField } from '../../shared/ui/listing-editor';
import { usePhone, useText } from '../app/context';
import { CHECK_COPY as C } from './copy';

const DETAILS: { field: EditableField; label: BilingualText; numeric?: boolean }[] = [
  { field: 'price', label: C.price, numeric: true },
  { field: 'weightGrams', label: C.weight },
  { field: 'stock', label: C.stock, numeric: true },
  { field: 'brand', label: C.brand },
];

/**
 * What the seller pastes from the seller app: category, title (with its length against the marketplace's
 * limits), description, and optional price, weight, stock and brand. Every keystroke re-runs the checks and goes
 * to the draft's autosave.
 */
export function ListingForm() {
  const { model } = usePhone();
  const t = useText();
  const { editor, checks } = model.check;
  const title = editor.text('title');
  return (
    <div class="listing-form">
      <div class="field">
        <label for="field-categoryPath">{t(C.category)}</label>
        <input
          id="field-categoryPath"
          type="text"
          value={editor.text('categoryPath')}
          placeholder={t(LISTING_COPY.placeholders.categoryPath)}
          aria-describedby="category-hint"
          onInput={(e) => editor.edit('categoryPath', e.currentTarget.value)}
        />
        <p id="category-hint" class="hint">
          {t(C.categoryHint)}
        </p>
      </div>
      <div class="field">
        <label for="field-title">{t(C.title)}</label>
        <textarea
          id="field-title"
          rows={3}
          value={title}
          aria-describedby="title-counter title-range"
          onInput={(e) => editor.edit('title', e.currentTarget.value)}
        />
        <TitleCounter text={title} checks={checks} counterId="title-counter" rangeId="title-range" />
      </div>
      <div class="field">
        <label for="field-description">{t(C.description)}</label>
        <textarea
          id="field-description"
          rows={8}
          value={editor.text('description')}
          aria-describedby="description-hint"
          onInput={(e) => editor.edit('description', e.currentTarget.value)}
        />
        <p id="description-hint" class="hint">
          {t(C.descriptionHint)}
        </p>
      </div>
      <details class="details" open={DETAILS.some((d) => editor.text(d.field) !== '')}>
        <summary>{t(C.details)}</summary>
        {DETAILS.map(({ field, label, numeric }) => {
          const placeholder = (LISTING_COPY.placeholders as Partial<Record<EditableField, BilingualText>>)[field];
          return (
            <div class="field" key={field}>
              <label for={`field-${field}`}>{t(label)}</label>
              <input
                id={`field-${field}`}
                type="text"
                inputMode={numeric ? 'numeric' : undefined}
                value={editor.text(field)}
                placeholder={placeholder && t(placeholder)}
                onInput={(e) => editor.edit(field, e.currentTarget.value)}
              />
            </div>
          );
        })}
      </details>
    </div>
  );
}
