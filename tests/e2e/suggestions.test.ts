import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkListing } from '../../shared/checks';
import { extensionUrl, launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, expectedFor, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';

/**
 * "Usulan Rapi" in real Chromium with the built extension: the suggested title and description with their
 * placeholders marked, "Salin" to the clipboard and "Pakai" into the draft only once every placeholder is filled or
 * removed, "Terapkan ke formulir" writing them into the Seller Centre form (routed fixtures), and "Draf saya"
 * showing the same suggestions and the findings.
 */

const SHOPEE_FORM = { file: 'seller-forms/shopee_seller_new_product.html', url: 'https://seller.shopee.co.id/portal/product/new' };
const TOKOPEDIA_FORM = { file: 'seller-forms/tokopedia_seller_add_product.html', url: 'https://seller.tokopedia.com/add-product' };
const SHOPEE_KEY = 'shopee:form:shopee-seller:new';

const block = (panel: Page, part: 'title' | 'description') => panel.locator(`.suggestion[data-part="${part}"]`);
const suggested = (panel: Page, part: 'title' | 'description') => panel.getByTestId(`suggestion-${part}`);
/** What the browser's clipboard holds, read on a marketplace page (given the permission): where the seller pastes. */
async function clipboard(browser: ExtensionBrowser): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(SHOPEE_FORM.url);
  await page.bringToFront();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.close();
  return text;
}

async function openOn(browser: ExtensionBrowser, url: string): Promise<{ page: Page; panel: Page }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const panel = await openPanel(browser, page);
  await chooseLanguage(panel, 'id');
  await expect.poll(() => panel.locator('#title-input').inputValue(), { timeout: 15_000 }).not.toBe('');
  await expect.poll(() => block(panel, 'title').count(), { timeout: 10_000 }).toBe(1);
  return { page, panel };
}

