import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, expectedFor, fixture, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';

const TOKOPEDIA = {
  file: 'pages/tokopedia_pdp_enterelectronic_lg-oled-48c4.html',
  url: 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4psa-oled-evo-4k-smart-tv-48-inch-120hz-dolby-vision-atmos-lg-48c4-oled48c4-oled48c4psa',
};
const SHOPEE = {
  file: 'pages/rapi_shopee_id_pdp_rendered.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123',
};
/** A second Shopee product for single-page navigation: the layout-changed page, at another address. */
const SHOPEE_NEXT = {
  file: 'pages/rapi_shopee_id_pdp_layout_changed.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890999',
};
const LOGIN_WALL = { file: 'pages/rapi_shopee_id_login_wall.html', url: 'https://shopee.co.id/Keripik-Singkong-Balado-i.358812345.11111111111' };
const API_SHELL = { file: 'extension/shopee_shell_fetches_api.html', url: 'https://shopee.co.id/MamyPoko-i.178926468.21448123549' };
const API_BODY = 'extension/shopee_get_pc_178926468_21448123549.json';
/** The real shell shopee.co.id sends before its scripts run; offline, they never run. */
const SHELL = { file: 'pages/shopee_id_product_shell_mobilemall.html', url: 'https://shopee.co.id/Samsung-Galaxy-A15-i.1234567.89012345' };
/** A Tokopedia product address whose page has lost every hook Rapi reads. */
const BROKEN = { file: 'extension/broken_product_page.html', url: 'https://www.tokopedia.com/tokobaru/produk-rusak' };

const badge = (page: Page) => page.locator('rapi-badge button');

