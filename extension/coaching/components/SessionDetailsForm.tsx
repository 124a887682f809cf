import type { SessionDetailsInput } from '../session-ops';
import type { FieldProblem } from '../session-ops';
import { COPY } from '../page-copy';
import { useText } from '../page-context';
import { FormActions, FormProblems, TextField } from './FormParts';

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
      <TextField
        form={form}
        field="name"
        id={id('name')}
        label={t(COPY.name)}
        problems={problems}
        input={{ required: true, maxLength: 200, defaultValue: initial?.name ?? '', placeholder: t(COPY.namePlaceholder) }}
      />
      <div class="field-row">
        <TextField form={form} field="date" id={id('date')} label={t(COPY.date)} problems={problems} type="date" input={{ required: true, defaultValue: initial?.date ?? today() }} />
        <TextField form={form} field="place" id={id('place')} label={t(COPY.place)} optional problems={problems} input={{ maxLength: 200, defaultValue: initial?.place ?? '' }} />
        <TextField form={form} field="trainer" id={id('trainer')} label={t(COPY.trainer)} optional problems={problems} input={{ maxLength: 200, defaultValue: initial?.trainer ?? '' }} />
      </div>
      <FormProblems problems={problems} fields={['name', 'date', 'place', 'trainer']} />
      <FormActions submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
