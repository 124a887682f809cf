import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, expectedFor, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';

/**
 * Product addresses that serve no product: the home page a bot check redirects to, and a product page whose
 * product never rendered. The extension says "Rapi belum bisa membaca produk di halaman ini" with the reason, and
 * shows no score anywhere, as `rapi check --url` does (exit 2) for the same saved pages.
 */
const HOME_AT_PRODUCT = {
  file: 'pages-labelled/derived_shopee_id_home_at_product_url.html',
  url: 'https://shopee.co.id/Tumbler-Stainless-500ml-i.223344556.7788990011',
};
const TOKOPEDIA_HALF_RENDERED = {
  file: 'pages-labelled/derived_tokopedia_pdp_half_rendered.html',
  url: 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4psa-oled-evo-4k-smart-tv-48-inch-120hz-dolby-vision-atmos-lg-48c4-oled48c4-oled48c4psa',
};

const badge = (page: Page) => page.locator('rapi-badge button');

describe('a product address with no product on it: not read, never scored', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [HOME_AT_PRODUCT, TOKOPEDIA_HALF_RENDERED]);
  });
  afterAll(async () => browser?.close());

  it.each([
    ['Shopee home page after a bot check', HOME_AT_PRODUCT, 'banyak produk', 'many products'],
    ['Tokopedia page whose product never rendered', TOKOPEDIA_HALF_RENDERED, 'belum selesai dimuat', 'not finished loading'],
  ])('%s', async (name, served, reasonId, reasonEn) => {
    // The same page in Node: not read, so there is no report to show.
    const expected = expectedFor(served.file, served.url);
    expect(expected.extraction.read).toBe(false);
    expect(expected.report).toBeNull();

    const page = await browser.context.newPage();
    await page.goto(served.url);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    const box = panel.getByTestId('could-not-read');
    await expect.poll(() => box.textContent(), { timeout: 15_000 }).toContain('Rapi belum bisa membaca produk di halaman ini');
    expect(await box.textContent()).toContain(reasonId);
    await expect.poll(() => badge(page).textContent()).toBe('Rapi · belum bisa membaca produk');
    expect(await badge(page).getAttribute('data-score')).toBe(''); // no score
    // No score in the panel either: the page's words are not the product's.
    expect(await panel.getByTestId('score').count()).toBe(0);
    expect(await panel.locator('#title-input').inputValue()).toBe('');
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, `panel-not-read-${name.split(' ')[0]!.toLowerCase()}`);

    await chooseLanguage(panel, 'en');
    await expect.poll(() => box.textContent()).toContain('Rapi cannot read a product on this page yet');
    expect(await box.textContent()).toContain(reasonEn);
    await expect.poll(() => badge(page).textContent()).toBe('Rapi · cannot read a product here');
    await panel.close();
    await page.close();
  });
});
