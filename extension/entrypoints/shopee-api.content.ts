import { installShopeeApiTap } from '../content/shopee-api-tap';

/**
 * Main-world script on shopee.co.id: it must start before the page's own scripts so it sees the first API
 * response (document_start), and it must run in the page's world to see the page's fetch/XHR.
 */
export default defineContentScript({
  matches: ['https://shopee.co.id/*'],
  world: 'MAIN',
  runAt: 'document_start',
  // An anonymous IIFE: no global variable name that could clash with the page's.
  globalName: false,
  main() {
    installShopeeApiTap(window);
  },
});