describe('Usulan Rapi: copy and apply the suggested title and description', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(SHOPEE_FORM.url).origin });
    browser.context.setDefaultTimeout(15_000);
    await serveMarketplaces(browser.context, [SHOPEE_FORM, TOKOPEDIA_FORM]);
  });
  afterAll(async () => browser?.close());

  it('marks the placeholders; Salin and Pakai wait until each is filled or removed, then copy and use the filled title', async () => {
    const { page, panel } = await openOn(browser, TOKOPEDIA_FORM.url);
    await panel.bringToFront();
    const title = block(panel, 'title');
    // Tokopedia's "Seblak Instan": the seller's two words kept, what only they know in brackets, no number made up.
    expect(await suggested(panel, 'title').textContent()).toBe('[merek] Seblak Instan [berat bersih] [rasa atau varian] [asal daerah]');
    expect(await title.locator('mark.blank').allTextContents()).toEqual(['[merek]', '[berat bersih]', '[rasa atau varian]', '[asal daerah]']);
    const copy = title.getByRole('button', { name: 'Salin judul usulan' });
    const use = title.getByRole('button', { name: 'Pakai judul usulan di draf' });
    expect(await copy.isDisabled()).toBe(true);
    expect(await use.isDisabled()).toBe(true);
    expect(await title.locator('.suggestion-state').textContent()).toBe('Isi atau hapus dulu: [merek], [berat bersih], [rasa atau varian], [asal daerah].');

    await title.getByLabel('merek', { exact: true }).fill('Mak Icih');
    await title.getByLabel('berat bersih', { exact: true }).fill('100 gr');
    await title.getByRole('button', { name: 'Hapus [asal daerah] dari usulan' }).click();
    // One still open: both buttons still wait, and say which.
    expect(await title.locator('.suggestion-state').textContent()).toBe('Isi atau hapus dulu: [rasa atau varian].');
    expect(await copy.isDisabled()).toBe(true);
    // Short answers leave the title under Tokopedia's 40 characters: Rapi says so before it is used.
    await title.getByLabel('rasa atau varian', { exact: true }).fill('Pedas');
    await expect.poll(() => panel.getByTestId('suggestion-title-flagged').textContent()).toContain('Judul produk 35 karakter, kurang dari 40.');
    await title.getByLabel('rasa atau varian', { exact: true }).fill('Pedas Level 5 Daun Jeruk');
    expect(await panel.getByTestId('suggestion-title-flagged').count()).toBe(0);

    const filled = 'Mak Icih Seblak Instan 100 gr Pedas Level 5 Daun Jeruk';
    await expect.poll(() => suggested(panel, 'title').textContent()).toBe(filled);
    expect(await title.locator('mark.blank').count()).toBe(0);
    expect(await title.locator('.suggestion-state').textContent()).toBe('Siap dipakai.');
    await copy.click();
    await expect.poll(() => title.getByRole('status').textContent()).toMatch(/^Disalin\. Tempel di kolom marketplace/);
    expect(await clipboard(browser)).toBe(filled);

    // Pakai: into the panel's draft, where the checklist runs again; the title findings it fixed are gone.
    const { extraction, report } = expectedFor(TOKOPEDIA_FORM.file, TOKOPEDIA_FORM.url);
    await use.click();
    await expect.poll(() => panel.locator('#title-input').inputValue()).toBe(filled);
    const after = checkListing({ ...extraction.listing, title: filled }, { profile: 'tokopedia' });
    expect(after.findings.filter((f) => f.area === 'judul')).toEqual([]);
    expect(after.score).toBeGreaterThan(report!.score);
    await expect.poll(() => panel.getByTestId('score').getAttribute('data-score'), { timeout: 10_000 }).toBe(String(after.score));
    await expect.poll(() => panel.getByTestId('title-good').textContent()).toBe('Judul Anda sudah baik: tidak ada usulan.');
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, 'panel-suggested-title-used');
    await panel.close();
    await page.close();
  });

  it('Seller Centre: Pakai puts the suggested title and the filled description in the draft, "Terapkan ke formulir" writes them', async () => {
    const { page, panel } = await openOn(browser, SHOPEE_FORM.url);
    const title = block(panel, 'title');
    // "Kopi Gayo" with the brand and the 250 gr the seller wrote in the description: nothing to fill.
    expect(await suggested(panel, 'title').textContent()).toBe('Kopi Takengon Kopi Gayo 250 gr');
    await title.getByRole('button', { name: 'Pakai judul usulan di draf' }).click();
    await expect.poll(() => title.getByRole('status').textContent()).toBe('Dipakai di draf Anda. Tekan "Terapkan ke formulir" agar tertulis di formulir Seller Centre.');

    const description = block(panel, 'description');
    const text = await suggested(panel, 'description').textContent();
    // The seller's own sentences stay; the 250 gr is theirs; the rest is left to them.
    expect(text).toContain('Kopi arabika dari Gayo.');
    expect(await description.locator('mark.blank').count()).toBeGreaterThan(3);
    await description.getByLabel('berapa lama', { exact: true }).fill('12 bulan');
    await description.getByLabel('apa produknya dan untuk apa', { exact: true }).fill('Biji kopi sangrai untuk diseduh di rumah.');
    for (const label of ['rasa atau varian', 'nomor P-IRT', 'nomor sertifikat halal', 'cara menyimpan', 'jumlah']) {
      await description.getByRole('button', { name: `Hapus [${label}] dari usulan` }).click();
    }
    const use = description.getByRole('button', { name: 'Pakai deskripsi usulan di draf' });
    await expect.poll(() => use.isDisabled()).toBe(false);
    const filledDescription = (await suggested(panel, 'description').textContent())!;
    expect(filledDescription).not.toMatch(/\[/);
    expect(filledDescription).toContain('- Masa simpan: 12 bulan dalam kemasan tertutup');
    expect(filledDescription).not.toContain('Izin edar');
    await use.click();
    await expect.poll(() => panel.getByTestId('draft-status').getAttribute('data-status'), { timeout: 5000 }).toBe('saved');

    await panel.getByRole('button', { name: 'Terapkan ke formulir' }).click();
    await expect.poll(() => panel.getByTestId('draft-apply-result').textContent()).toMatch(/^Sudah diisi di formulir: judul produk, deskripsi/);
    expect(await page.locator('[data-product-edit-field-unique-id="name"] input').inputValue()).toBe('Kopi Takengon Kopi Gayo 250 gr');
    const paragraphs = await page.locator('[data-product-edit-field-unique-id="description"] .ql-editor p').allTextContents();
    expect(paragraphs.join('\n').replace(/\n+/g, '\n')).toBe(filledDescription.replace(/\n+/g, '\n'));
    await screenshot(panel, 'panel-suggestions-applied');
    await panel.close();
    await page.close();
  });

  it('Draf saya shows the draft\'s suggestions and findings, with Salin; the history gives each editing session its score', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, `drafts.html#draft=${encodeURIComponent(SHOPEE_KEY)}`));
    await chooseLanguage(page, 'id');
    await expect.poll(() => page.locator('.suggestions h2').textContent(), { timeout: 10_000 }).toBe('Usulan Rapi');
    // The draft holds the suggested title now: Rapi says it is good; the findings left are listed below.
    await expect.poll(() => page.getByTestId('title-good').count()).toBe(1);
    expect(await page.locator('.finding').count()).toBeGreaterThan(0);

    // Typing a weak title here brings a new suggestion, copied with Salin once nothing is left to fill.
    await page.locator('#edit-title').fill('KOPI GAYO MURAH!!!');
    await expect.poll(() => page.getByTestId('suggestion-title').textContent(), { timeout: 10_000 }).toBe('Kopi Takengon Kopi Gayo 250 gr');
    const copy = page.getByRole('button', { name: 'Salin judul usulan' });
    await page.bringToFront();
    await copy.click();
    expect(await clipboard(browser)).toBe('Kopi Takengon Kopi Gayo 250 gr');

    const scores = await page.getByTestId('revision-score').allTextContents();
    expect(scores.length).toBeGreaterThan(0);
    for (const s of scores) expect(s).toMatch(/^Skor \d{1,3}$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'drafts-suggestions');
    await page.close();
  });
});
