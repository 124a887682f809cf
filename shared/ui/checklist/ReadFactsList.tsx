import { factLines } from '../../checks/facts-text';
import { useText } from '../text';
import { CHECKLIST_COPY as C } from './copy';
import type { ReportModel } from './report';
import './checklist.css';

/**
 * The figures and details Rapi read (net weight, volume, sizes, material, shelf life, permits), normalised, each
 * beside the seller's own words: the same facts the CLI prints under "Yang dibaca Rapi".
 */
export function ReadFactsList({ checks }: { checks: ReportModel }) {
  const t = useText();
  const report = checks.report.value;
  if (!report) return null;
  const lines = factLines(report.facts);
  return (
    <div class="read-facts" data-testid="read-facts">
      <h3>{t(C.facts)}</h3>
      {lines.length === 0 ? (
        <p class="none">{t(C.noFacts)}</p>
      ) : (
        <>
          <p class="hint">{t(C.factsNote)}</p>
          <dl>
            {lines.map((line) => (
              <div key={line.key} class="fact" data-fact={line.key}>
                <dt>{t(line.label)}</dt>
                <dd>
                  <span class="fact-value">{t(line.value)}</span>
                  <span class="fact-words" title={t(C.factWords)}>
                    {' '}
                    ({line.words.map((w) => `“${w}”`).join(', ')})
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
