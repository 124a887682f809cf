import { browser } from 'wxt/browser';
import type { EmbedScripts } from '../../shared/embed';
import { download } from '../../shared/ui/download';
import { createLangModel } from '../kit/lang';
import { mountPage } from '../../shared/ui/mount-page';
import { ShowcaseApp } from './components/ShowcaseApp';
import { SHOWCASE_COPY } from './copy';
import type { DraftSource } from './models/from-drafts';
import { routeFromHash } from './models/route';
import { createShowcasePage } from './models/showcase-page';
import { PageProvider } from './page-context';
import { showcaseService } from './service';
import './page.css';
import './print.css';

/** The widget and the standalone page's QR script, as the extension build put them (modules/embed-scripts.ts). */
async function loadScripts(): Promise<EmbedScripts> {
  const read = async (path: '/embed/rapi-etalase.js' | '/embed/rapi-etalase-page.js') => {
    const response = await fetch(browser.runtime.getURL(path));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.text();
  };
  const [widget, page] = await Promise.all([read('/embed/rapi-etalase.js'), read('/embed/rapi-etalase-page.js')]);
  return { widget, page };
}

/** "Etalase saya" (etalase.html): a curator's showcases, their items and feed, and the printable cards. */
export function mountShowcasePage(root: HTMLElement, drafts: DraftSource): void {
  const lang = createLangModel();
  const model = createShowcasePage({
    service: showcaseService(),
    drafts,
    initialRoute: routeFromHash(location.hash),
    setHash: (hash) => {
      if (location.hash !== hash) history.pushState(null, '', hash);
    },
    // A download from this extension page: the file goes to the curator's own Downloads folder, nowhere else.
    saveFile: (name, text, type) => download(name, text, type),
    loadScripts,
    lang: lang.lang,
    copyText: (text) => navigator.clipboard.writeText(text),
  });
  addEventListener('popstate', () => (model.route.value = routeFromHash(location.hash)));
  addEventListener('hashchange', () => (model.route.value = routeFromHash(location.hash)));
  // Tests drive the page's own model from outside (playwright page.evaluate).
  const page = { lang, title: SHOWCASE_COPY.pageTitle, expose: { rapiShowcase: { model } } };
  mountPage(root, page, (
    <PageProvider value={model}>
      <ShowcaseApp />
    </PageProvider>
  ));
}
