import { roomProblems, sessionTotals } from '../dashboard';
import type { Session } from '../session-ops';
import { COPY } from '../page-copy';
import { useText } from '../page-context';

/** The problems most of the room's listings still have: what to teach next. */
export function RoomProblems({ session, limit = 5 }: { session: Session; limit?: number }) {
  const t = useText();
  const total = sessionTotals(session).listings;
  if (!total) return null;
  const problems = roomProblems(session, limit);
  return (
    <div class="room-problems" data-testid="room-problems">
      <h3>{t(COPY.commonProblems)}</h3>
      <p class="hint">{t(COPY.commonProblemsHint)}</p>
      {problems.length === 0 ? (
        <p>{t(COPY.noProblems)}</p>
      ) : (
        <ol>
          {problems.map((p) => (
            <li key={p.checkId} data-check={p.checkId}>
              <strong>{t(p.name)}</strong>
              <span class="problem-count">
                {' '}
                — {t(COPY.problemCount(p.listings, total, p.participants))}
                {p.fixed > 0 && `; ${t(COPY.problemFixed(p.fixed))}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
