import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkListing } from '../../shared/checks';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, expectedFor, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';

const SHOPEE_FORM = { file: 'seller-forms/shopee_seller_new_product.html', url: 'https://seller.shopee.co.id/portal/product/new?from=sidebar' };
const TOKOPEDIA_FORM = { file: 'seller-forms/tokopedia_seller_add_product.html', url: 'https://seller.tokopedia.com/add-product' };

const shopeeName = (page: Page) => page.locator('[data-product-edit-field-unique-id="name"] input');
const score = (panel: Page) => panel.getByTestId('score').getAttribute('data-score');

describe('Seller Centre forms: the checklist follows the seller’s typing', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [SHOPEE_FORM, TOKOPEDIA_FORM]);
  });
  afterAll(async () => browser?.close());

  it('Shopee: typing a new product name updates the badge, the panel’s score and its title counter', async () => {
    const { extraction, report } = expectedFor(SHOPEE_FORM.file, SHOPEE_FORM.url);
    const page = await browser.context.newPage();
    await page.goto(SHOPEE_FORM.url);
    const badge = page.locator('rapi-badge button');
    await expect.poll(() => badge.getAttribute('data-score'), { timeout: 15_000 }).toBe(String(report!.score));

    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    await expect.poll(() => score(panel)).toBe(String(report!.score));
    await expect.poll(() => panel.getByText('Dibaca dari formulir produk Anda').count()).toBe(1);

    const title = 'Kopi Takengon Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast';
    await shopeeName(page).fill(title);
    const after = checkListing({ ...extraction.listing, title }, { profile: 'shopee' });
    expect(after.score).not.toBe(report!.score);
    await expect.poll(() => score(panel), { timeout: 10_000 }).toBe(String(after.score));
    await expect.poll(() => badge.getAttribute('data-score')).toBe(String(after.score));
    await expect.poll(() => panel.locator('[data-field="title"] .value').textContent()).toBe(title);
    await expect.poll(() => panel.getByTestId('title-counter').textContent()).toContain(`${[...title].length}/100 karakter`);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, 'panel-shopee-seller-form');
    await panel.close();
    await page.close();
  });

  it('Shopee: the title written in the panel goes into the form, and the form’s own handlers see it', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHOPEE_FORM.url);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'en');
    await expect.poll(() => score(panel), { timeout: 15_000 }).toMatch(/^\d+$/);
    const title = 'Kopi Takengon Arabika Gayo 250 gr Biji Sangrai';
    await panel.locator('#title-input').fill(title);
    await panel.getByRole('button', { name: 'Put into the form' }).click();
    await expect.poll(() => shopeeName(page).inputValue()).toBe(title);
    // The stand-in framework recorded the input event and took the value into its model.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __rapiFormModel: Record<string, string> }).__rapiFormModel.name)).toBe(title);
    await expect.poll(() => page.locator('.name-counter').textContent()).toBe(`${title.length}/255`);
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Put into the form.' }).count()).toBe(1);
    // Re-read from the form: the title is now "read", no longer "edited by you".
    await expect.poll(() => panel.locator('[data-field="title"] [data-state]').getAttribute('data-state'), { timeout: 10_000 }).toBe('read');
    await panel.close();
    await page.close();
  });

  it('Tokopedia: typing in the legacy form re-checks against Tokopedia’s rules', async () => {
    const { extraction, report } = expectedFor(TOKOPEDIA_FORM.file, TOKOPEDIA_FORM.url);
    const page = await browser.context.newPage();
    await page.goto(TOKOPEDIA_FORM.url);
    const panel = await openPanel(browser, page);
    await expect.poll(() => score(panel), { timeout: 15_000 }).toBe(String(report!.score));
    const title = 'Seblak Instan Pedas Level 5 Kerupuk Kencur 100 gr';
    await page.locator('[data-testid="txtAEPProductName"]').fill(title);
    const after = checkListing({ ...extraction.listing, title }, { profile: 'tokopedia' });
    expect(after.score).not.toBe(report!.score);
    await expect.poll(() => score(panel), { timeout: 10_000 }).toBe(String(after.score));
    await expect.poll(() => panel.getByTestId('title-counter').textContent()).toContain(`/255`);
    await panel.close();
    await page.close();
  });
});
