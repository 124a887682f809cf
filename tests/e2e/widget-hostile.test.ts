import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, startRig, waitForWidget, type WidgetRig } from './widget-helpers';

const W = 'rapi-etalase#etalase';

/** Computed styles that decide whether the widget looks right, read from inside its shadow root. */
async function lookOf(page: Page) {
  return page.locator(W).evaluate((host) => {
    const root = host.shadowRoot!;
    const pick = (el: Element | null, props: string[]) => {
      const cs = getComputedStyle(el!);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    };
    const text = ['font-family', 'font-size', 'font-weight', 'color', 'letter-spacing', 'text-transform', 'line-height', 'direction', 'text-align', 'font-style', 'text-shadow', 'word-spacing'];
    const box = ['display', 'visibility', 'opacity', 'transform', 'filter', 'margin-top', 'padding-top', 'border-top-width', 'background-color', 'float', 'position'];
    return {
      host: pick(host, ['display', 'visibility', 'opacity', 'transform', 'filter', 'clip-path', 'animation-name']),
      root: pick(root.querySelector('.root'), [...text, ...box]),
      heading: pick(root.querySelector('.heading'), [...text, ...box]),
      card: pick(root.querySelector('.card'), box),
      name: pick(root.querySelector('.card .name'), [...text, ...box]),
      price: pick(root.querySelector('.card .price'), [...text, ...box]),
      button: pick(root.querySelector('.card .btn'), [...text, ...box, 'min-height', 'pointer-events', 'text-decoration-line']),
      chip: pick(root.querySelector('.chip'), [...text, ...box]),
      search: pick(root.querySelector('.search'), [...text, ...box]),
      photo: pick(root.querySelector('.card img'), ['display', 'visibility', 'object-fit', 'position']),
      cardWidth: Math.round(root.querySelector('.card')!.getBoundingClientRect().width),
      buttonHeight: Math.round(root.querySelector('.card .btn')!.getBoundingClientRect().height),
      generated: getComputedStyle(root.querySelector('.card .btn')!, '::after').content,
    };
  });
}

describe('widget: hostile pages', () => {
  let rig: WidgetRig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => rig?.close());

  it('aggressive global CSS cannot reach inside: the widget looks exactly as on a plain page', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    // The same widget on a page with no CSS at all, for comparison.
    await page.route('**/plain.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="id"><head><script src="/widget/rapi-etalase.js" defer></script></head><body><rapi-etalase id="etalase" feed="etalase.json" theme="light"></rapi-etalase></body></html>',
      }),
    );
    await page.goto(`${rig.server.origin}/plain.html`);
    await waitForWidget(page, W);
    await page.waitForFunction((sel) => (document.querySelector(sel)?.shadowRoot?.querySelector('.card img') as HTMLImageElement | null)?.complete === true, W, { timeout: 20_000 });
    const plain = await lookOf(page);

    await page.goto(`${rig.server.origin}/tests/hostile.html`);
    await waitForWidget(page, W);
    await page.waitForFunction((sel) => (document.querySelector(sel)?.shadowRoot?.querySelector('.card img') as HTMLImageElement | null)?.complete === true, W, { timeout: 20_000 });
    // The hostile CSS really is on the page: it styles the page's own elements.
    await expect(page.locator('h1').evaluate((h) => getComputedStyle(h).textTransform)).resolves.toBe('uppercase');
    const hostile = await lookOf(page);
    await page.screenshot({ path: artifact('widget-hostile-css.png') });

    expect(hostile.host).toMatchObject({ display: 'flow-root', visibility: 'visible', opacity: '1', transform: 'none', filter: 'none', 'clip-path': 'none', 'animation-name': 'none' });
    for (const part of ['root', 'heading', 'card', 'name', 'price', 'button', 'chip', 'search', 'photo'] as const) {
      expect(hostile[part], part).toEqual(plain[part]);
    }
    expect(hostile.buttonHeight).toBeGreaterThanOrEqual(44);
    expect(hostile.cardWidth).toBeGreaterThan(200);
    expect(hostile.generated).toBe('none');
    expect(await page.locator(`${W} .card`).count()).toBe(12);
    await context.close();
  });

  it('a strict Content-Security-Policy with Trusted Types: renders, and nothing is blocked', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const missing: string[] = [];
    page.on('response', (r) => r.status() >= 400 && missing.push(new URL(r.url()).pathname));
    const response = await page.goto(`${rig.server.origin}/tests/strict-csp.html`);
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    await waitForWidget(page, W);
    await page.locator(`${W} .search`).fill('kopi');
    await page.locator(`${W} .chip`, { hasText: 'Semua' }).click();
    await page.locator(`${W} .search`).fill('');
    await page.locator(`${W} .more-btn`).click();
    await page.waitForTimeout(300);

    // The policy is enforced on this page: the very HTML sink a careless widget would use throws here.
    const sink = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch {
        return 'blocked';
      }
    });
    expect(sink).toBe('blocked');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.filter((v) => !v.startsWith('require-trusted-types-for')))).toEqual([]);
    // The only errors: the demo feed's one deliberately missing photo (and the browser's favicon request).
    expect(errors.filter((e) => !e.includes('TrustedHTML') && !e.startsWith('Failed to load resource'))).toEqual([]);
    expect(missing).toContain('/foto/bakpia.jpg');
    expect(missing.filter((p) => p !== '/foto/bakpia.jpg' && p !== '/favicon.ico')).toEqual([]);
    expect(await page.locator(`${W} .card`).count()).toBe(24);
    await expect(page.locator(`${W} .card .btn.shopee`).first().evaluate((b) => getComputedStyle(b).backgroundColor)).resolves.toBe('rgb(184, 58, 20)');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: artifact('widget-strict-csp.png') });
    await context.close();
  });
});
