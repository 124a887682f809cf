/**
 * The café demo as visitors see it on phones (320, 360, 390 px) and a laptop (1280 px): the first product on the
 * first screen, one row of categories, compact cards with one buy button, nothing wider than the screen, the
 * theme of the café's page, "Stok habis". Screenshots go to test-results/widget-phone-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { artifact, demoFeed, seriousA11yViolations, startRig, waitForWidget, type WidgetRig } from './widget-helpers';

const W = 'rapi-etalase#etalase';
const SIZES = [
  { width: 320, height: 640 },
  { width: 360, height: 800 },
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

describe('widget: the café page on phones and a laptop', () => {
  let rig: WidgetRig;
  const feed = demoFeed();

  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => rig?.close());

  async function open(viewport: { width: number; height: number }, path = '/index.html', colorScheme: 'light' | 'dark' = 'light') {
    const context = await rig.browser.newContext({ viewport, colorScheme, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
    const page = await context.newPage();
    await page.goto(rig.server.origin + path);
    await waitForWidget(page, 'rapi-etalase');
    return { context, page };
  }

  /** Layout facts read inside the shadow root. */
  function layout(page: Page) {
    return page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      const chips = [...root.querySelectorAll<HTMLElement>('.chip')];
      const row = root.querySelector<HTMLElement>('.chips')!;
      const cards = [...root.querySelectorAll<HTMLElement>('.card')];
      return {
        pageWidth: document.documentElement.scrollWidth,
        innerWidth,
        firstCardTop: cards[0]!.getBoundingClientRect().top + scrollY,
        chipRows: new Set(chips.map((c) => c.offsetTop)).size,
        chipRowScrolls: row.scrollWidth > row.clientWidth,
        nameLines: cards.map((c) => {
          const name = c.querySelector<HTMLElement>('.name')!;
          return Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight));
        }),
        buttonsPerCard: cards.map((c) => c.querySelectorAll('.actions > a').length),
        overflowing: [...root.querySelectorAll<HTMLElement>('.card *')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5).length,
        bareLinks: [...root.querySelectorAll<HTMLAnchorElement>('.card a')].filter(
          (a) => !a.matches('.btn, .link') || getComputedStyle(a).textDecorationLine !== 'none',
        ).length,
      };
    }, W);
  }

  for (const size of SIZES) {
    it(`${size.width} px: nothing wider than the screen, compact cards, axe clean`, async () => {
      const { context, page } = await open(size);
      const facts = await layout(page);
      expect(facts.pageWidth).toBeLessThanOrEqual(facts.innerWidth);
      expect(facts.overflowing).toBe(0);
      expect(Math.max(...facts.nameLines)).toBeLessThanOrEqual(2);
      expect(facts.buttonsPerCard.every((n) => n === 1)).toBe(true);
      expect(facts.bareLinks).toBe(0);
      if (size.width < 500) {
        expect(facts.chipRows).toBe(1);
        expect(facts.chipRowScrolls).toBe(true);
      }
      if (size.width === 390) expect(facts.firstCardTop).toBeLessThan(700);
      await page.screenshot({ path: artifact(`widget-phone-${size.width}.png`), fullPage: true });
      expect(await seriousA11yViolations(page, W)).toEqual([]);
      await context.close();
    });
  }

  it('the first product starts on the first screen from 360 to 414 px', async () => {
    for (const width of [360, 375, 390, 414]) {
      const { context, page } = await open({ width, height: 844 });
      const { firstCardTop } = await layout(page);
      expect(firstCardTop, `${width} px`).toBeLessThan(700);
      await context.close();
    }
  });

  it('a chosen category far down the row is scrolled into view, without moving the page', async () => {
    const { context, page } = await open({ width: 360, height: 800 });
    const last = [...new Set(feed.items.map((i) => i.category))].at(-1)!;
    await page.locator(W).evaluate((el, c) => el.setAttribute('category', c), last);
    await page.waitForTimeout(100);
    const seen = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      const row = root.querySelector('.chips')!.getBoundingClientRect();
      const chip = root.querySelector('.chip[aria-pressed="true"]')!;
      const box = chip.getBoundingClientRect();
      return { text: chip.textContent, inside: box.left >= row.left - 0.5 && box.right <= row.right + 0.5, scrollY };
    }, W);
    expect(seen).toEqual({ text: last, inside: true, scrollY: 0 });
    await page.screenshot({ path: artifact('widget-phone-360-category.png') });
    await context.close();
  });

  it('"Beli di…" opens with the keyboard and lists the other places to buy', async () => {
    const { context, page } = await open({ width: 390, height: 844 });
    const card = page.locator(`${W} .card`).first();
    await card.locator('summary').focus();
    await page.keyboard.press('Enter');
    const links = card.locator('details[open] a');
    expect(await links.evaluateAll((as) => as.map((a) => a.firstChild!.textContent))).toEqual(['Beli di Tokopedia', 'Pesan via WhatsApp']);
    await expect(links.first().isVisible()).resolves.toBe(true);
    expect(await seriousA11yViolations(page, W)).toEqual([]);
    await card.screenshot({ path: artifact('widget-phone-390-menu.png') });
    await context.close();
  });

  it('an item out of stock says "Stok habis" and sends buyers to WhatsApp', async () => {
    const { context, page } = await open({ width: 390, height: 844 });
    const card = page.locator(`${W} .card`, { hasText: 'Gula Aren Cair 500 ml' });
    await expect(card.locator('.stock').textContent()).resolves.toBe('Stok habis');
    const button = card.locator('.actions > a.btn');
    await expect(button.getAttribute('class')).resolves.toBe('btn whatsapp');
    expect(new URL((await button.getAttribute('href'))!).hostname).toBe('wa.me');
    await card.screenshot({ path: artifact('widget-phone-390-stok-habis.png') });
    await context.close();
  });

  it('follows the page, not the phone: light on the café page in dark mode, dark on a dark page', async () => {
    const light = await open({ width: 390, height: 844 }, '/index.html', 'dark');
    await expect(light.page.locator(`${W} .root`).evaluate((r) => getComputedStyle(r).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    await light.page.screenshot({ path: artifact('widget-phone-390-device-dark.png') });
    await light.context.close();

    const context = await rig.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.route('**/gelap.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="id"><head><meta name="viewport" content="width=device-width"><script src="/widget/rapi-etalase.js" defer></script></head><body style="background:#121212;color:#eee"><rapi-etalase id="etalase" feed="etalase.json"></rapi-etalase></body></html>',
      }),
    );
    await page.goto(`${rig.server.origin}/gelap.html`);
    await waitForWidget(page, W);
    await expect(page.locator(`${W} .root`).evaluate((r) => getComputedStyle(r).backgroundColor)).resolves.toBe('rgb(23, 21, 18)');
    expect(await seriousA11yViolations(page, W)).toEqual([]);
    await page.screenshot({ path: artifact('widget-phone-390-dark-page.png') });
    await context.close();
  });

  it('the café menu links no test page', async () => {
    const { context, page } = await open({ width: 1280, height: 900 });
    const hrefs = await page.locator('header a, nav a, footer a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).not.toMatch(/tests\/|hostile|csp|xss|many/);
    await context.close();
  });
});
