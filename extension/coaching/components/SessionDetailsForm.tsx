import type { SessionDetailsInput } from '../session-ops';
import type { FieldProblem } from '../session-ops';
import { COPY } from '../page-copy';
import { useText } from '../page-context';
import { FieldProblemText, FormProblems, fieldAria } from './Problems';

/** Today as yyyy-mm-dd in the trainer's own time zone (the day the session most likely happens). */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Name, date, place, trainer: for a new session and for editing one. Problems show beside their field. */
export function SessionDetailsForm(props: {
  form: string;
  initial?: Partial<SessionDetailsInput>;
  problems: readonly FieldProblem[] | undefined;
  submitLabel: string;
  onSubmit: (input: SessionDetailsInput) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const t = useText();
  const { form, problems, initial } = props;
  const id = (field: string) => `${form}-${field}`;
  return (
    <form
      class="details-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const data = new FormData(el);
        const input = { name: String(data.get('name') ?? ''), date: String(data.get('date') ?? ''), place: String(data.get('place') ?? ''), trainer: String(data.get('trainer') ?? '') };
        if (await props.onSubmit(input)) {
          if (!initial) el.reset();
        } else el.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      }}
    >
      <div class="field">
        <label for={id('name')}>{t(COPY.name)}</label>
        <input id={id('name')} name="name" type="text" required maxLength={200} defaultValue={initial?.name ?? ''} placeholder={t(COPY.namePlaceholder)} {...fieldAria(form, 'name', problems)} />
        <FieldProblemText form={form} field="name" problems={problems} />
      </div>
      <div class="field-row">
        <div class="field">
          <label for={id('date')}>{t(COPY.date)}</label>
          <input id={id('date')} name="date" type="date" required defaultValue={initial?.date ?? today()} {...fieldAria(form, 'date', problems)} />
          <FieldProblemText form={form} field="date" problems={problems} />
        </div>
        <div class="field">
          <label for={id('place')}>
            {t(COPY.place)} <span class="hint">{t(COPY.optional)}</span>
          </label>
          <input id={id('place')} name="place" type="text" maxLength={200} defaultValue={initial?.place ?? ''} {...fieldAria(form, 'place', problems)} />
          <FieldProblemText form={form} field="place" problems={problems} />
        </div>
        <div class="field">
          <label for={id('trainer')}>
            {t(COPY.trainer)} <span class="hint">{t(COPY.optional)}</span>
          </label>
          <input id={id('trainer')} name="trainer" type="text" maxLength={200} defaultValue={initial?.trainer ?? ''} {...fieldAria(form, 'trainer', problems)} />
          <FieldProblemText form={form} field="trainer" problems={problems} />
        </div>
      </div>
      <FormProblems problems={problems} fields={['name', 'date', 'place', 'trainer']} />
      <div class="actions">
        <button type="submit">{props.submitLabel}</button>
        {props.onCancel && (
          <button type="button" class="secondary" onClick={props.onCancel}>
            {t(COPY.cancel)}
          </button>
        )}
      </div>
    </form>
  );
}
