import { COPY } from '../copy';
import { usePanel, useText } from '../panel-context';
import { LanguagePicker } from '../../../shared/ui/LanguagePicker';

export function Header() {
  const panel = usePanel();
  const t = useText();
  const manual = panel.view.value === 'manual';
  const canRead = panel.source.state.value?.extraction != null;
  return (
    <header class="header">
      <div class="brand">
        <h1>{t(COPY.appName)}</h1>
        <p>{t(COPY.tagline)}</p>
      </div>
      <LanguagePicker legend={t(COPY.language)} />
      {manual ? (
        canRead && (
          <button type="button" class="secondary" onClick={() => panel.backToPage()}>
            {t(COPY.backToPage)}
          </button>
        )
      ) : (
        <button type="button" class="secondary" onClick={() => panel.chooseManual()}>
          {t(COPY.manual)}
        </button>
      )}
    </header>
  );
}
