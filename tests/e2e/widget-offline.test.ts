import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, demoFeed, startRig, waitForWidget, type WidgetRig } from './widget-helpers';

const W = 'rapi-etalase#etalase';

describe('widget: offline after the first visit', () => {
  let rig: WidgetRig;
  const feed = demoFeed();
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => rig?.close());

  it('reload with the feed blocked shows the saved cards and "diperbarui …"', async () => {
    const context = await rig.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${rig.server.origin}/index.html`);
    await waitForWidget(page, W);
    expect(await page.locator(`${W} .notice`).isVisible()).toBe(false);

    await page.route('**/etalase.json', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await waitForWidget(page, W);
    await page.waitForFunction((sel) => !document.querySelector(sel)!.shadowRoot!.querySelector<HTMLElement>('p.notice')!.hidden, W);
    expect(await page.locator(`${W} .card`).count()).toBe(12);
    await expect(page.locator(`${W} .count`).textContent()).resolves.toBe(`${feed.items.length} produk`);
    await expect(page.locator(`${W} p.notice`).textContent()).resolves.toBe(
      'Etalase terbaru belum bisa dimuat. Ini salinan terakhir yang tersimpan, diperbarui 20 Nov 2026.',
    );
    await page.screenshot({ path: artifact('widget-offline.png') });

    // A broken answer from the server is treated the same way: the good copy stays.
    await page.unroute('**/etalase.json');
    await page.route('**/etalase.json', (route) => route.fulfill({ status: 200, body: '<html>maaf, server sibuk</html>' }));
    await page.reload();
    await page.waitForFunction((sel) => !document.querySelector(sel)!.shadowRoot!.querySelector<HTMLElement>('p.notice')!.hidden, W);
    expect(await page.locator(`${W} .card`).count()).toBe(12);

    // Back online: fresh feed, no notice.
    await page.unroute('**/etalase.json');
    await page.reload();
    await waitForWidget(page, W);
    await page.waitForFunction((sel) => document.querySelector(sel)!.shadowRoot!.querySelector<HTMLElement>('p.notice')!.hidden, W);
    await context.close();
  });

  it('a first visit while offline says so kindly, in the chosen language', async () => {
    const context = await rig.browser.newContext();
    const page = await context.newPage();
    await page.route('**/etalase.json', (route) => route.abort('internetdisconnected'));
    await page.goto(`${rig.server.origin}/index.html`);
    await waitForWidget(page, W);
    await expect(page.locator(`${W} div.notice`).textContent()).resolves.toBe(
      'Etalase belum bisa dimuat. Periksa koneksi internet Anda, lalu muat ulang halaman.',
    );
    await page.locator(W).evaluate((el) => el.setAttribute('lang', 'en'));
    await expect(page.locator(`${W} div.notice`).textContent()).resolves.toBe(
      'The showcase could not be loaded. Check your internet connection, then reload the page.',
    );
    expect(await page.locator(`${W} .card`).count()).toBe(0);
    await context.close();
  });
});
