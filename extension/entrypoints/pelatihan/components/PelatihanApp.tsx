import type { Lang } from '../../../../shared/i18n/text';
import { COPY } from '../copy';
import { usePage, useText } from '../context';
import { ListingFixView } from './ListingFixView';
import { Notices } from './Notices';
import { ReportView } from './ReportView';
import { SessionList } from './SessionList';
import { SessionView } from './SessionView';

const LANGS: { lang: Lang; name: string }[] = [
  { lang: 'id', name: 'Bahasa Indonesia' },
  { lang: 'en', name: 'English' },
];

export function PelatihanApp() {
  const { model, lang } = usePage();
  const t = useText();
  const route = model.route.value;
  return (
    <>
      <header class="header no-print">
        <div class="brand">
          <p class="app-name">Rapi</p>
          <p class="section-name">{t(COPY.title)}</p>
        </div>
        <fieldset class="lang-switch">
          <legend>{t(COPY.language)}</legend>
          {LANGS.map((choice) => (
            <label key={choice.lang} lang={choice.lang}>
              <input type="radio" name="rapi-lang" value={choice.lang} checked={lang.lang.value === choice.lang} onChange={() => void lang.choose(choice.lang)} />
              {choice.name}
            </label>
          ))}
        </fieldset>
      </header>
      <main>
        <Notices />
        {route.view === 'list' && <SessionList />}
        {route.view === 'session' && <SessionView />}
        {route.view === 'listing' && <ListingFixView />}
        {route.view === 'report' && <ReportView who={route.who} />}
      </main>
    </>
  );
}
