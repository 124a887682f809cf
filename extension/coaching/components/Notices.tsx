import { COPY } from '../page-copy';
import { usePage, useText } from '../page-context';

/** News for screen readers and eyes: a polite status line, an alert for problems, and undo after a delete. */
export function Notices() {
  const { model } = usePage();
  const t = useText();
  const notice = model.notice.value;
  const alert = model.alert.value;
  const deleted = model.deleted.value;
  return (
    <div class="no-print">
      <p class="notice" role="status" aria-live="polite" hidden={!notice} data-testid="page-notice">
        {notice ? t(notice) : ''}
      </p>
      <p class="alert" role="alert" hidden={!alert} data-testid="page-alert">
        {alert ? t(alert) : ''}
      </p>
      {deleted && (
        <div class="undo-bar">
          <span>{t(COPY.deletedSession(deleted.name))}</span>
          <button type="button" onClick={() => void model.undoDelete()}>
            {t(COPY.undoDelete)}
          </button>
        </div>
      )}
    </div>
  );
}
