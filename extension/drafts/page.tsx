import { createLangModel } from '../kit/lang';
import { mountPage } from '../../shared/ui/mount-page';
import { DraftsApp } from './components/DraftsApp';
import { createDraftsPageModel } from '../../shared/ui/drafts/drafts-page';
import { createDraftReview } from '../../shared/ui/drafts/draft-review';
import { routeFromHash } from '../../shared/ui/drafts/route';
import { PAGE_COPY } from '../../shared/ui/drafts/copy';
import { PageProvider } from '../../shared/ui/drafts/context';
import { draftService } from './service';
import './page.css';

/** "Draf saya" (drafts.html): every draft on this device, one draft with its history, export and import. */
export function mountDraftsPage(root: HTMLElement): void {
  const service = draftService();
  const model = createDraftsPageModel({
    service,
    initialRoute: routeFromHash(location.hash),
    review: createDraftReview,
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
