import { useEffect, useRef } from 'preact/hooks';
import { COPY, formatDay } from '../page-copy';
import { usePage, useText } from '../page-context';
import { SessionDetailsForm } from './SessionDetailsForm';

/** The trainer's sessions, newest day first, and the form for a new one. */
export function SessionList() {
  const { model, lang } = usePage();
  const t = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const list = model.list.value;
  return (
    <>
      <h1 id="page-title" ref={heading} tabIndex={-1}>
        {t(COPY.title)}
      </h1>
      <p class="note">{t(COPY.intro)}</p>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t(COPY.sessions)}</h2>
        {!list ? (
          <p class="hint">{t(COPY.loading)}</p>
        ) : list.sessions.length === 0 ? (
          <p class="empty">{t(COPY.noSessions)}</p>
        ) : (
          <ul class="session-list">
            {list.sessions.map((s) => {
              const listings = s.participants.reduce((n, p) => n + p.listings.length, 0);
              return (
                <li key={s.id} class="session-item" data-id={s.id}>
                  <h3 class="session-name">
                    <a href={`#sesi=${encodeURIComponent(s.id)}`} aria-label={t(COPY.openLabel(s.name))} onClick={(e) => (e.preventDefault(), model.go({ view: 'session', id: s.id }))}>
                      {s.name}
                    </a>
                  </h3>
                  <p class="meta">
                    <span>{formatDay(s.date, lang.lang.value)}</span>
                    {s.place && <span>{s.place}</span>}
                    <span>{t(COPY.counts(s.participants.length, listings))}</span>
                  </p>
                  <button type="button" class="danger" aria-label={t(COPY.removeSessionLabel(s.name))} onClick={() => void model.deleteSession(s.id)}>
                    {t(COPY.remove)}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {list && list.unreadable > 0 && <p class="hint">{t(COPY.unreadable(list.unreadable))}</p>}
      </section>
      <section aria-labelledby="new-session-title" class="panel">
        <h2 id="new-session-title">{t(COPY.newSession)}</h2>
        <SessionDetailsForm form="session-new" problems={model.problems.value['session-new']} submitLabel={t(COPY.create)} onSubmit={(input) => model.createSession(input)} />
      </section>
    </>
  );
}
