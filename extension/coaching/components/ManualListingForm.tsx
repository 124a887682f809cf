import type { BilingualText } from '../../../shared/i18n/text';
import { useState } from 'preact/hooks';
import type { Marketplace } from '../../../shared/listing/schema';
import { createListingEditor } from '../../../shared/ui/listing-editor';
import { COPY } from '../page-copy';
import { usePage, useText } from '../page-context';
import { FieldProblemText, FormProblems, fieldAria } from './FormParts';

const MARKETPLACES: { value: Marketplace; name: (t: (x: BilingualText) => string) => string }[] = [
  { value: 'shopee', name: () => 'Shopee' },
  { value: 'tokopedia', name: () => 'Tokopedia' },
  { value: 'other', name: (t) => t(COPY.otherShop) },
];

/** A listing typed in: the fields the side panel's manual mode has, read with the same parsers. */
export function ManualListingForm({ participantId }: { participantId: string }) {
  const { model } = usePage();
  const t = useText();
  const [editor] = useState(() => createListingEditor());
  const form = `manual:${participantId}`;
  const problems = model.problems.value[form];
  const id = (field: string) => `${form}-${field}`.replace(/[^\w-]/g, '_');
  return (
    <form
      class="manual-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const data = new FormData(el);
        editor.startManual((String(data.get('marketplace')) as Marketplace) || 'other');
        for (const field of ['title', 'description', 'price', 'brand', 'weightGrams', 'categoryPath'] as const) {
          editor.edit(field, String(data.get(field) ?? ''));
        }
        if (await model.addManualListing(participantId, editor.listing.peek())) {
          el.reset();
          el.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
        } else el.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      }}
    >
      <div class="field">
        <label for={id('marketplace')}>{t(COPY.marketplace)}</label>
        <select id={id('marketplace')} name="marketplace">
          {MARKETPLACES.map((m) => (
            <option key={m.value} value={m.value}>
              {m.name(t)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={id('title')}>{t(COPY.productTitle)}</label>
        <input id={id('title')} name="title" type="text" maxLength={500} {...fieldAria(form, 'title', problems)} />
        <FieldProblemText form={form} field="title" problems={problems} />
      </div>
      <div class="field">
        <label for={id('description')}>{t(COPY.description)}</label>
        <textarea id={id('description')} name="description" rows={4} />
      </div>
      <div class="field-row">
        <div class="field">
          <label for={id('price')}>{t(COPY.price)}</label>
          <input id={id('price')} name="price" type="text" inputMode="numeric" placeholder={t(COPY.placeholders.price)} />
        </div>
        <div class="field">
          <label for={id('weightGrams')}>{t(COPY.weight)}</label>
          <input id={id('weightGrams')} name="weightGrams" type="text" placeholder={t(COPY.placeholders.weightGrams)} />
        </div>
        <div class="field">
          <label for={id('brand')}>{t(COPY.brand)}</label>
          <input id={id('brand')} name="brand" type="text" />
        </div>
      </div>
      <div class="field">
        <label for={id('categoryPath')}>{t(COPY.category)}</label>
        <input id={id('categoryPath')} name="categoryPath" type="text" placeholder={t(COPY.placeholders.categoryPath)} />
      </div>
      <FormProblems problems={problems} fields={['title']} />
      <button type="submit">{t(COPY.addListing)}</button>
    </form>
  );
}
