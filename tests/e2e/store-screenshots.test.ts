import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, ROOT, extensionUrl, launchWithExtension, type ExtensionBrowser } from './harness';
import { SHOPEE_PAGE as SHOPEE, TOKOPEDIA_PAGE as TOKOPEDIA, chooseLanguage, openPanel, serveMarketplaces } from './extension-helpers';
import { serveCdn, waitForPhotoChecks, type CdnAnswer } from './photos-helpers';

/**
 * The five store screenshots (1280 × 800), made from the fixture pages with the built extension, so the store
 * shows the extension as it is today. `npm run screenshots` runs only this file. Written to docs/store/screenshots/
 * (not committed: they change with every UI change). Captions: docs/store/id.md and en.md.
 */
export const SCREENSHOTS = path.join(ROOT, 'docs/store/screenshots');
const WIDTH = 1280;
const HEIGHT = 800;
const PANEL_WIDTH = 420;

const PHOTOS: Record<string, CdnAnswer> = {
  lz1cover0001: { file: 'photos/product-clean.jpg' },
  lz1pack00002: { file: 'photos/overlay-phone-promo.jpg' },
  lz1beans0003: { file: 'photos-extension/blurry-dark.jpg' },
  lz1label0004: { file: 'photos/label-netto-pirt.jpg' },
};

type Lang = 'id' | 'en';

/** Each screenshot's file name and, for the framed ones, the caption beside the panel (the store's language). */
const CAPTIONS = {
  findings: {
    id: { title: 'Setiap temuan: cara memperbaikinya dan sumber aturannya', text: 'Mengapa penting, apa yang harus diubah, contoh dari kata-kata Anda sendiri, dan aturan marketplace yang mendasarinya.' },
    en: { title: 'Every finding: how to fix it and the rule behind it', text: 'Why it matters, what to change, an example built from your own words, and the marketplace rule it comes from.' },
  },
  photos: {
    id: { title: 'Rapi membaca tulisan di foto, di perangkat Anda', text: 'Nomor telepon dan tulisan promo di foto ditandai dengan kotak, lengkap dengan cara memperbaikinya. Foto tidak dikirim ke mana pun.' },
    en: { title: 'Rapi reads the text on your photos, on your device', text: 'Phone numbers and promo text on photos are marked with boxes, with how to fix them. Photos are sent nowhere.' },
  },
} as const;

async function save(image: Buffer, lang: Lang, name: string): Promise<void> {
  const dir = path.join(SCREENSHOTS, lang);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await sharp(image).png().toFile(file);
  const meta = await sharp(file).metadata();
  expect([meta.width, meta.height], name).toEqual([WIDTH, HEIGHT]);
}

/** The page on the left and the Rapi panel on the right, as the seller sees them with the side panel open. */
async function sideBySide(page: Page, panel: Page, lang: Lang, name: string): Promise<void> {
  await page.setViewportSize({ width: WIDTH - PANEL_WIDTH, height: HEIGHT });
  await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
  const [left, right] = [await page.screenshot(), await panel.screenshot()];
  const divider = await sharp({ create: { width: 2, height: HEIGHT, channels: 3, background: '#9ca3af' } }).png().toBuffer();
  const image = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#ffffff' } })
    .composite([
      { input: left, left: 0, top: 0 },
      { input: right, left: WIDTH - PANEL_WIDTH, top: 0 },
      { input: divider, left: WIDTH - PANEL_WIDTH - 1, top: 0 },
    ])
    .png()
    .toBuffer();
  await save(image, lang, name);
}

/** The panel as it is on the right; on the left, in Rapi's colours, what it shows (for the store's visitors). */
async function framed(browser: ExtensionBrowser, panel: Page, caption: { title: string; text: string }, lang: Lang, name: string): Promise<void> {
  await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
  const shot = (await panel.screenshot()).toString('base64');
  const icon = readFileSync(path.join(CHROME_BUILD, 'icon/128.png')).toString('base64');
  const frame = await browser.context.newPage();
  await frame.setViewportSize({ width: WIDTH, height: HEIGHT });
  await frame.setContent(`<!doctype html><html lang="${lang}"><body style="margin:0;display:flex;height:${HEIGHT}px;font-family:system-ui,sans-serif">
    <div style="flex:1;background:#1d4ed8;color:#fff;padding:96px 64px;box-sizing:border-box">
      <img src="data:image/png;base64,${icon}" width="72" height="72" alt="" style="border-radius:16px;background:#fff">
      <h1 style="font-size:40px;line-height:1.2;margin:40px 0 24px"></h1><p style="font-size:22px;line-height:1.5;margin:0"></p></div>
    <img src="data:image/png;base64,${shot}" width="${PANEL_WIDTH}" height="${HEIGHT}" alt=""></body></html>`);
  await frame.evaluate(({ title, text }) => {
    document.querySelector('h1')!.textContent = title;
    document.querySelector('p')!.textContent = text;
  }, caption);
  await save(await frame.screenshot(), lang, name);
  await frame.close();
}

