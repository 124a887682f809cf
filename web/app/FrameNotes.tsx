import { usePhone, useText } from './context';
import { APP_COPY as C } from './copy';

/** Notes about the app itself: a new version is ready, the phone is offline, Rapi can be installed. */
export function FrameNotes() {
  const { model } = usePhone();
  const t = useText();
  const pwa = model.pwa;
  if (!pwa) return null;
  const prompt = pwa.installPrompt.value;
  return (
    <>
      {pwa.updateReady.value && (
        <p class="frame-note" role="status">
          {t(C.updated)}{' '}
          <button type="button" class="secondary" onClick={() => location.reload()}>
            {t(C.reload)}
          </button>
        </p>
      )}
      {!pwa.online.value && (
        <p class="frame-note offline" role="status" data-testid="offline-note">
          {t(C.offline)}
        </p>
      )}
      {/* Offered once the seller has a draft to come back to, not before they have used Rapi at all. */}
      {prompt && !pwa.standalone && !pwa.dismissed.value && model.check.draft.value && (
        <section class="install-card" aria-labelledby="install-title">
          <h2 id="install-title">{t(C.install)}</h2>
          <p>{t(C.installShort)}</p>
          <div class="actions">
            <button type="button" onClick={() => void pwa.install()}>
              {t(C.installButton)}
            </button>
            <button type="button" class="secondary" onClick={() => pwa.dismissInstall()}>
              {t(C.installLater)}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
