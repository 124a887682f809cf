/**
 * "Etalase saya" puts a showcase on a site in the three forms of docs/embed.md, with the widget the extension
 * carries: the standalone page (opened from a file, offline), the one block (pasted into a plain page, nothing
 * else), and the hosted form with rapi-etalase.js to upload. Then: keeping an item current from the side panel,
 * and the printed cards (café name, two-line names, the initial where a photo is missing).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeedText } from '../../shared/feed/parse';
import { ARTIFACTS, launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, openPanel, screenshot, seriousA11yViolations, serveMarketplaces, FIXTURES } from './extension-helpers';
import { openShowcasePage, widgetCardNames } from './showcase-helpers';
import { waitForWidget } from './widget-helpers';

const FEED_TEXT = readFileSync(path.join(FIXTURES, 'showcase/kedai-kuru.json'), 'utf8');
const FEED = (() => {
  const parsed = parseFeedText(FEED_TEXT);
  if (!parsed.ok) throw new Error('fixture feed invalid');
  return parsed.feed;
})();
const NAMES = FEED.items.map((i) => i.name);
const SHOPEE = {
  file: 'pages/rapi_shopee_id_pdp_rendered.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123',
};

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('curation: putting a showcase on a site, keeping it current, printing it', () => {
  let browser: ExtensionBrowser;
  let etalase: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [SHOPEE]);
    etalase = await openShowcasePage(browser);
    await chooseLanguage(etalase, 'id');
    await etalase.locator('#import-feed').setInputFiles({ name: 'kedai-kuru.json', mimeType: 'application/json', buffer: Buffer.from(FEED_TEXT) });
    await etalase.waitForFunction((n) => document.querySelectorAll('.item-name').length === n, NAMES.length);
  });
  afterAll(async () => browser?.close());

  it('the standalone page: downloaded, then opened from a file with no network, shows every product and its QR', async () => {
    await etalase.getByLabel('Kalimat pembuka (boleh kosong)').fill('Produk yang kami pakai sendiri di dapur kedai.');
    expect(await seriousA11yViolations(etalase)).toEqual([]);
    const { name, text } = await downloaded(etalase, () => etalase.getByRole('button', { name: 'Unduh etalase.html' }).click());
    expect(name).toBe('etalase.html');
    const file = path.join(ARTIFACTS, 'etalase-from-extension.html');
    writeFileSync(file, text);

    const context = await browser.context.browser()!.newContext({ offline: true, viewport: { width: 390, height: 844 } });
    const tried: string[] = [];
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (tried.push(route.request().url()), route.abort())));
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await waitForWidget(page);
    expect(await page.locator('body > header h1').textContent()).toBe(FEED.curator!.name);
    expect(await page.locator('body > header p').textContent()).toBe('Produk yang kami pakai sendiri di dapur kedai.');
    expect(await widgetCardNames(page)).toEqual(NAMES);
    await page.locator('rapi-etalase .qr').first().click();
    await expect.poll(() => page.locator('dialog[open] h2').textContent()).toBe('Pindai untuk beli');
    // The photos are https links: offline they are not fetched by the page itself (routes blocked them), nothing else is.
    expect(tried.filter((u) => !/susercontent|tokopedia-static|images\.tokopedia/.test(u))).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'etalase-from-extension-390.png') });
    await context.close();
  });

  it('the one block: copied from the page, pasted into a plain page with no other file, it works', async () => {
    await etalase.getByLabel(/Satu blok kode/).check();
    await expect.poll(() => etalase.getByTestId('snippet').inputValue()).toMatch(/^<!-- Etalase Rapi: satu blok/);
    const block = await etalase.getByTestId('snippet').inputValue();
    expect(block).not.toContain('<script src=');
    expect(await seriousA11yViolations(etalase)).toEqual([]);
    await screenshot(etalase, 'showcase-embed-block');

    const context = await browser.context.browser()!.newContext({ viewport: { width: 360, height: 800 } });
    const url = 'https://blog-kedai.example/2026/11/produk-lokal.html';
    await context.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="id"><head><meta name="viewport" content="width=device-width"><title>Blog</title></head><body><h1>Blog kedai</h1>${block}</body></html>` })
        : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(url);
    await waitForWidget(page);
    expect(await widgetCardNames(page)).toEqual(NAMES);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await context.close();
  });

  it('the hosted form: the code as before, and rapi-etalase.js to upload, within the budget', async () => {
    await etalase.getByLabel(/Versi hosting/).check();
    expect((await etalase.getByTestId('snippet').inputValue()).split('\n')[0]).toBe('<script src="https://situs-anda.id/rapi-etalase.js" defer></script>');
    const { name, text } = await downloaded(etalase, () => etalase.getByRole('button', { name: 'Unduh rapi-etalase.js' }).click());
    expect(name).toBe('rapi-etalase.js');
    expect(text).toContain("customElements.define('rapi-etalase'".replace(/'/g, '`'));
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(12_000);
    for (const width of [360, 390, 1280]) {
      await etalase.setViewportSize({ width, height: 900 });
      expect(await etalase.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await screenshot(etalase, `showcase-embed-hosted-${width}`);
    }
  });

  it('a product opened again on its marketplace page: the panel offers its new price, and updates the showcase', async () => {
    // The showcase has the coffee at an old price.
    const row = etalase.locator(`.item-row:has-text("${NAMES[0]}")`);
    await row.getByRole('button', { name: 'Ubah' }).click();
    await etalase.getByLabel('Harga (Rp)').fill('40000');
    await etalase.getByRole('button', { name: 'Simpan produk' }).click();
    await expect.poll(() => etalase.getByTestId('notice').textContent()).toContain('tersimpan');

    const shop = await browser.context.newPage();
    await shop.goto(SHOPEE.url);
    const panel = await openPanel(browser, shop);
    await chooseLanguage(panel, 'id');
    const offer = panel.getByTestId('showcase-refresh');
    await expect.poll(() => offer.textContent(), { timeout: 20_000 }).toContain('Harga: Rp40.000 → Rp45.000');
    expect(await offer.textContent()).toContain(`Produk ini ada di etalase "${FEED.title}"`);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, 'showcase-panel-refresh');
    await offer.getByRole('button', { name: `Perbarui di "${FEED.title}"` }).click();
    await expect.poll(() => offer.textContent()).toContain(`Diperbarui di etalase "${FEED.title}".`);
    await expect.poll(() => row.textContent()).toContain('Rp45.000');
    await panel.close();
    await shop.close();
  });

  it('printed cards carry the café name, a name of at most two lines, and the initial where a photo is missing', async () => {
    const id = new URL(etalase.url()).hash.split('/')[2]!;
    const print = await openShowcasePage(browser, `#/print/${id}/cards4/buy`);
    const cards = print.getByTestId('print-card');
    await expect.poll(() => cards.count()).toBe(FEED.items.length);
    for (const card of await cards.all()) {
      expect(await card.locator('.owner').textContent()).toBe(FEED.curator!.name);
      const lines = await card.locator('.name').evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
      expect(lines).toBeLessThanOrEqual(2);
      expect(await card.locator('.photo .initial').textContent()).toBe(Array.from((await card.locator('.name').textContent())!)[0]);
      expect(await card.locator('.placeholder').count()).toBe(0);
    }
    await screenshot(print, 'showcase-print-cards4-owner');
    await print.close();
  });
});
