import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: 'extension',
  // WXT looks for local modules in <root>/modules; ours live beside the rest of the extension.
  modulesDir: 'extension/modules',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Rapi — periksa listing Shopee & Tokopedia',
    short_name: 'Rapi',
    description:
      'Periksa foto, judul, dan spesifikasi listing Anda sebelum marketplace menurunkannya. Check your listing before the marketplace deboosts it.',
    default_locale: undefined,
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
      'https://*.susercontent.com/*',
      'https://images.tokopedia.net/*',
      // Where Tokopedia's product pages keep their photos today (p16-/p19-images-sign-sg…): without it a CDN
      // that sends no CORS header makes every photo fail.
      'https://*.tokopedia-static.net/*',
    ],
    // The toolbar button opens the side panel (Chrome: sidePanel behaviour; Firefox: sidebar_action toggle).
    action: { default_title: 'Rapi' },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    browser_specific_settings:
      browser === 'firefox'
        ? { gecko: { id: 'rapi@rapi.local', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } }
        : undefined,
  }),
});
