import { effect } from '@preact/signals';
import { render } from 'preact';
import { draftService } from '../../drafts/service';
import { SHOWCASE_COPY } from '../../showcase/copy';
import { createEtalasePage, routeFromHash } from '../../showcase/models/etalase-page';
import { showcaseService } from '../../showcase/service';
import { createLangModel } from '../../kit/lang';
import { EtalaseApp } from '../../showcase/components/EtalaseApp';
import { EtalaseContext } from '../../showcase/page-context';

const lang = createLangModel();
const drafts = draftService();
const model = createEtalasePage({
  service: showcaseService(),
  drafts: { listDrafts: (q) => drafts.listDrafts(q), findDraft: (key) => drafts.findDraft(key as Parameters<typeof drafts.findDraft>[0]) },
  initialRoute: routeFromHash(location.hash),
  setHash: (hash) => {
    if (location.hash !== hash) history.pushState(null, '', hash);
  },
  saveFile: (name, text) => {
    // A download from this extension page: the file goes to the curator's own Downloads folder, nowhere else.
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  copyText: (text) => navigator.clipboard.writeText(text),
});
addEventListener('popstate', () => (model.route.value = routeFromHash(location.hash)));
addEventListener('hashchange', () => (model.route.value = routeFromHash(location.hash)));

effect(() => {
  document.documentElement.lang = lang.lang.value;
  document.title = `${SHOWCASE_COPY.pageTitle[lang.lang.value]} — Rapi`;
});

// Tests drive the page's own service from outside (playwright page.evaluate); only code already running in this
// extension page can reach it.
Object.assign(globalThis, { rapiEtalase: { model } });

render(
  <EtalaseContext.Provider value={{ model, lang }}>
    <EtalaseApp />
  </EtalaseContext.Provider>,
  document.getElementById('app')!,
);
