/**
 * Cache Storage in memory for Node tests (the service worker's inbox, the OCR cache). Responses are stored as their
 * bytes and headers and rebuilt on match, so a body can be read each time, as with the browser's cache.
 */
export function fakeCaches(options: { failPut?: () => boolean } = {}) {
  const stores = new Map<string, Map<string, { body: ArrayBuffer; headers: [string, string][] }>>();
  const keyOf = (request: RequestInfo | URL) => (typeof request === 'string' ? request : request instanceof URL ? request.href : request.url);
  const open = async (name: string) => {
    let store = stores.get(name);
    if (!store) stores.set(name, (store = new Map()));
    const entries = store;
    const cache = {
      async match(request: RequestInfo | URL) {
        const hit = entries.get(keyOf(request));
        return hit ? new Response(hit.body.slice(0), { headers: hit.headers }) : undefined;
      },
      async put(request: RequestInfo | URL, response: Response) {
        if (options.failPut?.()) throw new DOMException('full', 'QuotaExceededError');
        entries.set(keyOf(request), { body: await response.arrayBuffer(), headers: [...response.headers] });
      },
      async delete(request: RequestInfo | URL) {
        return entries.delete(keyOf(request));
      },
      async keys() {
        return [...entries.keys()].map((url) => new Request(url));
      },
    };
    return cache as unknown as Cache;
  };
  const caches = { open, has: async (name: string) => stores.has(name), delete: async (name: string) => stores.delete(name), keys: async () => [...stores.keys()] };
  return { caches: caches as unknown as CacheStorage, stores };
}
