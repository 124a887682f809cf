import { Window } from 'happy-dom';
import { extractListing, type ExtractExtra } from '../shared/marketplaces/index';
import type { Extraction } from '../shared/marketplaces/types';

/**
 * Node entry for `rapi extract PAGE.html --url URL`: parses saved HTML with happy-dom and runs the same pure
 * extraction as the content script. The page's scripts never run (happy-dom evaluates no JavaScript by default,
 * and file loading is disabled too), so a saved page cannot execute anything. Never throws.
 */
export function extractFromHtml(html: string, url: string, extra?: ExtractExtra): Extraction {
  const window = parseHtml(html, url);
  try {
    return extractListing(window.document as unknown as Document, url, extra);
  } finally {
    void window.happyDOM.close().catch(() => undefined);
  }
}

/** A happy-dom window holding `html`, with every kind of loading and script execution off. */
export function parseHtml(html: string, url: string): Window {
  const window = new Window({
    url: isHttpUrl(url) ? url : 'https://localhost/',
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(typeof html === 'string' ? html : '');
  return window;
}

function isHttpUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}
