// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://shopee.co.id/Kopi-Gayo-i.8.9" }
import { afterEach, describe, expect, it } from 'vitest';
import { SHOPEE_API_REPLAY, SHOPEE_API_SOURCE, WATCHED_PATHS, installShopeeApiTap, watchedApiUrl } from '../../../extension/content/shopee-api-tap';
import * as adapters from '../../../shared/marketplaces/shopee/message';

describe('the tap and the adapters agree', () => {
  it('on the message name and the product endpoints', () => {
    expect(SHOPEE_API_SOURCE).toBe(adapters.SHOPEE_API_SOURCE);
    expect([...WATCHED_PATHS].sort()).toEqual([...adapters.SHOPEE_PRODUCT_API_PATHS].sort());
  });

  it('on what the isolated side accepts: every URL the tap posts passes ShopeeApiMessage', () => {
    for (const path of WATCHED_PATHS) {
      const url = watchedApiUrl(`${path}?item_id=1&shop_id=2`, 'https://shopee.co.id/Kopi-i.2.1')!;
      expect(adapters.isShopeeApiMessage({ source: SHOPEE_API_SOURCE, url, body: {} })).toBe(true);
    }
  });
});

describe('watchedApiUrl', () => {
  it.each([
    ['https://shopee.co.id/api/v4/pdp/get_pc?item_id=1&shop_id=2', true],
    ['/api/v4/pdp/get_pc?item_id=1&shop_id=2', true],
    ['https://shopee.co.id/api/v4/item/get?itemid=1&shopid=2', true],
    ['https://shopee.co.id/api/v4/pdp/get_rw?item_id=1', false],
    ['https://shopee.co.id/api/v4/search/search_items?keyword=kopi', false],
    ['https://shopee.co.id/Kopi-i.1.2?x=/api/v4/pdp/get_pc', false],
    ['https://evil.example/api/v4/pdp/get_pc', false],
  ])('%s → %s', (url, watched) => {
    expect(watchedApiUrl(url, 'https://shopee.co.id/Kopi-i.1.2') !== undefined).toBe(watched);
  });

  it('resolves relative URLs against the page', () => {
    expect(watchedApiUrl('/api/v4/pdp/get_pc?item_id=1', 'https://shopee.co.id/x')).toBe('https://shopee.co.id/api/v4/pdp/get_pc?item_id=1');
  });
});

type Posted = { source: string; url: string; body: unknown };

function collectPosts(): { posts: Posted[]; stop: () => void } {
  const posts: Posted[] = [];
  const listener = (event: MessageEvent) => {
    if ((event.data as Posted)?.source === SHOPEE_API_SOURCE) posts.push(event.data as Posted);
  };
  window.addEventListener('message', listener);
  return { posts, stop: () => window.removeEventListener('message', listener) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('installShopeeApiTap', () => {
  let uninstall: (() => void) | undefined;
  const realFetch = window.fetch;
  afterEach(() => {
    uninstall?.();
    window.fetch = realFetch;
  });

  it('passes the page its own response untouched and posts a copy of product API JSON', async () => {
    const body = { data: { item: { title: 'Kopi Gayo 250 gr' } } };
    const pageSaw: string[] = [];
    window.fetch = (async (input: RequestInfo | URL) => {
      pageSaw.push(String(input));
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    uninstall = installShopeeApiTap(window as never);
    const { posts, stop } = collectPosts();

    const response = await window.fetch('/api/v4/pdp/get_pc?item_id=9&shop_id=8');
    expect(await response.json()).toEqual(body);
    await settle();
    stop();
    expect(pageSaw).toEqual(['/api/v4/pdp/get_pc?item_id=9&shop_id=8']);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toEqual(body);
    expect(posts[0]!.url).toBe('https://shopee.co.id/api/v4/pdp/get_pc?item_id=9&shop_id=8');
  });

  it('ignores other endpoints and responses that are not JSON', async () => {
    window.fetch = (async (input: RequestInfo | URL) =>
      new Response(String(input).includes('get_pc') ? '<html>captcha</html>' : '{"ok":1}')) as typeof fetch;
    uninstall = installShopeeApiTap(window as never);
    const { posts, stop } = collectPosts();
    await window.fetch('/api/v4/search/search_items?keyword=kopi');
    const page = await window.fetch('/api/v4/pdp/get_pc?item_id=1');
    expect(await page.text()).toBe('<html>captcha</html>');
    await settle();
    stop();
    expect(posts).toEqual([]);
  });

  it('replays what it saw when the isolated script asks, and restores fetch on uninstall', async () => {
    const stub = (async () => new Response('{"n":1}')) as typeof fetch;
    window.fetch = stub;
    uninstall = installShopeeApiTap(window as never);
    expect(window.fetch).not.toBe(stub);
    await window.fetch('https://shopee.co.id/api/v4/item/get?itemid=1');
    await settle();
    const { posts, stop } = collectPosts();
    // Dispatched by hand: happy-dom's postMessage does not set event.source to the window, as browsers do.
    const ask = (origin: string) =>
      window.dispatchEvent(new MessageEvent('message', { data: { source: SHOPEE_API_REPLAY }, origin, source: window as never }));
    ask('https://evil.example');
    await settle();
    expect(posts).toEqual([]);
    ask(window.location.origin);
    await settle();
    stop();
    expect(posts.map((p) => p.body)).toEqual([{ n: 1 }]);
    uninstall();
    uninstall = undefined;
    expect(window.fetch).toBe(stub);
  });
});
