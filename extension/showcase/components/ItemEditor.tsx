import { useEffect, useRef } from 'preact/hooks';
import { Badge } from '../../../shared/feed/schema';
import type { BilingualText } from '../../../shared/i18n/text';
import { BADGE_NAMES } from '../../../shared/feed/badge-names';
import { SHOWCASE_COPY as C } from '../copy';
import type { ItemFormField } from '../models/item-form';
import { useShowcasePage, useText } from '../page-context';

type TextField = Exclude<ItemFormField, 'badges' | 'soldOut'>;

const FIELDS: { field: TextField; label: BilingualText; multiline?: boolean; type?: 'url' | 'tel' }[] = [
  { field: 'name', label: C.name },
  { field: 'priceIdr', label: C.priceIdr },
  { field: 'priceNote', label: C.priceNote },
  { field: 'photoSrc', label: C.photoUrl, type: 'url' },
  { field: 'photoAlt', label: C.photoAlt },
  { field: 'sellerName', label: C.sellerName },
  { field: 'city', label: C.city },
  { field: 'district', label: C.district },
  { field: 'category', label: C.category },
  { field: 'tags', label: C.tags },
  { field: 'blurb', label: C.blurb, multiline: true },
  { field: 'shopee', label: C.shopee, type: 'url' },
  { field: 'tokopedia', label: C.tokopedia, type: 'url' },
  { field: 'waNumber', label: C.waNumber, type: 'tel' },
  { field: 'waMessage', label: C.waMessage, multiline: true },
  { field: 'instagram', label: C.instagram, type: 'url' },
  { field: 'website', label: C.website, type: 'url' },
  { field: 'note', label: C.note, multiline: true },
];

/** Every field of one product, checked by the feed schema on save; the problem names the field. */
export function ItemEditor({ name }: { name: string }) {
  const { model } = useShowcasePage();
  const t = useText();
  const form = model.itemEditor.form.value;
  const errors = model.itemEditor.errors.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!form) return null;
  return (
    <form
      class="item-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void model.itemEditor.save();
      }}
    >
      <h4 tabIndex={-1} ref={heading}>
        {t(C.editItem(name))}
      </h4>
      <div class="grid">
        {FIELDS.map(({ field, label, multiline, type }) => {
          const id = `item-${field}`;
          const error = errors[field];
          const common = { id, value: form[field], 'aria-invalid': !!error, 'aria-describedby': error ? `${id}-error` : undefined };
          return (
            <div class={`field${multiline ? ' wide' : ''}`} key={field}>
              <label for={id}>{t(label)}</label>
              {multiline ? (
                <textarea rows={2} {...common} onInput={(e) => model.itemEditor.setField(field, e.currentTarget.value)} />
              ) : (
                <input type="text" inputMode={type ?? 'text'} {...common} onInput={(e) => model.itemEditor.setField(field, e.currentTarget.value)} />
              )}
              {error && (
                <p class="field-error" id={`${id}-error`}>
                  {t(error)}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <fieldset class="badges">
        <legend>{t(C.badges)}</legend>
        {Badge.options.map((badge) => (
          <label key={badge}>
            <input
              type="checkbox"
              checked={form.badges.includes(badge)}
              onChange={(e) => model.itemEditor.setField('badges', e.currentTarget.checked ? [...form.badges, badge] : form.badges.filter((b) => b !== badge))}
            />
            {t(BADGE_NAMES[badge])}
          </label>
        ))}
      </fieldset>
      <label class="sold-out">
        <input type="checkbox" checked={form.soldOut} onChange={(e) => model.itemEditor.setField('soldOut', e.currentTarget.checked)} />
        {t(C.soldOut)}
      </label>
      {model.itemEditor.problem.value && (
        <p class="alert" role="alert" data-testid="item-problem">
          {t(model.itemEditor.problem.value)}
        </p>
      )}
      <div class="actions">
        <button type="submit">{t(C.saveItem)}</button>
        <button type="button" class="secondary" onClick={() => model.itemEditor.cancel()}>
          {t(C.cancel)}
        </button>
      </div>
    </form>
  );
}
