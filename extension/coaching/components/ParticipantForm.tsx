import type { FieldProblem, Participant, ParticipantInput } from '../session-ops';
import { COPY } from '../page-copy';
import { usePage, useText } from '../page-context';
import { FieldProblemText, FormActions, FormProblems, TextField, fieldAria } from './FormParts';

/** A seller taking part: name, shop, WhatsApp (optional). Adds a participant, or edits one. */
export function ParticipantForm(props: {
  form: string;
  initial?: Participant;
  submitLabel: string;
  onSubmit: (input: ParticipantInput) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { model } = usePage();
  const t = useText();
  const { form, initial } = props;
  const problems: readonly FieldProblem[] | undefined = model.problems.value[form];
  const id = (field: string) => `${form}-${field}`.replace(/[^\w-]/g, '_');
  return (
    <form
      class="participant-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const data = new FormData(el);
        const input = { name: String(data.get('name') ?? ''), shop: String(data.get('shop') ?? ''), whatsapp: String(data.get('whatsapp') ?? '') };
        if (await props.onSubmit(input)) {
          if (!initial) {
            el.reset();
            el.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
          }
        } else el.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      }}
    >
      <div class="field-row">
        <TextField form={form} field="name" id={id('name')} label={t(COPY.sellerName)} problems={problems} input={{ required: true, maxLength: 200, defaultValue: initial?.name ?? '' }} />
        <TextField form={form} field="shop" id={id('shop')} label={t(COPY.shop)} optional problems={problems} input={{ maxLength: 200, defaultValue: initial?.shop ?? '' }} />
        <div class="field">
          <label for={id('whatsapp')}>
            {t(COPY.whatsapp)} <span class="hint">{t(COPY.optional)}</span>
          </label>
          <input
            id={id('whatsapp')}
            name="whatsapp"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            maxLength={30}
            defaultValue={initial?.whatsapp ? `+${initial.whatsapp}` : ''}
            aria-describedby={problems?.some((p) => p.field === 'whatsapp') ? undefined : id('whatsapp-hint')}
            {...fieldAria(form, 'whatsapp', problems)}
          />
          <p class="hint" id={id('whatsapp-hint')}>
            {t(COPY.whatsappHint)}
          </p>
          <FieldProblemText form={form} field="whatsapp" problems={problems} />
        </div>
      </div>
      <FormProblems problems={problems} fields={['name', 'shop', 'whatsapp']} />
      <FormActions submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