async function whole(page: Page, lang: Lang, name: string): Promise<void> {
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  // No focus ring or caret in a store picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await save(await page.screenshot(), lang, name);
}

describe('store screenshots', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [TOKOPEDIA, SHOPEE]);
    await serveCdn(browser.context, PHOTOS);
  });
  afterAll(async () => browser?.close());

  for (const lang of ['id', 'en'] as const) {
    it(`${lang} 1: the Rapi button on a Tokopedia product page, and the panel with the score and fix first`, async () => {
      const page = await browser.context.newPage();
      await page.goto(TOKOPEDIA.url);
      await page.locator('rapi-badge button').waitFor({ timeout: 15_000 });
      const panel = await openPanel(browser, page);
      await chooseLanguage(panel, lang);
      await panel.getByTestId('score').waitFor();
      await expect.poll(() => page.locator('rapi-badge button').getAttribute('lang')).toBe(lang);
      await sideBySide(page, panel, lang, '1-halaman-produk.png');
      await panel.close();
      await page.close();
    });

    it(`${lang} 2: a finding with how to fix it and its source`, async () => {
      const page = await browser.context.newPage();
      await page.goto(TOKOPEDIA.url);
      const panel = await openPanel(browser, page);
      await chooseLanguage(panel, lang);
      const first = panel.locator('.fix-first .finding details').first();
      await first.locator('summary').click();
      await first.locator('dl').scrollIntoViewIfNeeded();
      await panel.evaluate(() => scrollBy(0, 120));
      await framed(browser, panel, CAPTIONS.findings[lang], lang, '2-temuan.png');
      await panel.close();
      await page.close();
    });

    it(`${lang} 3: the photo checks read the text on the photos`, async () => {
      const page = await browser.context.newPage();
      await page.goto(SHOPEE.url);
      const panel = await openPanel(browser, page);
      await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
      await chooseLanguage(panel, lang);
      await waitForPhotoChecks(panel, 4);
      await panel.locator('[data-testid="photo-card"]').nth(1).scrollIntoViewIfNeeded();
      await framed(browser, panel, CAPTIONS.photos[lang], lang, '3-foto.png');
      await panel.close();
      await page.close();
    }, 120_000);

    it(`${lang} 4: a draft from a product page, saved as it is typed, compared with the page`, async () => {
      const page = await browser.context.newPage();
      await page.goto(TOKOPEDIA.url);
      const panel = await openPanel(browser, page);
      await chooseLanguage(panel, lang);
      await panel.locator('#title-input').fill('LG OLED 48C4PSA OLED evo 4K Smart TV 48 inch 120Hz Dolby Vision Atmos');
      await panel.getByRole('link', { name: lang === 'id' ? 'Draf saya' : 'My drafts' }).waitFor();
      const drafts = await browser.context.newPage();
      await expect
        .poll(async () => {
          await drafts.goto(extensionUrl(browser, 'drafts.html'));
          return drafts.locator('li.draft-item').count();
        }, { timeout: 10_000 })
        .toBeGreaterThan(0);
      await chooseLanguage(drafts, lang);
      await drafts.locator('li.draft-item a').first().click();
      await drafts.locator('#edit-title').waitFor();
      await whole(drafts, lang, '4-draf.png');
      await drafts.close();
      await panel.close();
      await page.close();
    });

    it(`${lang} 5: the welcome page`, async () => {
      const welcome = await browser.context.newPage();
      await welcome.goto(extensionUrl(browser, 'welcome.html'));
      await chooseLanguage(welcome, lang);
      await welcome.locator('h1').waitFor();
      await whole(welcome, lang, '5-selamat-datang.png');
      await welcome.close();
    });
  }
});
