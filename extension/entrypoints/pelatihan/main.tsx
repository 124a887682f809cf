import { effect } from '@preact/signals';
import { render } from 'preact';
import { createPelatihanModel } from '../../coaching/models/pelatihan-page';
import { hashFor, routeFromHash } from '../../coaching/models/route';
import { createSessionStore } from '../../coaching/store';
import { appDB } from '../../storage/db';
import { createLangModel } from '../../kit/lang';
import { PelatihanApp } from '../../coaching/components/PelatihanApp';
import { COPY } from '../../coaching/page-copy';
import { PageContext } from '../../coaching/page-context';

const store = createSessionStore(appDB());
const lang = createLangModel();
const model = createPelatihanModel({
  store,
  initialRoute: routeFromHash(location.hash),
  setHash: (route) => {
    const hash = hashFor(route);
    if (location.hash !== hash) history.pushState(null, '', hash || location.pathname + location.search);
  },
});
addEventListener('popstate', () => model.go(routeFromHash(location.hash)));

// Closing or hiding the page saves the listing being fixed now, not after the typing pause.
addEventListener('pagehide', () => void model.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void model.flush();
});

effect(() => {
  document.documentElement.lang = lang.lang.value;
  document.title = `${COPY.title[lang.lang.value]} — Rapi`;
});

// Tests drive the page's own store from outside (playwright page.evaluate); only code already running in this
// extension page can reach it.
Object.assign(globalThis, { rapiPelatihan: { store, model } });

render(
  <PageContext.Provider value={{ model, lang }}>
    <PelatihanApp />
  </PageContext.Provider>,
  document.getElementById('app')!,
);
