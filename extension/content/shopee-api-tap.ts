/**
 * Runs in the page's own JavaScript world on shopee.co.id (a MAIN-world content script). Shopee renders in the
 * browser from its own API JSON; rather than calling that API ourselves (it rejects scripted calls), we watch
 * the page's own fetch/XHR responses for the product endpoints and hand a copy to Rapi's isolated content
 * script by window.postMessage. The page's requests and responses are passed through untouched.
 *
 * No imports: no extension APIs exist in this world, and importing the adapters' message module would pull
 * their URL checks into a script that only needs two strings. This tap is a coarse first filter; the isolated
 * content script checks every message with the adapters' isShopeeApiMessage. A unit test keeps the constants here in
 * step with the adapters' (SHOPEE_API_SOURCE, SHOPEE_PRODUCT_API_PATHS).
 */

export const SHOPEE_API_SOURCE = 'rapi:shopee-api';
/** The isolated script asks for the responses seen before it started listening. */
export const SHOPEE_API_REPLAY = 'rapi:shopee-api:replay';
/** The product endpoints (the BFF one, and older ones). */
export const WATCHED_PATHS = ['/api/v4/pdp/get_pc', '/api/v4/pdp/get', '/api/v4/item/get'];

/** Resolves a request URL against the page; undefined unless it is a product endpoint on the page's origin. */
export function watchedApiUrl(url: string, base: string): string | undefined {
  try {
    const absolute = new URL(url, base);
    if (absolute.origin !== new URL(base).origin || !WATCHED_PATHS.includes(absolute.pathname)) return undefined;
    return absolute.href;
  } catch {
    return undefined;
  }
}

interface TappedResponse {
  source: typeof SHOPEE_API_SOURCE;
  url: string;
  body: unknown;
}

type TapWindow = Window & typeof globalThis;

/** Installs the tap; returns a function that puts fetch and XHR back as they were. */
export function installShopeeApiTap(win: TapWindow, keep = 4): () => void {
  const origin = win.location.origin;
  const recent: TappedResponse[] = [];

  const post = (url: string, body: unknown) => {
    const message: TappedResponse = { source: SHOPEE_API_SOURCE, url, body };
    recent.push(message);
    if (recent.length > keep) recent.shift();
    win.postMessage(message, origin);
  };

  const originalFetch = win.fetch;
  const tappedFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    const response = originalFetch.call(win, input, init);
    const url = watchedApiUrl(input instanceof Request ? input.url : String(input), win.location.href);
    if (url) {
      response
        .then((res) => res.clone().json().then((body: unknown) => post(res.url || url, body)))
        .catch(() => {
          // Not JSON, or the request failed: the page deals with it; Rapi reads the DOM instead.
        });
    }
    return response;
  };
  win.fetch = tappedFetch as typeof fetch;

  const proto = win.XMLHttpRequest.prototype;
  const originalOpen = proto.open;
  const onLoad = function (this: XMLHttpRequest) {
    try {
      const body: unknown =
        this.responseType === 'json' ? this.response : this.responseType === '' || this.responseType === 'text' ? JSON.parse(this.responseText) : undefined;
      const url = watchedApiUrl(this.responseURL, win.location.href);
      if (url && body !== undefined && body !== null) post(url, body);
    } catch {
      // Not JSON: nothing to pass on.
    }
  };
  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    if (watchedApiUrl(String(args[1]), win.location.href)) this.addEventListener('load', onLoad);
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof proto.open;

  const onReplayRequest = (event: MessageEvent) => {
    if (event.source !== win || event.origin !== origin) return;
    if ((event.data as { source?: unknown } | null)?.source !== SHOPEE_API_REPLAY) return;
    for (const message of recent) win.postMessage(message, origin);
  };
  win.addEventListener('message', onReplayRequest);

  return () => {
    if (win.fetch === (tappedFetch as typeof fetch)) win.fetch = originalFetch;
    proto.open = originalOpen;
    win.removeEventListener('message', onReplayRequest);
  };
}
