import { listingProgress, participantProgress, roomProblems, sessionTotals } from '../dashboard';
import type { Session } from '../session-ops';
import { COPY, scoreText } from '../page-copy';
import { useText } from '../page-context';
import { ProgressChart } from './ProgressChart';
import { RoomProblems } from './RoomProblems';

/** The trainer's view of the room: averages, progress per participant, common problems, every listing start → now. */
export function Dashboard({ session }: { session: Session }) {
  const t = useText();
  const totals = sessionTotals(session);
  const listings = listingProgress(session);
  return (
    <section aria-labelledby="dashboard-title" class="dashboard" data-testid="dashboard">
      <h2 id="dashboard-title">{t(COPY.dashboard)}</h2>
      <dl class="totals">
        <div>
          <dt>{t(COPY.averageScore)}</dt>
          <dd data-testid="average-change">
            {scoreText(totals.startAverage)} → {scoreText(totals.nowAverage)}
          </dd>
        </div>
        <div>
          <dt>{t(COPY.participants)}</dt>
          <dd>{t(COPY.counts(totals.participants, totals.listings))}</dd>
        </div>
        <div>
          <dt>{t(COPY.totals)}</dt>
          <dd>
            {t(COPY.improvedListings(totals.improved, totals.listings))}; {t(COPY.fixedProblems(totals.fixedProblems))}
          </dd>
        </div>
      </dl>
      <ProgressChart rows={participantProgress(session)} />
      <RoomProblems session={session} />
      {listings.length > 0 && (
        <>
          <h3 id="all-listings-title">{t(COPY.allListings)}</h3>
          <table class="all-listings" aria-labelledby="all-listings-title" data-testid="all-listings">
            <thead>
              <tr>
                <th scope="col">{t(COPY.participant)}</th>
                <th scope="col">{t(COPY.product)}</th>
                <th scope="col" class="num">
                  {t(COPY.start)}
                </th>
                <th scope="col" class="num">
                  {t(COPY.now)}
                </th>
                <th scope="col" class="num">
                  {t(COPY.change)}
                </th>
              </tr>
            </thead>
            <tbody>
              {listings.map((l) => (
                <tr key={l.listingId} data-listing={l.listingId}>
                  <td data-label={t(COPY.participant)}>{l.participantName}</td>
                  <th scope="row" class="listing-title">
                    {l.title}
                  </th>
                  <td class="num start" data-label={t(COPY.start)}>
                    {l.start}
                  </td>
                  <td class="num now" data-label={t(COPY.now)}>
                    {l.now}
                  </td>
                  <td class={`num change ${l.change > 0 ? 'up' : l.change < 0 ? 'down' : 'same'}`} data-label={t(COPY.change)}>{l.change > 0 ? `+${l.change}` : l.change}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
