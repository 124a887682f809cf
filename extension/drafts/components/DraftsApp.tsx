import { LanguagePicker } from '../../../shared/ui/LanguagePicker';
import { PAGE_COPY } from '../../../shared/ui/drafts/copy';
import { usePage, useText } from '../../../shared/ui/drafts/context';
import { DataTransfer } from '../../../shared/ui/drafts/DataTransfer';
import { DraftEditor } from './DraftEditor';
import { DraftList } from '../../../shared/ui/drafts/DraftList';
import { Notices } from '../../../shared/ui/drafts/Notices';

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
