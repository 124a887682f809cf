import { createLangModel } from '../kit/lang';
import { mountPage } from '../kit/mount-page';
import { DraftsApp } from './components/DraftsApp';
import { createDraftsPageModel } from './models/drafts-page';
import { routeFromHash } from './models/route';
import { PAGE_COPY } from './page-copy';
import { PageProvider } from './page-context';
import { draftService } from './service';
import './page.css';

/** "Draf saya" (drafts.html): every draft on this device, one draft with its history, export and import. */
export function mountDraftsPage(root: HTMLElement): void {
  const service = draftService();
  const model = createDraftsPageModel({
    service,
    initialRoute: routeFromHash(location.hash),
    setHash: (hash) => {
      if (location.hash !== hash) history.pushState(null, '', hash || location.pathname + location.search);
    },
  });
  void model.start();
  addEventListener('popstate', () => void model.go(routeFromHash(location.hash)));
  addEventListener('hashchange', () => void model.go(routeFromHash(location.hash)));
  // Tests and the bench drive the page's own service from outside (playwright page.evaluate).
  const page = { lang: createLangModel(), title: PAGE_COPY.title, flush: () => model.flush(), expose: { rapiDrafts: { service, model } } };
  mountPage(root, page, (
    <PageProvider value={model}>
      <DraftsApp />
    </PageProvider>
  ));
}
