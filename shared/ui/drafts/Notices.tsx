import { usePage, useText } from './context';

/** News for screen readers and eyes: a polite status line, and an alert for problems. Always in the DOM. */
export function Notices() {
  const { model } = usePage();
  const t = useText();
  const notice = model.notice.value;
  const alert = model.alert.value;
  return (
    <>
      <p class="notice" role="status" aria-live="polite" hidden={!notice}>
        {notice ? t(notice) : ''}
      </p>
      <p class="alert" role="alert" hidden={!alert} data-testid="page-alert">
        {alert ? t(alert) : ''}
      </p>
    </>
  );
}
