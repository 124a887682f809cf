import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, fixture, openPanel, serveMarketplaces } from './extension-helpers';

/**
 * A script on shopee.co.id posting forged "API answers" to the content script, in real Chromium with the built
 * extension: answers about another product are ignored, and one that contradicts the page is shown as a
 * conflict on the badge and in the panel instead of silently replacing what was read.
 */
const SHOPEE = {
  file: 'pages/rapi_shopee_id_pdp_rendered.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123',
};
const TITLE = 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast';
const API = 'https://shopee.co.id/api/v4/pdp/get_pc';

const badge = (page: Page) => page.locator('rapi-badge button');

/** What any page script can do: post a message in the tap's shape. */
function postForged(page: Page, url: string, title: string, ids = { itemid: 24567890123, shopid: 358812345 }) {
  const body = JSON.parse(fixture('api/rapi_shopee_id_get_pc_kopi.json')) as { data: { item: Record<string, unknown> } };
  Object.assign(body.data.item, ids, { title });
  return page.evaluate(([u, b]) => window.postMessage({ source: 'rapi:shopee-api', url: u, body: b }, location.origin), [url, body] as const);
}

describe('forged Shopee API messages (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [SHOPEE]);
  });
  afterAll(async () => browser?.close());

  it('ignores a forged answer about another product; marks one that contradicts the page as a conflict', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHOPEE.url);
    await expect.poll(() => badge(page).getAttribute('data-score'), { timeout: 15_000 }).not.toBeNull();
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    await expect.poll(() => panel.locator('[data-field="title"] .value').textContent()).toBe(TITLE);

    // Another product's id in the address, or the page's item id under another shop: not this page's answer.
    await postForged(page, `${API}?item_id=1&shop_id=2`, 'Produk Lain', { itemid: 1, shopid: 2 });
    await postForged(page, `${API}?item_id=24567890123&shop_id=2`, 'Toko Lain', { itemid: 24567890123, shopid: 2 });
    await page.waitForTimeout(1000);
    expect(await panel.getByTestId('data-conflict').count()).toBe(0);
    expect(await badge(page).textContent()).not.toMatch(/tidak cocok|mismatch/);

    // The page's own product, with another title: neither side wins silently.
    await postForged(page, `${API}?item_id=24567890123&shop_id=358812345`, 'Kopi Palsu Diskon 90% Hubungi 0812');
    await expect.poll(() => panel.getByTestId('data-conflict').textContent(), { timeout: 15_000 }).toContain('tidak sama dengan yang tampil di halaman');
    expect(await panel.getByTestId('data-conflict').textContent()).toContain('judul produk');
    await expect.poll(() => badge(page).textContent()).toMatch(/· data tidak cocok$/);
    expect(await panel.locator('[data-field="title"] .value').textContent()).toBe(TITLE);
    expect(await panel.locator('[data-field="title"] [data-state]').getAttribute('data-state')).toBe('guessed');

    await chooseLanguage(panel, 'en');
    await expect.poll(() => panel.getByTestId('data-conflict').textContent()).toContain('does not match what the page shows (product title)');
    await expect.poll(() => badge(page).textContent()).toMatch(/· data mismatch$/);
    await panel.close();
    await page.close();
  });
});
