import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { foreignPhotoHost, photoCspSources } from '../../shared/marketplaces/photo-hosts';
import { CHROME_BUILD, launchWithExtension, type ExtensionBrowser } from './harness';
import { FIXTURES, chooseLanguage, fixture, openPanel } from './extension-helpers';
import { shownCards } from './photos-helpers';

/**
 * A marketplace page can put any <img> in its gallery. Rapi reads the gallery, but must never contact a host that
 * is not a marketplace photo CDN: the download refuses it, and the extension pages' CSP would block it anyway.
 */
const PAGE = { file: 'pages/tokopedia_pdp_enterelectronic_lg-oled-48c4.html', url: 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4' };
const TRACKER = 'https://tracker.evil.example';
const TRAP = `${TRACKER}/gallery.jpg`;

/** The saved Tokopedia page with its first gallery thumbnail pointing at a foreign host. */
function hostilePage(): string {
  const html = fixture(PAGE.file);
  const at = html.indexOf('src="https://p16-images-sign-sg.tokopedia-static.net', html.indexOf('data-testid="PDPImageThumbnail"'));
  const end = html.indexOf('"', at + 5);
  return `${html.slice(0, at)}src="${TRAP}${html.slice(end)}`;
}

/** Who made a request: the marketplace's page, or the extension (its pages or its service worker). */
function fromExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    return true;
  }
}

describe('photo hosts (Chromium, offline)', () => {
  let browser: ExtensionBrowser;
  const trackerHits: { url: string; byExtension: boolean }[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    const { context } = browser;
    await context.route('https://www.tokopedia.com/**', (route) =>
      new URL(route.request().url()).pathname === new URL(PAGE.url).pathname
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostilePage() })
        : route.fulfill({ status: 404, body: '' }),
    );
    const photo = readFileSync(path.join(FIXTURES, 'photos/product-clean.jpg'));
    const image = { status: 200, contentType: 'image/jpeg', body: photo, headers: { 'access-control-allow-origin': '*' } };
    await context.route('https://*.tokopedia-static.net/**', (route) => route.fulfill(image));
    await context.route(`${TRACKER}/**`, (route) => {
      trackerHits.push({ url: route.request().url(), byExtension: fromExtension(route.request()) });
      return route.fulfill(image);
    });
  });
  afterAll(async () => browser?.close());

  it('the built manifest limits connect-src and img-src to the shared allow-list', () => {
    const manifest = JSON.parse(readFileSync(path.join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { content_security_policy: { extension_pages: string } };
    const directives = Object.fromEntries(
      manifest.content_security_policy.extension_pages
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name, sources.join(' ')]),
    );
    expect(directives['connect-src']).toBe(photoCspSources());
    expect(directives['img-src']).toBe(photoCspSources());
    expect(directives['script-src']).toBe("'self' 'wasm-unsafe-eval'");
  });

  it('a foreign <img> in the gallery is named in the panel, never fetched by Rapi', async () => {
    const page = await browser.context.newPage();
    await page.goto(PAGE.url);
    // The page itself loads its own <img>: proof that the route sees requests to that host.
    await expect.poll(() => trackerHits.filter((h) => !h.byExtension).length).toBeGreaterThan(0);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    await expect.poll(async () => (await shownCards(panel))[0]?.stage, { timeout: 30_000 }).toBe('failed');
    const [first, second] = await shownCards(panel);
    expect(first!.problem).toBe(foreignPhotoHost(TRAP).id);
    // The CDN photos beside it are still checked.
    await expect.poll(async () => (await shownCards(panel))[1]?.stage, { timeout: 60_000 }).toBe('done');
    expect(second).toBeDefined();
    expect(trackerHits.filter((h) => h.byExtension)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('the extension pages\' CSP blocks a foreign host even if code tried: fetch and <img> alike', async () => {
    const page = await browser.context.newPage();
    await page.goto(PAGE.url);
    const panel = await openPanel(browser, page);
    const outcome = await panel.evaluate(async ([trap, cdn]) => {
      const fetched = async (url: string) => fetch(url).then((r) => `status ${r.status}`, () => 'blocked');
      const shown = (url: string) =>
        new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('blocked');
          img.src = url;
        });
      return { fetchTrap: await fetched(trap), imgTrap: await shown(`${trap}?img`), fetchCdn: await fetched(cdn), imgCdn: await shown(cdn) };
    }, [`${TRACKER}/direct.jpg`, 'https://p16-images-sign-sg.tokopedia-static.net/tos/img/a.jpg']);
    expect(outcome).toEqual({ fetchTrap: 'blocked', imgTrap: 'blocked', fetchCdn: 'status 200', imgCdn: 'loaded' });
    expect(trackerHits.filter((h) => h.byExtension)).toEqual([]);
    await panel.close();
    await page.close();
  });
});