describe('on-page badge and panel on marketplace product pages', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [
      TOKOPEDIA,
      SHOPEE,
      SHOPEE_NEXT,
      LOGIN_WALL,
      API_SHELL,
      { url: 'https://shopee.co.id/api/v4/pdp/get_pc', file: API_BODY, contentType: 'application/json' },
      BROKEN,
      SHELL,
    ]);
  });
  afterAll(async () => browser?.close());

  it('shows the badge next to the Tokopedia title with the score checkListing gives in Node', async () => {
    const { report } = expectedFor(TOKOPEDIA.file, TOKOPEDIA.url);
    expect(report).not.toBeNull();
    const page = await browser.context.newPage();
    await page.goto(TOKOPEDIA.url);
    await expect.poll(() => badge(page).getAttribute('data-score'), { timeout: 15_000 }).toBe(String(report!.score));
    // Photos are rated in the panel, not on the page: the badge's score is provisional and says so, aloud too.
    expect(report!.provisional).toBe(true);
    await expect.poll(() => badge(page).textContent()).toMatch(new RegExp(`^Rapi ${report!.score} (sementara|provisional) · ${report!.findings.length} (perbaikan|fixes?)$`));
    expect(await badge(page).getAttribute('data-provisional')).toBe('true');
    expect(await badge(page).getAttribute('title')).toMatch(/^(Skor Rapi|Rapi score) \d+ .*(Skor sementara: |Provisional score: ).*(belum dinilai|not rated yet)\./);
    // Below the title, on a line of its own: Tokopedia's title sits in a flex row, and the badge goes after that
    // row, so the marketplace's title keeps its whole width.
    const place = await page.evaluate(() => {
      const title = document.querySelector('h1')!;
      const host = document.querySelector('rapi-badge') as HTMLElement;
      const button = host.shadowRoot!.querySelector('button')!;
      const withBadge = title.getBoundingClientRect().width;
      host.style.display = 'none';
      const without = title.getBoundingClientRect().width;
      host.style.display = '';
      const line = parseFloat(getComputedStyle(button).lineHeight);
      return {
        inTitleRow: host.parentElement === title.parentElement,
        afterRow: title.parentElement!.nextElementSibling === host,
        titleWidthKept: withBadge === without,
        below: host.getBoundingClientRect().top >= title.getBoundingClientRect().bottom,
        lines: Math.round((button.querySelector('.label')!.getBoundingClientRect().height) / line),
      };
    });
    expect(place).toEqual({ inTitleRow: false, afterRow: true, titleWidthKept: true, below: true, lines: 1 });
    await screenshot(page, 'badge-tokopedia');
    await page.close();
  });

  it('speaks the language the seller chose in Rapi, whatever the browser says', async () => {
    const page = await browser.context.newPage();
    await page.goto(TOKOPEDIA.url);
    await expect.poll(() => badge(page).getAttribute('data-score'), { timeout: 15_000 }).not.toBeNull();
    const panel = await openPanel(browser, page);
    for (const [lang, word] of [['id', /perbaikan$/], ['en', /fix(es)?$/], ['id', /perbaikan$/]] as const) {
      await chooseLanguage(panel, lang);
      await expect.poll(() => badge(page).textContent()).toMatch(word);
      expect(await badge(page).getAttribute('lang')).toBe(lang);
    }
    // A new page in another tab starts in the chosen language too.
    const other = await browser.context.newPage();
    await other.goto(TOKOPEDIA.url);
    await expect.poll(() => badge(other).textContent(), { timeout: 15_000 }).toMatch(/perbaikan$/);
    await other.close();
    await panel.close();
    await page.close();
  });

  it('opens the side panel when the badge is clicked', async () => {
    const sidePanels = () =>
      browser.serviceWorker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } } };
        return (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => new URL(c.documentUrl ?? '').pathname);
      });
    expect(await sidePanels()).toEqual([]);
    const page = await browser.context.newPage();
    await page.goto(TOKOPEDIA.url);
    await badge(page).click({ timeout: 15_000 });
    await expect.poll(sidePanels).toEqual(['/sidepanel.html']);
    // No "use the toolbar" hint: the browser accepted the click.
    expect(await page.locator('rapi-badge .hint').textContent()).toBe('');
    await page.close();
  });

  it('reads a rendered Shopee page, and the panel lists the same findings in Bahasa Indonesia and English', async () => {
    const { report } = expectedFor(SHOPEE.file, SHOPEE.url);
    const page = await browser.context.newPage();
    await page.goto(SHOPEE.url);
    await expect.poll(() => badge(page).getAttribute('data-score'), { timeout: 15_000 }).toBe(String(report!.score));

    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    await expect.poll(() => panel.getByTestId('score').getAttribute('data-score')).toBe(String(report!.score));
    expect(await panel.getByTestId('level').getAttribute('data-level')).toBe(report!.level!.code);
    const messages = (lang: 'id' | 'en') => report!.findings.map((f) => f.message[lang]).sort();
    const shown = () => panel.locator('.by-area .finding-message').allTextContents();
    expect((await shown()).sort()).toEqual(messages('id'));
    const firstId = await panel.locator('.fix-first .finding-message').allTextContents();
    expect(firstId).toEqual(report!.fixFirst.map((f) => f.message.id));
    await screenshot(panel, 'panel-shopee-id');

    await chooseLanguage(panel, 'en');
    await expect.poll(async () => (await shown()).sort()).toEqual(messages('en'));
    await expect.poll(() => badge(page).textContent()).toMatch(/fix(es)?$/);
    await screenshot(panel, 'panel-shopee-en');
    await panel.close();
    await page.close();
  });

  it('re-reads on single-page navigation to another product', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHOPEE.url);
    await expect.poll(() => badge(page).getAttribute('data-score'), { timeout: 15_000 }).not.toBeNull();
    const panel = await openPanel(browser, page);
    await expect.poll(() => panel.locator('[data-field="price"] input').inputValue()).toBe('Rp45.000');

    // What Shopee's app does: push the new address, then render the next product in place.
    const next = expectedFor(SHOPEE_NEXT.file, SHOPEE_NEXT.url);
    await page.evaluate(
      ({ url, html }) => {
        history.pushState({}, '', url);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        document.head.replaceChildren(...[...doc.head.childNodes].map((n) => document.importNode(n, true)));
        document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
      },
      { url: SHOPEE_NEXT.url, html: fixture(SHOPEE_NEXT.file) },
    );
    // The panel is pinned to the tab, so it follows the tab to the new product: its price could not be read.
    await expect.poll(() => panel.locator('[data-field="price"] [data-state]').getAttribute('data-state'), { timeout: 15_000 }).toBe('missing');
    await expect.poll(() => panel.locator('[data-field="price"] input').inputValue()).toBe('');
    await expect.poll(() => badge(page).getAttribute('data-score')).toBe(String(next.report!.score));
    await panel.close();
    await page.close();
  });

  it('reads the listing from Shopee’s own API response when the page is only a shell (fetch and XHR)', async () => {
    const body = JSON.parse(fixture(API_BODY)) as unknown;
    const { extraction, report } = expectedFor('pages/shopee_id_product_shell_mobilemall.html', API_SHELL.url, { shopeeApi: [body] });
    expect(extraction.listing.title).not.toBe('');
    for (const url of [API_SHELL.url, `${API_SHELL.url}?xhr=1`]) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await expect.poll(() => badge(page).getAttribute('data-score'), { timeout: 15_000 }).toBe(String(report!.score));
      const panel = await openPanel(browser, page);
      await expect.poll(() => panel.locator('[data-field="title"] .value').textContent()).toBe(extraction.listing.title);
      await panel.close();
      await page.close();
    }
  });

  it('says "could not read" for the login wall, in both languages, and never a blank panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(LOGIN_WALL.url);
    await expect.poll(() => badge(page).textContent(), { timeout: 15_000 }).toMatch(/belum bisa membaca produk|cannot read a product/);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    const box = panel.getByTestId('could-not-read');
    await expect.poll(() => box.textContent()).toContain('Shopee meminta Anda masuk (login) dulu');
    await chooseLanguage(panel, 'en');
    await expect.poll(() => box.textContent()).toContain('Shopee is asking you to log in first');
    // The seller can still fill in the listing by hand and get a checklist.
    await panel.locator('#title-input').fill('Keripik Singkong Balado Pedas 250 gr Renyah Tanpa Pengawet');
    await expect.poll(() => panel.getByTestId('score').getAttribute('data-score')).toMatch(/^\d+$/);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, 'panel-login-wall');
    await panel.close();
    await page.close();
  });

  it('waits for Shopee to render, and says so when it never does', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHELL.url);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'en');
    // No "could not read" while the page may still be rendering …
    await page.waitForTimeout(1500);
    expect(await badge(page).count()).toBe(0);
    // … and a clear message once it is late.
    await expect.poll(() => panel.getByTestId('could-not-read').textContent(), { timeout: 10_000 }).toContain('has not finished loading');
    await expect.poll(() => badge(page).textContent()).toBe('Rapi · cannot read a product here');
    await panel.close();
    await page.close();
  });

  it('says which fields could not be read on a page whose layout changed', async () => {
    const page = await browser.context.newPage();
    await page.goto(BROKEN.url);
    await expect.poll(() => badge(page).textContent(), { timeout: 15_000 }).toMatch(/belum bisa membaca produk|cannot read a product/);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    await expect.poll(() => panel.getByTestId('could-not-read').isVisible()).toBe(true);
    expect(await panel.locator('[data-field="title"] [data-state]').getAttribute('data-state')).toBe('missing');
    await screenshot(panel, 'panel-could-not-read');
    await panel.close();
    await page.close();
  });
});
