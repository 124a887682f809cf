import { AREAS } from '../../checks/types';
import { SCORE_EXPLAINED, SCORE_WEIGHTS } from '../../checks';
import { useText } from '../text';
import { AREA_NAMES, CHECKLIST_COPY as C } from './copy';
import type { ReportModel } from './report';
import './checklist.css';

function tone(score: number): string {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

/**
 * The score at the top, the Shopee level where Shopee has levels, and how the score is made. A part Rapi could
 * not measure (photos not downloaded, no description) makes the score "Skor sementara" and is never counted as 100.
 */
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
  const provisional = report.provisional;
  return (
    <section class={`score-card ${tone(report.score)}${provisional ? ' provisional' : ''}`} aria-labelledby="score-title" data-testid="score-card">
      <h2 id="score-title">{t(C.score)}</h2>
      <p class="score" data-testid="score" data-score={report.score} data-provisional={String(provisional)} aria-live="polite">
        {t(C.outOf(report.score))}
      </p>
      {report.provisionalNote && (
        <p class="provisional-note" data-testid="provisional-note" data-not-measured={report.notMeasured.join(' ')}>
          {t(report.provisionalNote)}
        </p>
      )}
      {report.level && (
        <p class="level" data-testid="level" data-level={report.level.code}>
          {t(C.levelPrefix)} <strong>{t(report.level.label)}</strong>
          {report.level.estimated && <span class="note"> {t(C.levelGuessed)}</span>}
        </p>
      )}
      {report.levelNote && (
        <p class="level note" data-testid="level-note">
          {t(report.levelNote)}
        </p>
      )}
      <details class="how">
        <summary>{t(C.howComputed)}</summary>
        <p>{t(SCORE_EXPLAINED)}</p>
        <ul>
          {AREAS.map((area) => {
            const part = report.areas.find((a) => a.area === area);
            const name = t(AREA_NAMES[area]);
            const weight = SCORE_WEIGHTS.areas[area];
            const line =
              part?.score === null
                ? C.areaNotRated(name, weight)
                : part && !part.measured
                  ? C.areaPartlyRated(name, part.score, weight)
                  : C.areaScore(name, part?.score ?? 100, weight);
            return (
              <li key={area} data-area={area} data-measured={String(part?.measured ?? true)}>
                {t(line)}
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
