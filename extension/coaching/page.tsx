import { createLangModel } from '../kit/lang';
import { mountPage } from '../../shared/ui/mount-page';
import { appDB } from '../../shared/storage/db';
import { CoachingApp } from './components/CoachingApp';
import { createCoachingPage } from './models/coaching-page';
import { hashFor, routeFromHash } from './models/route';
import { COPY } from './page-copy';
import { PageProvider } from './page-context';
import { createSessionStore } from './store';
import './page.css';

/** "Sesi pelatihan" (pelatihan.html): a trainer's sessions, their participants' listings, reports. */
export function mountCoachingPage(root: HTMLElement): void {
  const store = createSessionStore(appDB());
  const model = createCoachingPage({
    store,
    initialRoute: routeFromHash(location.hash),
    setHash: (route) => {
      const hash = hashFor(route);
      if (location.hash !== hash) history.pushState(null, '', hash || location.pathname + location.search);
    },
  });
  addEventListener('popstate', () => model.go(routeFromHash(location.hash)));
  // Tests drive the page's own store from outside (playwright page.evaluate).
  const page = { lang: createLangModel(), title: COPY.title, flush: () => model.flush(), expose: { rapiCoaching: { store, model } } };
  mountPage(root, page, (
    <PageProvider value={model}>
      <CoachingApp />
    </PageProvider>
  ));
}
