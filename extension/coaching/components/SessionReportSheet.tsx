import { signal } from '@preact/signals';
import { listingProgress, participantProgress, sessionTotals } from '../dashboard';
import type { Session } from '../session-ops';
import type { LangModel } from '../../kit/lang';
import { formatDay, scoreText } from '../page-copy';
import { LangProvider } from '../../../shared/ui/lang-context';
import { ProgressChart } from './ProgressChart';
import { REPORT } from '../report-copy';
import { ReportHeader } from './ReportHeader';
import { RoomProblems } from './RoomProblems';

/** Bahasa Indonesia for the shared parts (chart, common problems) inside a printed report. */
const INDONESIAN: LangModel = { lang: signal('id'), t: (text) => text.id, choose: async () => {}, stop: () => {} };

/** The whole session on one or two pages: totals, progress per participant, common problems, every listing. */
export function SessionReportSheet({ session, printedAt }: { session: Session; printedAt: number }) {
  const totals = sessionTotals(session);
  const listings = listingProgress(session);
  return (
    <LangProvider lang={INDONESIAN}>
      <article class="report-sheet session-report" lang="id" aria-label={`${REPORT.sessionHeading}: ${session.name}`}>
        <ReportHeader session={session} title={REPORT.sessionHeading} />
        <section>
          <h2>{REPORT.totals}</h2>
          <p class="report-average" data-testid="report-average">
            {REPORT.averageScore}: <strong>{scoreText(totals.startAverage)} → {scoreText(totals.nowAverage)}</strong>
          </p>
          <p>
            {REPORT.participants(totals.participants)}, {REPORT.products(totals.listings)}. {REPORT.improved(totals.improved, totals.listings)};{' '}
            {REPORT.fixedProblems(totals.fixedProblems)}.
          </p>
        </section>
        <ProgressChart rows={participantProgress(session)} idPrefix="report-chart" />
        <RoomProblems session={session} />
        {listings.length > 0 && (
          <section>
            <h2>{REPORT.allListings}</h2>
            <table class="all-listings">
              <thead>
                <tr>
                  <th scope="col">{REPORT.participant}</th>
                  <th scope="col">{REPORT.product}</th>
                  <th scope="col" class="num">
                    {REPORT.before}
                  </th>
                  <th scope="col" class="num">
                    {REPORT.after}
                  </th>
                </tr>
              </thead>
              <tbody>
                {listings.map((l) => (
                  <tr key={l.listingId}>
                    <td data-label={REPORT.participant}>{l.participantName}</td>
                    <th scope="row">{l.title}</th>
                    <td class="num" data-label={REPORT.before} data-provisional={String(l.startProvisional)}>
                      {l.start}
                      {l.startProvisional && <small> {REPORT.provisional}</small>}
                    </td>
                    <td class="num" data-label={REPORT.after} data-provisional={String(l.nowProvisional)}>
                      {l.now}
                      {l.nowProvisional && <small> {REPORT.provisional}</small>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {listings.some((l) => l.startProvisional || l.nowProvisional) && (
              <p class="hint" data-testid="report-provisional-footnote">
                {REPORT.provisionalFootnote}
              </p>
            )}
          </section>
        )}
        <p class="report-footer">{REPORT.footer(formatDay(new Date(printedAt).toISOString().slice(0, 10), 'id'))}</p>
      </article>
    </LangProvider>
  );
}
