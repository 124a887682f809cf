import type { Session } from '../session-ops';
import { formatDay } from '../page-copy';
import { REPORT } from '../report-copy';

/** The top of every printed page set: which report, which session, when and where, who trained. */
export function ReportHeader({ session, title }: { session: Session; title: string }) {
  return (
    <header class="report-header">
      <p class="report-kind">{title}</p>
      <p class="report-session">{session.name}</p>
      <p class="meta">
        <span>
          {REPORT.date}: {formatDay(session.date, 'id')}
        </span>
        {session.place && (
          <span>
            {REPORT.place}: {session.place}
          </span>
        )}
        {session.trainer && (
          <span>
            {REPORT.trainer}: {session.trainer}
          </span>
        )}
      </p>
    </header>
  );
}
