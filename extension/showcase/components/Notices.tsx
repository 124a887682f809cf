import { SHOWCASE_COPY as C } from '../copy';
import { useShowcasePage, useText } from '../page-context';

/** The last thing that happened, with Undo where it can be undone. Announced politely; problems assertively. */
export function Notices() {
  const { model } = useShowcasePage();
  const t = useText();
  const notice = model.notice.value;
  return (
    <div aria-live="polite" class="no-print">
      {notice && (
        <div class={notice.tone === 'alert' ? 'alert' : 'notice'} role={notice.tone === 'alert' ? 'alert' : 'status'} data-testid="notice">
          <p>{t(notice.text)}</p>
          {notice.lines && (
            <ul>
              {notice.lines.map((line, i) => (
                <li key={i}>{t(line)}</li>
              ))}
            </ul>
          )}
          {notice.undo && (
            <button type="button" class="secondary" onClick={() => void notice.undo!().then(() => model.dismissNotice())}>
              {t(C.undo)}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
