import { signal } from '@preact/signals';
import { createStoredLangModel } from '../shared/ui/lang-model';
import { mountPage } from '../shared/ui/mount-page';
import { App } from './app/App';
import { PhoneProvider } from './app/context';
import { APP_COPY } from './app/copy';
import { createPhoneModel } from './app/model';
import { createPwaModel } from './app/pwa';
import { localSettingsStore } from './app/settings';
import { lazyDraftService } from './drafts/lazy-service';
import type { OcrModel } from './ocr/model';
import { photoKeeper } from './photos/keep';
import { PhotosSection } from './photos/PhotosSection';
import './app/style.css';

/** Rapi di HP: mounts the app, then (never before the first screen) starts its storage and service worker. */
const lang = createStoredLangModel(localSettingsStore());
// Storage and the text reader load after the first screen (web/drafts/lazy-service.ts says why).
const service = lazyDraftService(() => import('./drafts/storage').then((m) => m.openDraftStorage()));
const pwa = createPwaModel();
const base = new URL('./', document.baseURI).href;
const model = createPhoneModel({ service, lang, pwa, keeper: photoKeeper(caches, base) });
const ocr = signal<OcrModel | null>(null);
const loadOcr = async () =>
  (ocr.value ??= (await import('./ocr/model')).createOcrModel({
    caches,
    fetch: (...args) => fetch(...args),
    base,
    storage: localStorage,
  }));
addEventListener('popstate', () => model.follow());

const root = document.getElementById('app')!;
root.textContent = '';
mountPage(root, { lang, title: APP_COPY.title, flush: () => model.flush(), expose: { rapiPhone: { service, model, loadOcr } } }, (
  <PhoneProvider value={model}>
    <App slots={{ photos: <PhotosSection ocr={ocr} loadOcr={loadOcr} /> }} />
  </PhoneProvider>
));
performance.mark('rapi:first-screen');
void model.start();
if (document.readyState === 'complete') void pwa.register();
else addEventListener('load', () => void pwa.register(), { once: true });
