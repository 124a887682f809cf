import { AREAS } from '../../checks/types';
import { SCORE_EXPLAINED, SCORE_WEIGHTS } from '../../checks';
import { useText } from '../text';
import { AREA_NAMES, CHECKLIST_COPY as C } from './copy';
import type { ReportModel } from './report';
import './checklist.css';

function tone(score: number): string {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

/** The score at the top, the Shopee level where Shopee has levels, and how the score is made. */
export function ScoreCard({ checks }: { checks: ReportModel }) {
  const t = useText();
  const report = checks.report.value;
  if (!report) {
    return (
      <section class="score-card" aria-labelledby="score-title">
        <h2 id="score-title">{t(C.score)}</h2>
        <p>{t(C.fillTitleFirst)}</p>
      </section>
    );
  }
  return (
    <section class={`score-card ${tone(report.score)}`} aria-labelledby="score-title">
      <h2 id="score-title">{t(C.score)}</h2>
      <p class="score" data-testid="score" data-score={report.score} aria-live="polite">
        {t(C.outOf(report.score))}
      </p>
      {report.level && (
        <p class="level" data-testid="level" data-level={report.level.code}>
          {t(C.levelPrefix)} <strong>{t(report.level.label)}</strong>
        </p>
      )}
      <details class="how">
        <summary>{t(C.howComputed)}</summary>
        <p>{t(SCORE_EXPLAINED)}</p>
        <ul>
          {AREAS.map((area) => {
            const part = report.areas.find((a) => a.area === area);
            return <li key={area}>{t(C.areaScore(t(AREA_NAMES[area]), part?.score ?? 100, SCORE_WEIGHTS.areas[area]))}</li>;
          })}
        </ul>
      </details>
    </section>
  );
}
