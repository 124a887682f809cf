import { COPY } from '../page-copy';
import { useText } from '../page-context';
import type { FieldProblem } from '../session-ops';

/** The id of a field's message, for aria-describedby. */
export const problemId = (form: string, field: string) => `problem-${form}-${field}`.replace(/[^\w-]/g, '_');

/** A form field's problem, right under the field, read out with it (aria-describedby) and at once (role=alert). */
export function FieldProblemText({ form, field, problems }: { form: string; field: string; problems: readonly FieldProblem[] | undefined }) {
  const t = useText();
  const problem = problems?.find((p) => p.field === field);
  if (!problem) return null;
  return (
    <p class="field-problem" id={problemId(form, field)} role="alert">
      {t(problem.text)}
    </p>
  );
}

/** Problems that belong to no one field (storage full, session gone). */
export function FormProblems({ problems, fields }: { problems: readonly FieldProblem[] | undefined; fields: readonly string[] }) {
  const t = useText();
  const rest = (problems ?? []).filter((p) => !fields.includes(p.field));
  if (!rest.length) return null;
  return (
    <div class="alert" role="alert">
      {rest.map((p, i) => (
        <p key={i}>{t(p.text)}</p>
      ))}
    </div>
  );
}

/** aria attributes for a field that may have a problem. */
export function fieldAria(form: string, field: string, problems: readonly FieldProblem[] | undefined) {
  const bad = problems?.some((p) => p.field === field);
  return bad ? { 'aria-invalid': true as const, 'aria-describedby': problemId(form, field) } : {};
}

/** One labelled text input of a coaching form, with its problem under it ("opsional" after the label when it may stay empty). */
export function TextField(props: {
  form: string;
  field: string;
  id: string;
  label: string;
  optional?: boolean;
  type?: 'text' | 'date';
  problems: readonly FieldProblem[] | undefined;
  input?: { required?: boolean; maxLength?: number; defaultValue?: string; placeholder?: string };
}) {
  const t = useText();
  const { form, field, id, problems } = props;
  const attributes = { id, name: field, ...props.input, ...fieldAria(form, field, problems) };
  return (
    <div class="field">
      <label for={id}>
        {props.label}
        {props.optional && (
          <>
            {' '}
            <span class="hint">{t(COPY.optional)}</span>
          </>
        )}
      </label>
      {props.type === 'date' ? <input type="date" {...attributes} /> : <input type="text" {...attributes} />}
      <FieldProblemText form={form} field={field} problems={problems} />
    </div>
  );
}

/** A form's submit button, and "Batal" when the form can be closed. */
export function FormActions({ submitLabel, onCancel }: { submitLabel: string; onCancel?: () => void }) {
  const t = useText();
  return (
    <div class="actions">
      <button type="submit">{submitLabel}</button>
      {onCancel && (
        <button type="button" class="secondary" onClick={onCancel}>
          {t(COPY.cancel)}
        </button>
      )}
    </div>
  );
}
