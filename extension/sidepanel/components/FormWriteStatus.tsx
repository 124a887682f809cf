import { COPY } from '../copy';
import { usePanel, useText } from '../panel-context';

/** After "put into the form": done, or what the form would not take and why. */
export function FormWriteStatus() {
  const { formResult } = usePanel();
  const t = useText();
  const last = formResult.value;
  if (!last) return <span role="status" />;
  const { result } = last;
  return (
    <span role="status" class={result.missing.length ? 'problems' : ''}>
      {result.applied.length > 0 && result.missing.length === 0 ? t(COPY.putDone) : result.problems.map((p) => t(p)).join(' ')}
    </span>
  );
}
