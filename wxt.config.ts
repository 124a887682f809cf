import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { photoCspSources } from './shared/marketplaces/photo-hosts';

export default defineConfig({
  srcDir: 'extension',
  // WXT looks for local modules in <root>/modules; ours live beside the rest of the extension.
  modulesDir: 'extension/modules',
  // Copied into the build as is: _locales (the extension's name and description in id and en).
  publicDir: 'extension/public',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  // npm run zip: rapi-<version>-chrome.zip, rapi-<version>-firefox.zip and, for the add-on site's reviewers,
  // rapi-<version>-sources.zip (what the build needs; how to build it: docs/store/build-from-source.md).
  zip: {
    artifactTemplate: 'rapi-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'rapi-{{version}}-sources.zip',
    // Hidden files, node_modules and tests are left out by WXT already; these are not part of the add-on either.
    excludeSources: ['tests/**', 'dist/**', 'bench/**', 'demo/**', 'test-results/**', 'coverage/**', 'docs/store/screenshots/**'],
  },
  manifest: ({ browser }) => ({
    // Name and description per language: extension/public/_locales/{id,en}/messages.json.
    name: '__MSG_extName__',
    short_name: 'Rapi',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // offscreen: the photo checker's document (decoding, OCR) in Chrome; Firefox's sidebar does that work itself.
    // unlimitedStorage: drafts and their history must not hit the origin's quota or be evicted.
    permissions: browser === 'firefox' ? ['storage', 'unlimitedStorage'] : ['storage', 'unlimitedStorage', 'sidePanel', 'offscreen'],
    host_permissions: [
      'https://shopee.co.id/*',
      'https://seller.shopee.co.id/*',
      'https://www.tokopedia.com/*',
      'https://seller.tokopedia.com/*',
      'https://seller-id.tokopedia.com/*',
      // The marketplaces' photo CDNs: the panel reads listing photos from them for the photo checks.
      'https://*.img.susercontent.com/*',
      'https://images.tokopedia.net/*',
      // Where Tokopedia's product pages keep their photos today (p16-/p19-images-sign-sg…): without it a CDN
      // that sends no CORS header makes every photo fail.
      'https://*.tokopedia-static.net/*',
    ],
    // The toolbar button opens the side panel (Chrome: sidePanel behaviour; Firefox: sidebar_action toggle).
    action: { default_title: 'Rapi' },
    content_security_policy: {
      // connect-src / img-src: Rapi's pages fetch and show only their own files, blob:/data: previews and the
      // marketplaces' photo CDNs (one list, shared/marketplaces/photo-hosts.ts), whatever a page lists as photos.
      extension_pages: `script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src ${photoCspSources()}; img-src ${photoCspSources()};`,
    },
    // The newest API Rapi calls in Chrome/Edge (sidePanel.open, runtime.getContexts, AbortSignal.any): 116.
    // Each API with its first version and source: docs/browser-support.md.
    minimum_chrome_version: browser === 'firefox' ? undefined : '116',
    // Firefox 140 (ESR) and Firefox for Android 142 are the first to read data_collection_permissions, which the
    // add-on site requires; every API Rapi uses is older. Android has no sidebar: the panel opens in a tab there.
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: { id: 'rapi@rapi.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
