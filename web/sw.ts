/// <reference lib="webworker" />
/**
 * Rapi di HP's service worker:
 * - precaches the app (the list Workbox writes into the build), so after the first visit it opens with no network;
 * - answers every navigation in its scope with the app's page (`./?share=…`, `./#draft=…` work offline);
 * - takes shares from other apps (the manifest's share_target: a multipart POST) into the share inbox, then sends
 *   the page to `./?share=<id>`;
 * - serves the OCR files from their own cache once the seller downloaded them (never precached: they are several
 *   MB and only needed for photos).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { OCR_CACHE, OCR_DIR } from './ocr/cache-name';
import { putShare } from './share/inbox';
import { SHARE_FIELDS, SHARE_PARAM, SHARE_TARGET_PATH } from './share/protocol';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const scope = self.registration.scope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
registerRoute(({ url }) => url.href.startsWith(new URL(OCR_DIR, scope).href), new CacheFirst({ cacheName: OCR_CACHE }));

// A new version takes over at once; the page says so and offers to reload (web/app/update.ts).
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.href !== new URL(SHARE_TARGET_PATH, scope).href) return;
  event.respondWith(receiveShare(event.request));
});

async function receiveShare(request: Request): Promise<Response> {
  const back = new URL('./', scope);
  try {
    const form = await request.formData();
    const meta = await putShare(self.caches, scope, form, SHARE_FIELDS, crypto.randomUUID(), Date.now());
    back.searchParams.set(SHARE_PARAM, meta.id);
  } catch {
    // Unreadable form data or a full disk: the page says the share could not be kept.
    back.searchParams.set(SHARE_PARAM, 'failed');
  }
  return Response.redirect(back.href, 303);
}
