import { effect, signal } from '@preact/signals';
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
import { createPhonePhotoChecks, type PhonePhotoChecks } from './photos/checks';
import { createPhoneFixer } from './photos/fixer';
import { photoKeeper } from './photos/keep';
import { PhotosSection } from './photos/PhotosSection';
import './app/style.css';

/** Rapi di HP: mounts the app, then (never before the first screen) starts its storage and service worker. */
const lang = createStoredLangModel(localSettingsStore());
// Storage and the text reader load after the first screen (web/drafts/lazy-service.ts says why).
const service = lazyDraftService(() => import('./drafts/storage').then((m) => m.openDraftStorage()));
const pwa = createPwaModel();
const base = new URL('./', document.baseURI).href;
const ocr = signal<OcrModel | null>(null);
let photoChecks!: PhonePhotoChecks;
const model = createPhoneModel({
  service,
  lang,
  pwa,
  keeper: photoKeeper(caches, base),
  photos: (editor) => (photoChecks = createPhonePhotoChecks({ listing: editor.listing, files: editor.droppedFiles, ocr })),
});
const fixer = createPhoneFixer({ checks: photoChecks, listing: model.check.editor.listing, use: (index, file) => model.check.replacePhoto(index, file) });
const loadOcr = async () =>
  (ocr.value ??= (await import('./ocr/model')).createOcrModel({
    caches,
    fetch: (...args) => fetch(...args),
    base,
    storage: localStorage,
  }));
addEventListener('popstate', () => model.follow());
// A photo from any side (gallery, camera, a share, a reopened draft) brings the text reader's offer.
effect(() => {
  if (model.check.editor.droppedFiles.value?.length) void loadOcr().then((m) => m.photosAdded());
});

const root = document.getElementById('app')!;
root.textContent = '';
mountPage(root, { lang, title: APP_COPY.title, flush: () => model.flush(), expose: { rapiPhone: { service, model, loadOcr, photoChecks } } }, (
  <PhoneProvider value={model}>
    <App slots={{ photos: <PhotosSection ocr={ocr} loadOcr={loadOcr} checks={photoChecks} fixer={fixer} /> }} />
  </PhoneProvider>
));
performance.mark('rapi:first-screen');
void model.start();
if (document.readyState === 'complete') void pwa.register();
else addEventListener('load', () => void pwa.register(), { once: true });
