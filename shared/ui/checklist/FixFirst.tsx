import { useText } from '../text';
import { CHECKLIST_COPY as C } from './copy';
import { FindingItem } from './FindingItem';
import type { ReportModel } from './report';
import './checklist.css';

/** At most three findings to fix before anything else. */
export function FixFirst({ checks }: { checks: ReportModel }) {
  const t = useText();
  const report = checks.report.value;
  if (!report) return null;
  return (
    <section class="fix-first" aria-labelledby="fix-first-title" data-testid="fix-first">
      <h2 id="fix-first-title">{t(C.fixFirst)}</h2>
      {report.fixFirst.length === 0 ? (
        <p>{t(C.nothingFirst)}</p>
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
