import { createDraftService } from '../shared/drafts/service';
import { appDB } from '../shared/storage/db';
import { createStoredLangModel } from '../shared/ui/lang-model';
import { mountPage } from '../shared/ui/mount-page';
import { App } from './app/App';
import { PhoneProvider } from './app/context';
import { APP_COPY } from './app/copy';
import { createPhoneModel } from './app/model';
import { createPwaModel } from './app/pwa';
import { localSettingsStore, webPreferences } from './app/settings';
import { createOcrModel } from './ocr/model';
import { PhotosSection } from './photos/PhotosSection';
import './app/style.css';

/** Rapi di HP: mounts the app, then (never before the first screen) starts its storage and service worker. */
const lang = createStoredLangModel(localSettingsStore());
const service = createDraftService(appDB(), { preferences: webPreferences() });
const pwa = createPwaModel();
const model = createPhoneModel({ service, lang, pwa });
const ocr = createOcrModel({ caches, fetch: (...args) => fetch(...args), base: new URL('./', document.baseURI).href, storage: localStorage });
addEventListener('popstate', () => model.follow());

const root = document.getElementById('app')!;
root.textContent = '';
mountPage(root, { lang, title: APP_COPY.title, flush: () => model.flush(), expose: { rapiPhone: { service, model, ocr } } }, (
  <PhoneProvider value={model}>
    <App slots={{ photos: <PhotosSection ocr={ocr} /> }} />
  </PhoneProvider>
));
performance.mark('rapi:first-screen');
void model.start();
if (document.readyState === 'complete') void pwa.register();
else addEventListener('load', () => void pwa.register(), { once: true });
