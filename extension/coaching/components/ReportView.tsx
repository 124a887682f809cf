import { useFocusWhenShown } from '../../../shared/ui/focus';
import { REPORT_EVERYONE, REPORT_SESSION } from '../models/route';
import { COPY } from '../page-copy';
import { usePage, useText } from '../page-context';
import { ParticipantReportSheet } from './ParticipantReportSheet';
import { SessionMissing } from './SessionMissing';
import { SessionReportSheet } from './SessionReportSheet';

/** A printable report: the session's, one participant's, or every participant's one after another. */
export function ReportView({ who }: { who: string }) {
  const { model } = usePage();
  const t = useText();
  const session = model.session.value;
  const heading = useFocusWhenShown(session?.id);
  if (!session) return <SessionMissing />;
  const printedAt = Date.now();
  const participant = session.participants.find((p) => p.id === who);
  const title =
    who === REPORT_SESSION ? t(COPY.sessionReport) : who === REPORT_EVERYONE ? t(COPY.everyoneReport) : participant ? t(COPY.reportLabel(participant.name)) : t(COPY.report);
  return (
    <div class="report-view">
      <div class="no-print report-tools">
        <button type="button" class="secondary back" onClick={() => model.go({ view: 'session', id: session.id })}>
          {t(COPY.backToSession)}
        </button>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p class="hint">{t(COPY.printHint)}</p>
        <button type="button" onClick={() => print()}>
          {t(COPY.print)}
        </button>
      </div>
      {who === REPORT_SESSION && <SessionReportSheet session={session} printedAt={printedAt} />}
      {who === REPORT_EVERYONE && session.participants.map((p) => <ParticipantReportSheet key={p.id} session={session} participantId={p.id} printedAt={printedAt} />)}
      {participant && <ParticipantReportSheet session={session} participantId={participant.id} printedAt={printedAt} />}
      {!participant && who !== REPORT_SESSION && who !== REPORT_EVERYONE && (
        <p class="alert" role="alert">
          {t(COPY.participantGone)}
        </p>
      )}
    </div>
  );
}
