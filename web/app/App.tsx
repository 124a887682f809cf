import type { ComponentChildren } from 'preact';
import { PageProvider } from '../../shared/ui/drafts/context';
import { Notices } from '../../shared/ui/drafts/Notices';
import { LanguagePicker } from '../../shared/ui/LanguagePicker';
import { CheckScreen } from '../check/CheckScreen';
import { DraftsScreen } from '../drafts/DraftsScreen';
import { usePhone, useText } from './context';
import { APP_COPY as C } from './copy';
import { FrameNotes } from './FrameNotes';

/**
 * Rapi di HP: one column for 360–414 px screens, a header with the language switch, the screen, and two large
 * tabs at the bottom (Periksa, Draf saya) within a thumb's reach. Features add their parts through `slots`.
 */
export function App({ slots = {} }: { slots?: { photos?: ComponentChildren; top?: ComponentChildren } }) {
  const { model } = usePhone();
  const t = useText();
  const screen = model.route.value.screen;
  return (
    <PageProvider value={model.drafts}>
      <a class="skip" href="#main">
        {t(C.skip)}
      </a>
      <header class="header">
        <p class="app-name">
          Rapi <span class="visually-hidden">— {t(C.tagline)}</span>
        </p>
        <LanguagePicker legend={t(C.language)} />
      </header>
      <main id="main">
        <FrameNotes />
        <Notices />
        {slots.top}
        {screen === 'drafts' ? <DraftsScreen /> : <CheckScreen photos={slots.photos} />}
      </main>
      <nav class="tabs" aria-label={t(C.nav)}>
        <a href="./" aria-current={screen === 'check' ? 'page' : undefined} onClick={(e) => {
          e.preventDefault();
          model.go({ screen: 'check', key: model.check.draft.peek()?.key });
        }}>
          {t(C.check)}
        </a>
        <a href="#drafts" aria-current={screen === 'drafts' ? 'page' : undefined} onClick={(e) => {
          e.preventDefault();
          model.go({ screen: 'drafts' });
        }}>
          {t(C.drafts)}
        </a>
      </nav>
    </PageProvider>
  );
}
