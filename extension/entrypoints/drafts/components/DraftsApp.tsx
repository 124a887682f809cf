import { PAGE_COPY } from '../copy';
import { usePage, useText } from '../context';
import { DataTransfer } from './DataTransfer';
import { DraftEditor } from './DraftEditor';
import { DraftList } from './DraftList';
import { Notices } from './Notices';

const LANGS = [
  { lang: 'id', name: 'Bahasa Indonesia' },
  { lang: 'en', name: 'English' },
] as const;

export function DraftsApp() {
  const { model, lang } = usePage();
  const t = useText();
  const route = model.route.value;
  return (
    <>
      <header class="header">
        <div class="brand">
          <p class="app-name">Rapi</p>
          {route.view === 'list' ? <h1 id="page-title" tabIndex={-1}>{t(PAGE_COPY.title)}</h1> : <p class="section-name">{t(PAGE_COPY.title)}</p>}
        </div>
        <fieldset class="lang-switch">
          <legend>{t(PAGE_COPY.language)}</legend>
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
        {route.view === 'list' ? (
          <>
            <p class="note">{t(PAGE_COPY.intro)}</p>
            <DraftList />
            <DataTransfer />
          </>
        ) : (
          <DraftEditor key={route.key} />
        )}
      </main>
    </>
  );
}
