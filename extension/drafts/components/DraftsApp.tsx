import { LanguagePicker } from '../../kit/LanguagePicker';
import { PAGE_COPY } from '../page-copy';
import { usePage, useText } from '../page-context';
import { DataTransfer } from './DataTransfer';
import { DraftEditor } from './DraftEditor';
import { DraftList } from './DraftList';
import { Notices } from './Notices';

export function DraftsApp() {
  const { model } = usePage();
  const t = useText();
  const route = model.route.value;
  return (
    <>
      <header class="header">
        <div class="brand">
          <p class="app-name">Rapi</p>
          {route.view === 'list' ? <h1 id="page-title" tabIndex={-1}>{t(PAGE_COPY.title)}</h1> : <p class="section-name">{t(PAGE_COPY.title)}</p>}
        </div>
        <LanguagePicker legend={t(PAGE_COPY.language)} />
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
