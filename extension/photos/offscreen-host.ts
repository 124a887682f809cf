import { browser } from 'wxt/browser';

/** The offscreen document's page in the build (extension/entrypoints/offscreen/index.html). */
export const OFFSCREEN_PAGE = '/offscreen.html';

let creating: Promise<void> | null = null;

/**
 * Starts the photo checker's offscreen document if it is not running (Chrome; the background calls this for the
 * panel). An extension may have only one offscreen document, and two panels may ask at once, so a creation in
 * progress is shared. False where there is no offscreen API (Firefox: the sidebar checks photos itself).
 */
export async function ensureOffscreenDocument(): Promise<boolean> {
  const offscreen = (browser as { offscreen?: typeof browser.offscreen }).offscreen;
  if (!offscreen) return false;
  const url = browser.runtime.getURL(OFFSCREEN_PAGE);
  const running = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (running.length > 0) return true;
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['WORKERS'],
      justification: 'Decode product photos and read the text on them (tesseract.js in a worker), offline.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
  return true;
}
