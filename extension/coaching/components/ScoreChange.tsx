import { COPY } from '../page-copy';
import { useText } from '../page-context';

function tone(change: number): string {
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

/** "35 → 72", read out as "score at the start 35, now 72"; "72 sementara" when a part of it is not rated yet. */
export function ScoreChange({ start, now, provisional = false }: { start: number; now: number; provisional?: boolean }) {
  const t = useText();
  const label = provisional ? `${t(COPY.startToNowLabel(start, now))}, ${t(COPY.provisionalScoreLabel)}` : t(COPY.startToNowLabel(start, now));
  return (
    <span class={`score-change ${tone(now - start)}`} data-start={start} data-now={now} data-provisional={String(provisional)} aria-label={label}>
      {t(COPY.startToNow(start, now))}
      {provisional && <small class="provisional"> {t(COPY.provisionalScore)}</small>}
    </span>
  );
}
