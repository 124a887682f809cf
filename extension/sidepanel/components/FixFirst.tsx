import { COPY } from '../copy';
import { usePanel, useText } from '../panel-context';
import { FindingItem } from './FindingItem';

export function FixFirst() {
  const { checks } = usePanel();
  const t = useText();
  const report = checks.report.value;
  if (!report) return null;
  return (
    <section class="fix-first" aria-labelledby="fix-first-title" data-testid="fix-first">
      <h2 id="fix-first-title">{t(COPY.fixFirst)}</h2>
      {report.fixFirst.length === 0 ? (
        <p>{t(COPY.nothingFirst)}</p>
      ) : (
        <ol class="findings">
          {report.fixFirst.map((f) => (
            <FindingItem key={`${f.checkId}:${f.photoIndex ?? ''}`} finding={f} />
          ))}
        </ol>
      )}
    </section>
  );
}
