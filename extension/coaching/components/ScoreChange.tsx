import { COPY } from '../page-copy';
import { useText } from '../page-context';

function tone(change: number): string {
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

/** "35 → 72", read out as "score at the start 35, now 72". */
export function ScoreChange({ start, now }: { start: number; now: number }) {
  const t = useText();
  return (
    <span class={`score-change ${tone(now - start)}`} data-start={start} data-now={now} aria-label={t(COPY.startToNowLabel(start, now))}>
      {t(COPY.startToNow(start, now))}
    </span>
  );
}
