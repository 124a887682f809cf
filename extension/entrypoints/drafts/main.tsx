import { effect } from '@preact/signals';
import { render } from 'preact';
import { PAGE_COPY } from '../../drafts/page-copy';
import { createDraftsPageModel, routeFromHash } from '../../drafts/models/drafts-page';
import { draftService } from '../../drafts/service';
import { createLangModel } from '../../kit/lang';
import { DraftsApp } from '../../drafts/components/DraftsApp';
import { PageContext } from '../../drafts/page-context';

const service = draftService();
const lang = createLangModel();
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

// Closing or hiding the page saves what is on screen now, not after the autosave pause.
addEventListener('pagehide', () => void model.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void model.flush();
});

effect(() => {
  document.documentElement.lang = lang.lang.value;
  document.title = `${PAGE_COPY.title[lang.lang.value]} — Rapi`;
});

// Tests and the bench drive the page's own service from outside (playwright page.evaluate). Only code that can
// already run inside this extension page can reach it; web pages cannot.
Object.assign(globalThis, { rapiDrafts: { service, model } });

render(
  <PageContext.Provider value={{ model, lang }}>
    <DraftsApp />
  </PageContext.Provider>,
  document.getElementById('app')!,
);
