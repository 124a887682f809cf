/**
 * The two forms that need no hosting, made by shared/embed from the demo feed with the built widget:
 * - the standalone etalase.html, opened from a file with the network blocked (a café tablet, a phone's files);
 * - the one-block snippet pasted into a plain page with no other file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildEmbed, type EmbedScripts } from '../../shared/embed';
import { parseFeedText } from '../../shared/feed/parse';
import type { ShowcaseFeed } from '../../shared/feed/schema';
import { ROOT } from './harness';
import { artifact, seriousA11yViolations, startRig, waitForWidget, WIDGET_FILE, type WidgetRig } from './widget-helpers';

const W = 'rapi-etalase';

function demo(): ShowcaseFeed {
  const parsed = parseFeedText(readFileSync(path.join(ROOT, 'demo/etalase.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.en);
  return parsed.feed;
}

/** Blocks every request that is not the page itself and records what was tried. */
async function offline(context: BrowserContext, allowed: (url: string) => boolean): Promise<string[]> {
  const tried: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    tried.push(url);
    return route.abort('internetdisconnected');
  });
  return tried;
}

describe('embedding with no hosting', () => {
  let rig: WidgetRig;
  let scripts: EmbedScripts;
  const feed = demo();

  beforeAll(async () => {
    rig = await startRig();
    scripts = {
      widget: readFileSync(WIDGET_FILE, 'utf8'),
      page: readFileSync(path.join(path.dirname(WIDGET_FILE), 'rapi-etalase-page.js'), 'utf8'),
    };
  });
  afterAll(async () => rig?.close());

  describe('the standalone page', () => {
    let file: string;
    beforeAll(() => {
      file = artifact('etalase-demo.html');
      writeFileSync(file, buildEmbed(feed, { form: 'page', scripts }));
    });

    async function openPage(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; tried: string[]; errors: string[] }> {
      const context = await rig.browser.newContext({ viewport, offline: true });
      // Photos kept beside the page (file:) may load; nothing may go to the network.
      const tried = await offline(context, (url) => url.startsWith('file:'));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      await waitForWidget(page, W);
      return { context, page, tried, errors };
    }

    for (const viewport of [{ width: 360, height: 800 }, { width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      it(`opens offline at ${viewport.width} px and shows every product, nothing wider than the screen`, async () => {
        const { context, page, tried, errors } = await openPage(viewport);
        await expect(page.locator('h1').textContent()).resolves.toBe('Kedai Kopi Kuru');
        expect(await page.locator(`${W} .card`).count()).toBe(feed.items.length);
        expect(await page.locator(`${W} .card .name`).allTextContents()).toEqual(feed.items.map((i) => i.name));
        await expect(page.locator(`${W} .more`).isVisible()).resolves.toBe(false);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
        expect(tried).toEqual([]);
        expect(errors).toEqual([]);
        expect(await seriousA11yViolations(page, 'body')).toEqual([]);
        await page.screenshot({ path: artifact(`etalase-standalone-${viewport.width}.png`), fullPage: viewport.width > 400 });
        await context.close();
      });
    }

    it('"Pindai untuk beli" shows a QR code that phones read as the card own buy link; Esc closes it', async () => {
      const { context, page, errors } = await openPage({ width: 390, height: 844 });
      const card = page.locator(`${W} .card`).first();
      const href = await card.locator('.actions > a.btn').getAttribute('href');
      await card.locator('.qr').click();
      const dialog = page.locator('dialog.qr-dialog[open]');
      await expect(dialog.locator('h2').textContent()).resolves.toBe('Pindai untuk beli');
      await expect(dialog.locator('p').first().textContent()).resolves.toBe(feed.items[0]!.name);
      await expect(dialog.locator('.where').textContent()).resolves.toContain('Kode ini membuka Shopee.');
      expect(await seriousA11yViolations(page, 'dialog')).toEqual([]);
      await page.screenshot({ path: artifact('etalase-standalone-390-qr.png') });
      const png = await dialog.locator('svg').screenshot();
      const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(href);

      // A sold-out product's code opens WhatsApp, like its button.
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog.qr-dialog[open]').count()).resolves.toBe(0);
      expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('qr');
      await page.locator(`${W} .card`, { hasText: 'Gula Aren Cair 500 ml' }).locator('.qr').click();
      await expect(dialog.locator('.where').textContent()).resolves.toContain('Kode ini membuka WhatsApp.');
      await dialog.locator('button').click();
      await expect(page.locator('dialog.qr-dialog[open]').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  describe('the one-block snippet', () => {
    const plainPage = (body: string) =>
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Blog kedai</title></head><body><h1>Blog kedai kami</h1><p>Produk pilihan:</p>${body}</body></html>`;

    async function paste(body: string, viewport = { width: 390, height: 844 }) {
      const context = await rig.browser.newContext({ viewport });
      const url = `${rig.server.origin}/blog/post.html`;
      // Only the page itself exists: no widget file, no feed file.
      const tried = await offline(context, (u) => u === url);
      await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: plainPage(body) }));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await waitForWidget(page, W);
      return { context, page, tried, errors };
    }

    it('works pasted into a plain page with no other file', async () => {
      const snippet = buildEmbed(feed, { form: 'block', scripts });
      const { context, page, tried, errors } = await paste(snippet);
      await expect(page.locator(`${W} .count`).textContent()).resolves.toBe(`${feed.items.length} produk`);
      expect(await page.locator(`${W} .card`).count()).toBe(12);
      // Only the products' photos were asked for (the feed names them); no script and no feed file.
      expect(tried.filter((u) => !/\/foto\//.test(u))).toEqual([]);
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(await seriousA11yViolations(page, W)).toEqual([]);
      await page.screenshot({ path: artifact('etalase-snippet-390.png'), fullPage: true });
      await context.close();
    });

    it('pasted twice (two gadgets, two languages), both work', async () => {
      const id = buildEmbed(feed, { form: 'block', scripts });
      const en = buildEmbed({ ...feed, items: feed.items.slice(0, 3) }, { form: 'block', scripts, lang: 'en' });
      const { context, page, errors } = await paste(id + en, { width: 1280, height: 900 });
      const counts = await page.locator(W).evaluateAll((els) => els.map((e) => e.shadowRoot!.querySelector('.count')!.textContent));
      expect(counts).toEqual([`${feed.items.length} produk`, '3 products']);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
