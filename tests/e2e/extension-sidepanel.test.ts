import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { checkListing } from '../../shared/checks';
import { Listing } from '../../shared/listing/schema';
import { extensionUrl, launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, expectedFor, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';
import { expectedPhotoFindings, waitForPhotoChecks } from './photos-helpers';

const TOKOPEDIA = {
  file: 'pages/tokopedia_pdp_enterelectronic_lg-oled-48c4.html',
  url: 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4psa-oled-evo-4k-smart-tv-48-inch-120hz-dolby-vision-atmos-lg-48c4-oled48c4-oled48c4psa',
};

const score = (panel: Page) => panel.getByTestId('score').getAttribute('data-score');

describe('the side panel', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [TOKOPEDIA]);
    page = await browser.context.newPage();
    await page.goto(TOKOPEDIA.url);
    await page.locator('rapi-badge button').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => browser?.close());

  it('explains each finding (why, how to fix, rule source) and how the score is computed', async () => {
    const { report } = expectedFor(TOKOPEDIA.file, TOKOPEDIA.url);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    await expect.poll(() => score(panel)).toBe(String(report!.score));
    const first = report!.fixFirst[0]!;
    const item = panel.locator(`.fix-first [data-check="${first.checkId}"]`);
    // Keyboard only: focus the finding's summary and open it with Enter.
    await item.locator('summary').focus();
    await panel.keyboard.press('Enter');
    const details = item.locator('dl');
    await expect.poll(() => details.isVisible()).toBe(true);
    const text = await details.textContent();
    expect(text).toContain(first.why.id);
    expect(text).toContain(first.fix.id);
    expect(text).toContain(first.source.label.id);
    if (first.example) expect(text).toContain(first.example.id);
    await panel.getByText('Bagaimana skor dihitung').click();
    await expect.poll(() => panel.locator('.how').textContent()).toContain('Foto (bobot 30)');
    // No level line: Tokopedia publishes no quality levels.
    expect(await panel.getByTestId('level').count()).toBe(0);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, 'panel-tokopedia-expanded');
    await panel.close();
  });

  it('re-checks the title live against the marketplace’s limits as the seller types', async () => {
    const { extraction } = expectedFor(TOKOPEDIA.file, TOKOPEDIA.url);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'en');
    const counter = panel.getByTestId('title-counter');
    const long = `${'Kopi Arabika Gayo Aceh 250 gr '.repeat(9)}`.trim();
    await panel.locator('#title-input').fill(long);
    await expect.poll(() => counter.textContent()).toBe(`${[...long].length}/255 characters · ${[...long].length - 255} characters too many`);
    const expected = checkListing({ ...extraction.listing, title: long }, { profile: 'tokopedia' });
    await expect.poll(() => score(panel)).toBe(String(expected.score));
    expect(await panel.locator('.by-area .finding-message').allTextContents()).toEqual(
      expect.arrayContaining([expected.findings.find((f) => f.area === 'judul')!.message.en]),
    );
    await panel.locator('#title-input').fill('Kopi');
    await expect.poll(() => counter.textContent()).toBe('4/255 characters · 21 characters short');
    await expect.poll(() => panel.locator('[data-field="title"] [data-state]').getAttribute('data-state')).toBe('edited');
    await panel.close();
  });

  it('lets the seller correct what was read; a corrected field is marked and re-checked', async () => {
    const { extraction } = expectedFor(TOKOPEDIA.file, TOKOPEDIA.url);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    const price = panel.locator('#field-price');
    await expect.poll(() => panel.locator('[data-field="price"] [data-state]').getAttribute('data-state')).toBe('read');
    await price.fill('Rp 1.250.000');
    await expect.poll(() => panel.locator('[data-field="price"] [data-state]').getAttribute('data-state')).toBe('edited');
    await panel.locator('#field-description').fill('');
    const expected = checkListing({ ...extraction.listing, price: 1_250_000, description: undefined }, { profile: 'tokopedia' });
    await expect.poll(() => score(panel)).toBe(String(expected.score));
    await panel.close();
  });

  it('manual mode: typed details and dropped photos are checked like a page, in both languages', async () => {
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    await panel.getByRole('button', { name: 'Isi manual' }).click();
    await expect.poll(() => panel.locator('#title-input').inputValue()).toBe('');
    await expect.poll(() => panel.getByText('Isi judul produk untuk melihat skor').count()).toBe(1);
    await panel.locator('#field-marketplace').selectOption('shopee');
    const title = 'Sambal Roa Manado 200 gr Pedas Asli Tanpa Pengawet';
    const description = 'Sambal roa asli Manado dari ikan roa asap. Isi 200 gr dalam botol kaca. Tahan 3 bulan di suhu ruang.';
    await panel.locator('#title-input').fill(title);
    await panel.locator('#field-description').fill(description);
    await panel.locator('#field-price').fill('35rb');
    await panel.locator('#field-categoryPath').fill('Makanan & Minuman > Bahan Masakan > Sambal');
    const square = await sharp({ create: { width: 800, height: 800, channels: 3, background: '#c2410c' } }).png().toBuffer();
    const wide = await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#15803d' } }).jpeg().toBuffer();
    await panel.locator('.drop input[type="file"]').setInputFiles([
      { name: 'sampul.png', mimeType: 'image/png', buffer: square },
      { name: 'botol.jpg', mimeType: 'image/jpeg', buffer: wide },
      { name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan foto') },
    ]);
    await expect.poll(() => panel.getByTestId('photo-summary').textContent()).toBe('2 foto pilihan Anda');
    expect(await panel.locator('.photo-list').textContent()).toContain('800 × 800 px');
    await expect.poll(() => panel.locator('.problems').textContent()).toContain('catatan.txt bukan foto');

    const listing = Listing.parse({
      marketplace: 'shopee',
      title,
      description,
      price: 35_000,
      categoryPath: ['Makanan & Minuman', 'Bahan Masakan', 'Sambal'],
      photos: [
        { src: 'sampul.png', bytes: square.length, mime: 'image/png', width: 800, height: 800 },
        { src: 'botol.jpg', bytes: wide.length, mime: 'image/jpeg', width: 1200, height: 600 },
      ],
    });
    // The dropped files' pixels are checked too (tests/e2e/photos-extension.test.ts): their findings join the score.
    await waitForPhotoChecks(panel, 2);
    const photoFindings = await expectedPhotoFindings(
      [
        { bytes: square, sellerFile: true },
        { bytes: wide, sellerFile: true },
      ],
      listing,
      'shopee',
    );
    const expected = checkListing(listing, { profile: 'shopee', extraFindings: photoFindings, measuredPhotoIndexes: [0, 1] });
    await expect.poll(() => score(panel)).toBe(String(expected.score));
    const messages = (lang: 'id' | 'en') => expected.findings.map((f) => f.message[lang]).sort();
    expect((await panel.locator('.by-area .finding-message').allTextContents()).sort()).toEqual(messages('id'));
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, 'panel-manual-id');
    await chooseLanguage(panel, 'en');
    await expect.poll(async () => (await panel.locator('.by-area .finding-message').allTextContents()).sort()).toEqual(messages('en'));
    await screenshot(panel, 'panel-manual-en');
    await panel.close();
  });

  it('remembers the language, and without a marketplace tab it still offers manual mode', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(extensionUrl(browser, 'sidepanel.html'));
    await chooseLanguage(panel, 'en');
    await panel.reload();
    await panel.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await panel.locator('input[name="rapi-lang"][value="en"]').isChecked()).toBe(true);
    // Opened as a tab, the active tab is the panel itself: not a marketplace page.
    await expect.poll(() => panel.getByText('Open a Shopee or Tokopedia product page').count()).toBe(1);
    await expect.poll(() => panel.locator('#title-input').isVisible()).toBe(true);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await chooseLanguage(panel, 'id');
    await panel.close();
  });
});
