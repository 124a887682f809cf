import { usePhone, useText } from './context';
import { APP_COPY as C } from './copy';

/** How to install Rapi by hand, for browsers without an install prompt (Safari on iPhone, Firefox). */
export function InstallHelp() {
  const { model } = usePhone();
  const t = useText();
  if (model.pwa?.standalone) return null;
  return (
    <details class="install-help">
      <summary>{t(C.install)}</summary>
      <p>{t(C.installHint)}</p>
      <p>{t(C.installManual)}</p>
    </details>
  );
}
