import { useState } from 'preact/hooks';
import { useFocusWhenShown } from '../../../shared/ui/focus';
import { REPORT_EVERYONE, REPORT_SESSION } from '../models/route';
import { COPY, formatDay } from '../page-copy';
import { usePage, useText } from '../page-context';
import { Dashboard } from './Dashboard';
import { download } from '../../../shared/ui/download';
import { ParticipantCard } from './ParticipantCard';
import { ParticipantForm } from './ParticipantForm';
import { SessionDetailsForm } from './SessionDetailsForm';
import { SessionMissing } from './SessionMissing';

/** One session: its details, its participants and their listings, the dashboard, and print/export. */
export function SessionView() {
  const { model, lang } = usePage();
  const t = useText();
  const [editing, setEditing] = useState(false);
  const session = model.session.value;
  const heading = useFocusWhenShown(session?.id);
  if (!session) return <SessionMissing />;
  const problems = model.problems.value;
  return (
    <article aria-labelledby="session-title">
      <button type="button" class="secondary back" onClick={() => model.go({ view: 'list' })}>
        {t(COPY.back)}
      </button>
      <h1 id="session-title" ref={heading} tabIndex={-1}>
        {session.name}
      </h1>
      <p class="meta session-meta">
        <span>{formatDay(session.date, lang.lang.value)}</span>
        {session.place && <span>{session.place}</span>}
        {session.trainer && (
          <span>
            {t(COPY.trainer)}: {session.trainer}
          </span>
        )}
      </p>
      {editing ? (
        <section class="panel" aria-label={t(COPY.editDetails)}>
          <SessionDetailsForm
            form="session-details"
            initial={session}
            problems={problems['session-details']}
            submitLabel={t(COPY.save)}
            onSubmit={async (input) => {
              const ok = await model.saveDetails(input);
              if (ok) setEditing(false);
              return ok;
            }}
            onCancel={() => setEditing(false)}
          />
        </section>
      ) : (
        <button type="button" class="secondary" onClick={() => setEditing(true)}>
          {t(COPY.editDetails)}
        </button>
      )}

      <section aria-labelledby="participants-title">
        <h2 id="participants-title">{t(COPY.participants)}</h2>
        {session.participants.length === 0 && <p class="empty">{t(COPY.noParticipants)}</p>}
        {session.participants.map((p) => (
          <ParticipantCard key={p.id} participant={p} />
        ))}
        <div class="panel">
          <h3>{t(COPY.addParticipant)}</h3>
          <ParticipantForm form="participant-new" submitLabel={t(COPY.addParticipant)} onSubmit={(input) => model.addParticipant(input)} />
        </div>
      </section>

      <Dashboard session={session} />

      <section aria-labelledby="print-title" class="no-print">
        <h2 id="print-title">{t(COPY.exportAndPrint)}</h2>
        <p class="hint">{t(COPY.printHint)}</p>
        <div class="actions">
          <button type="button" onClick={() => model.go({ view: 'report', id: session.id, who: REPORT_SESSION })}>
            {t(COPY.sessionReport)}
          </button>
          <button type="button" class="secondary" onClick={() => model.go({ view: 'report', id: session.id, who: REPORT_EVERYONE })}>
            {t(COPY.everyoneReport)}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              const file = model.exportCsv();
              if (file) download(file.name, file.text, 'text/csv;charset=utf-8');
            }}
          >
            {t(COPY.exportCsv)}
          </button>
        </div>
      </section>
    </article>
  );
}
