import { LanguagePicker } from '../../../shared/ui/LanguagePicker';
import { COPY } from '../page-copy';
import { usePage, useText } from '../page-context';
import { ListingFixView } from './ListingFixView';
import { Notices } from './Notices';
import { ReportView } from './ReportView';
import { SessionList } from './SessionList';
import { SessionView } from './SessionView';

export function CoachingApp() {
  const { model } = usePage();
  const t = useText();
  const route = model.route.value;
  return (
    <>
      <header class="header no-print">
        <div class="brand">
          <p class="app-name">Rapi</p>
          <p class="section-name">{t(COPY.title)}</p>
        </div>
        <LanguagePicker legend={t(COPY.language)} />
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
