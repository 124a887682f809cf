import { SHOWCASE_COPY as C } from '../copy';
import { useShowcasePage, useText } from '../page-context';
import { LanguagePicker } from '../../../shared/ui/LanguagePicker';
import { Notices } from './Notices';
import { PrintView } from './PrintView';
import { ShowcaseEditor } from './ShowcaseEditor';
import { ShowcaseList } from './ShowcaseList';

/** "Etalase saya": the list of showcases, one showcase, or its print view (#/, #/s/ID, #/print/ID/…). */
export function ShowcaseApp() {
  const { model } = useShowcasePage();
  const t = useText();
  const route = model.route.value;
  if (route.view === 'print') return <PrintView />;
  return (
    <>
      <header class="header">
        <div>
          <p class="app-name">Rapi</p>
          <h1 class="section-name">{t(C.pageTitle)}</h1>
        </div>
        <LanguagePicker legend={t(C.language)} className="no-print" />
      </header>
      <main>
        <Notices />
        {route.view === 'showcase' ? <ShowcaseEditor /> : <ShowcaseList />}
      </main>
    </>
  );
}
