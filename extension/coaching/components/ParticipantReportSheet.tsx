import { segments } from '../../../shared/suggest/fill';
import { participantReport } from '../report';
import type { Session } from '../session-ops';
import { formatDay, scoreText } from '../page-copy';
import { REPORT } from '../report-copy';
import { ReportHeader } from './ReportHeader';

/**
 * One seller's report, one or two A4 pages: before → after for each product, what was fixed, the top 3 fixes still
 * to do. Bahasa Indonesia only (report-copy.ts).
 */
export function ParticipantReportSheet({ session, participantId, printedAt }: { session: Session; participantId: string; printedAt: number }) {
  const report = participantReport(session, participantId);
  if (!report) return null;
  const { participant } = report;
  return (
    <article class="report-sheet participant-report" lang="id" data-participant={participant.id} aria-label={`${REPORT.heading}: ${participant.name}`}>
      <ReportHeader session={session} title={REPORT.heading} />
      <section class="report-who">
        <h2>{participant.name}</h2>
        <p class="meta">
          {participant.shop && (
            <span>
              {REPORT.shop}: {participant.shop}
            </span>
          )}
          {participant.whatsapp && (
            <span>
              {REPORT.whatsapp}: +{participant.whatsapp}
            </span>
          )}
        </p>
        <p class="report-average" data-testid="report-average">
          {REPORT.averageScore}: <strong>{scoreText(report.startAverage)} → {scoreText(report.nowAverage)}</strong> ({REPORT.products(report.listings.length)})
        </p>
        <p class="hint">{REPORT.scoreNote}</p>
      </section>
      {report.listings.length === 0 && <p>{REPORT.noListings}</p>}
      {report.listings.map((l) => (
        <section class="report-listing" key={l.id} data-listing={l.id}>
          <h3>{l.title}</h3>
          <p class="report-score" data-testid="report-score">
            {REPORT.score} {REPORT.before.toLowerCase()} → {REPORT.after.toLowerCase()}:{' '}
            <strong>
              {l.start}
              {l.startProvisional ? ` (${REPORT.provisional})` : ''} → {l.now}
              {l.nowProvisional ? ` (${REPORT.provisional})` : ''}
            </strong>{' '}
            ({REPORT.change(l.now - l.start)})
          </p>
          {l.suggestedTitle && (
            <div class="report-titles" data-testid="report-titles">
              <div>
                <h4>{REPORT.currentTitle}</h4>
                <p class="title-now">{l.title}</p>
              </div>
              <div>
                <h4>{REPORT.suggestedTitle}</h4>
                <p class="title-suggested" data-testid="report-suggested-title">
                  {segments(l.suggestedTitle).map((s, i) => (s.placeholder ? <mark key={i}>{s.text}</mark> : s.text))}
                </p>
                <p class="hint">{REPORT.suggestedTitleNote}</p>
              </div>
            </div>
          )}
          {l.provisionalNote && (
            <p class="hint" data-testid="report-provisional">
              {l.provisionalNote.id}
            </p>
          )}
          <div class="report-columns">
            <div>
              <h4>{REPORT.fixed}</h4>
              {l.fixed.length ? (
                <ul class="fixed">
                  {l.fixed.map((name, i) => (
                    <li key={i}>{name.id}</li>
                  ))}
                </ul>
              ) : (
                <p>{REPORT.nothingFixed}</p>
              )}
            </div>
            <div>
              <h4>{REPORT.toDo}</h4>
              {l.toDo.length ? (
                <ol class="to-do">
                  {l.toDo.map((f) => (
                    <li key={f.checkId}>
                      <strong>{f.name.id}.</strong> {f.fix.id}
                      {f.example && (
                        <span class="example">
                          {' '}
                          {REPORT.example}: {f.example.id}
                        </span>
                      )}
                    </li>
                  ))}
                </ol>
              ) : (
                <p>{REPORT.nothingToDo}</p>
              )}
            </div>
          </div>
        </section>
      ))}
      <p class="report-footer">{REPORT.footer(formatDay(new Date(printedAt).toISOString().slice(0, 10), 'id'))}</p>
    </article>
  );
}
