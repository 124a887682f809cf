import { SESSION_PANEL_COPY as C } from '../panel-copy';
import { useText } from '../../../shared/ui/text';
import { NEW_PARTICIPANT, type AddToSessionModel } from '../models/add-to-session';
import './add-to-session.css';

/** "Tambah ke sesi": a trainer records the panel's listing for a participant of a coaching session (extension/coaching). */
export function AddToSession({ model }: { model: AddToSessionModel }) {
  const t = useText();
  const added = model.added.value;
  const problem = model.problem.value;
  const sessions = model.sessions.value;
  const session = model.session.value;
  const existing = model.existing.value;
  const aria = (field: string) => (problem?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': 'session-add-problem' } : {});
  return (
    <section class="session-add" aria-labelledby="session-add-title">
      <h2 id="session-add-title">{t(C.section)}</h2>
      {added && (
        <p class="session-added" role="status" data-testid="session-added">
          {t(added.kind === 'added' ? C.added(added.title, added.participantName, added.sessionName) : C.updated(added.title, added.participantName))}{' '}
          <a href={`./pelatihan.html#sesi=${encodeURIComponent(added.sessionId)}`} target="_blank" rel="noopener">
            {t(C.openPage)}
          </a>
        </p>
      )}
      {!model.open.value ? (
        <>
          <p class="hint">{t(model.canAdd.value ? C.hint : C.needTitle)}</p>
          <div class="session-add-actions">
            <button type="button" class="secondary" disabled={!model.canAdd.value} onClick={() => model.show()}>
              {t(C.add)}
            </button>
            {!added && (
              <a href="./pelatihan.html" target="_blank" rel="noopener">
                {t(C.openPage)}
              </a>
            )}
          </div>
        </>
      ) : !sessions ? (
        <p class="hint">{t(C.loading)}</p>
      ) : sessions.length === 0 ? (
        <p class="hint">
          {t(C.noSessions)}{' '}
          <a href="./pelatihan.html" target="_blank" rel="noopener">
            {t(C.openPage)}
          </a>
        </p>
      ) : (
        <form
          class="session-add-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void model.add();
          }}
        >
          <div class="field">
            <label class="field-label" for="session-add-session">
              {t(C.session)}
            </label>
            <select id="session-add-session" value={model.sessionId.value} onChange={(e) => model.chooseSession(e.currentTarget.value)} {...aria('session')}>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.date})
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label class="field-label" for="session-add-participant">
              {t(C.participant)}
            </label>
            <select id="session-add-participant" value={model.participantId.value} onChange={(e) => (model.participantId.value = e.currentTarget.value)} {...aria('participant')}>
              <option value="">{t(C.chooseParticipant)}</option>
              {session?.participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.shop ? `${p.name} (${p.shop})` : p.name}
                </option>
              ))}
              <option value={NEW_PARTICIPANT}>{t(C.newParticipant)}</option>
            </select>
          </div>
          {model.participantId.value === NEW_PARTICIPANT && (
            <div class="field">
              <label class="field-label" for="session-add-name">
                {t(C.newName)}
              </label>
              <input id="session-add-name" type="text" maxLength={200} value={model.newName.value} onInput={(e) => (model.newName.value = e.currentTarget.value)} {...aria('new-name')} />
            </div>
          )}
          {existing && <p class="hint">{t(C.alreadyThere(existing.start.score, existing.now.score))}</p>}
          {problem && (
            <p class="field-error" id="session-add-problem" role="alert">
              {t(problem.text)}
            </p>
          )}
          <div class="session-add-actions">
            <button type="submit" disabled={model.busy.value}>
              {t(existing ? C.confirmUpdate : C.confirmAdd)}
            </button>
            <button type="button" class="secondary" onClick={() => model.close()}>
              {t(C.cancel)}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
