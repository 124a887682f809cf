import type { FieldProblem } from '../session-ops';
import { useText } from '../page-context';

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
