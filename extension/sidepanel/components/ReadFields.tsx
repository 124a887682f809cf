import type { BilingualText } from '../../../shared/i18n/text';
import type { Marketplace } from '../../../shared/listing/schema';
import { FIELD_LABELS } from '../../../shared/marketplaces/types';
import { ReadFactsList } from '../../../shared/ui/checklist/ReadFactsList';
import { EDITABLE_FIELDS, type EditableField } from '../../../shared/ui/listing-editor';
import { COPY } from '../copy';
import { usePanel, useText } from '../panel-context';
import { FieldStateTag } from './FieldState';
import { PhotoField } from './PhotoField';

const MARKETPLACES: Marketplace[] = ['shopee', 'tokopedia', 'other'];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "What Rapi read from this page": every field, how it was obtained (read, guessed, not found), editable.
 * The title is edited in the title editor above; here it shows what was read.
 */
export function ReadFields() {
  const panel = usePanel();
  const t = useText();
  const { editor } = panel;
  const manual = editor.manual.value;
  return (
    <section class="read-fields" aria-labelledby="read-fields-title" data-testid="read-fields">
      <h2 id="read-fields-title">{t(manual ? COPY.manualFields : COPY.readFields)}</h2>
      <p class="hint">{t(COPY.readFieldsNote)}</p>
      <div class="field">
        <label class="field-label" for="field-marketplace">
          {t(COPY.marketplace)}
        </label>
        <select
          id="field-marketplace"
          value={editor.listing.value.marketplace}
          onChange={(e) => editor.setMarketplace(e.currentTarget.value as Marketplace)}
        >
          {MARKETPLACES.map((m) => (
            <option key={m} value={m}>
              {m === 'other' ? t(COPY.otherShop) : capital(m)}
            </option>
          ))}
        </select>
      </div>
      {EDITABLE_FIELDS.map((field) => (field === 'title' ? <TitleRow key={field} /> : <FieldRow key={field} field={field} />))}
      <PhotoField />
      <ReadFactsList checks={panel.checks} />
    </section>
  );
}

function TitleRow() {
  const { editor } = usePanel();
  const t = useText();
  const value = editor.text('title');
  return (
    <div class="field" data-field="title">
      <div class="field-head">
        <a class="field-label" href="#title-input">
          {capital(t(FIELD_LABELS.title))}
        </a>
        <FieldStateTag state={editor.stateOf('title')} />
      </div>
      <p class="value">{value || '—'}</p>
    </div>
  );
}

function FieldRow({ field }: { field: EditableField }) {
  const { editor } = usePanel();
  const t = useText();
  const id = `field-${field}`;
  const placeholder = (COPY.placeholders as Partial<Record<EditableField, BilingualText>>)[field];
  const common = {
    id,
    value: editor.text(field),
    placeholder: placeholder && t(placeholder),
    'aria-describedby': `${id}-state`,
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => editor.edit(field, e.currentTarget.value),
  };
  return (
    <div class="field" data-field={field}>
      <div class="field-head">
        <label class="field-label" for={id}>
          {capital(t(FIELD_LABELS[field]))}
        </label>
        <FieldStateTag id={`${id}-state`} state={editor.stateOf(field)} />
      </div>
      {field === 'description' ? (
        <textarea rows={6} {...common} />
      ) : (
        <input type="text" inputMode={field === 'price' || field === 'stock' ? 'numeric' : undefined} {...common} />
      )}
    </div>
  );
}
