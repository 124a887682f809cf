import type { ParticipantProgress } from '../dashboard';
import { COPY, scoreText } from '../page-copy';
import { useText } from '../page-context';

const WIDTH = 640;
const LABEL = 200;
const BAR_START = LABEL + 10;
const BAR_MAX = WIDTH - BAR_START - 44;
const ROW = 40;
const BAR = 13;

const short = (text: string, max = 26) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Each participant's average score when their listings were added and now, as two bars with the numbers written
 * beside them. Screen readers get the same numbers as the figure's description; print keeps the bars (no colour
 * needed: the start bar is hatched lighter, and every bar is labelled).
 */
export function ProgressChart({ rows, idPrefix = 'chart' }: { rows: readonly ParticipantProgress[]; idPrefix?: string }) {
  const t = useText();
  if (!rows.length) return null;
  const height = rows.length * ROW + 28;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const description = rows.map((r) => t(COPY.chartRow(r.name, scoreText(r.startAverage), scoreText(r.nowAverage)))).join('; ');
  const bar = (value: number | null, y: number, kind: 'start' | 'now') => (
    <g class={`bar ${kind}`}>
      {value !== null && <rect x={BAR_START} y={y} width={Math.max(2, (value / 100) * BAR_MAX)} height={BAR} rx={2} />}
      <text x={BAR_START + (value === null ? 0 : Math.max(2, (value / 100) * BAR_MAX)) + 6} y={y + BAR - 2} class="value">
        {scoreText(value)}
      </text>
    </g>
  );
  return (
    <figure class="progress-chart" data-testid="progress-chart">
      <figcaption>
        <h3 id={titleId}>{t(COPY.progressChart)}</h3>
        <p class="hint">{t(COPY.chartDescription)}</p>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`} preserveAspectRatio="xMinYMin meet">
        <desc id={descId}>{description}</desc>
        <g class="legend" transform="translate(0,12)">
          <rect x={BAR_START} y={-9} width={12} height={10} class="bar-start" />
          <text x={BAR_START + 18} y={0}>
            {t(COPY.chartLegendStart)}
          </text>
          <rect x={BAR_START + 110} y={-9} width={12} height={10} class="bar-now" />
          <text x={BAR_START + 128} y={0}>
            {t(COPY.chartLegendNow)}
          </text>
        </g>
        {rows.map((r, i) => {
          const y = 28 + i * ROW;
          return (
            <g key={r.id} data-participant={r.id}>
              <text x={0} y={y + BAR + 4} class="name">
                {short(r.name)}
              </text>
              {bar(r.startAverage, y, 'start')}
              {bar(r.nowAverage, y + BAR + 2, 'now')}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
