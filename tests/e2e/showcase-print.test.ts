import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseFeedText } from '../../shared/feed/parse';
import { ARTIFACTS, launchWithExtension, type ExtensionBrowser } from './harness';
import { FIXTURES, chooseLanguage, screenshot, seriousA11yViolations } from './extension-helpers';
import { decodeQr, openShowcasePage } from './showcase-helpers';

const FEED_FILE = path.join(FIXTURES, 'showcase/kedai-kuru.json');
const FEED = (() => {
  const parsed = parseFeedText(readFileSync(FEED_FILE, 'utf8'));
  if (!parsed.ok) throw new Error('fixture feed invalid');
  return parsed.feed;
})();
const [KOPI, GULA, EMPING] = FEED.items as [(typeof FEED.items)[number], (typeof FEED.items)[number], (typeof FEED.items)[number]];

async function importFeed(page: Page, name: string, text: string) {
  await page.locator('#import-feed').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** PDF pages in a file Chromium printed (one "/Type /Page" object each). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('curation: import, order, print', () => {
  let browser: ExtensionBrowser;
  let showcaseHash: string;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('refuses a bad feed with a plain bilingual message and changes nothing, then imports a good one', async () => {
    const page = await openShowcasePage(browser);
    await chooseLanguage(page, 'id');
    await importFeed(page, 'rusak.json', '{"version": 1, "title": "Kedai", "items": [');
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe(
      'Feed ini tidak bisa diimpor. Feed bukan JSON yang valid. Periksa tanda koma dan tanda kutip. Tidak ada yang diubah.',
    );
    expect(await page.getByTestId('notice').getAttribute('role')).toBe('alert');
    await chooseLanguage(page, 'en');
    await importFeed(page, 'data.json', JSON.stringify({ format: 'rapi-export', version: 1 }));
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe(
      'This feed cannot be imported. This is a Rapi data backup, not a showcase feed. Import it on the My drafts page. Nothing was changed.',
    );
    expect(await page.locator('.showcase-list li').count()).toBe(0);

    await chooseLanguage(page, 'id');
    await importFeed(page, 'kedai-kuru.json', readFileSync(FEED_FILE, 'utf8'));
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe(`Feed diimpor sebagai etalase "${FEED.title}" (3 produk).`);
    await expect.poll(() => page.locator('.item-name').allTextContents()).toEqual([KOPI.name, GULA.name, EMPING.name]);
    showcaseHash = new URL(page.url()).hash;
    expect(showcaseHash).toMatch(/^#\/s\//);
    await page.close();
  });

  it('reorders by keyboard: Alt + arrows move the focused row, focus stays on it, the new place is announced', async () => {
    const page = await openShowcasePage(browser, showcaseHash);
    await chooseLanguage(page, 'id');
    await expect.poll(() => page.locator('.item-name').allTextContents()).toEqual([KOPI.name, GULA.name, EMPING.name]);
    await page.locator(`.item-row:has-text("${EMPING.name}")`).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.locator('.item-name').allTextContents()).toEqual([KOPI.name, EMPING.name, GULA.name]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.item-name')?.textContent)).toBe(EMPING.name);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.locator('.item-name').allTextContents()).toEqual([EMPING.name, KOPI.name, GULA.name]);
    await expect.poll(() => page.getByTestId('order-announcement').textContent()).toBe(`${EMPING.name}: posisi 1 dari 3.`);
    // Already first: nothing moves.
    await page.keyboard.press('Alt+ArrowUp');
    expect(await page.locator('.item-name').allTextContents()).toEqual([EMPING.name, KOPI.name, GULA.name]);
    // The buttons do the same, and the preview follows the order.
    await page.getByRole('button', { name: `Turun ${EMPING.name}` }).click();
    await expect.poll(() => page.locator('.item-name').allTextContents()).toEqual([KOPI.name, EMPING.name, GULA.name]);
    await expect
      .poll(() =>
        page.evaluate(() => [...(document.querySelector('[data-testid="preview"] rapi-etalase')?.shadowRoot?.querySelectorAll('.card .name') ?? [])].map((n) => n.textContent)),
      )
      .toEqual([KOPI.name, EMPING.name, GULA.name]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('edits an item: a link the widget would refuse is named, a good edit shows in the preview', async () => {
    const page = await openShowcasePage(browser, showcaseHash);
    await chooseLanguage(page, 'id');
    await page.getByRole('button', { name: `Ubah ${GULA.name}` }).click();
    await page.locator('#item-shopee').fill('https://evil.example/shopee.co.id');
    await page.getByRole('button', { name: 'Simpan produk' }).click();
    await expect.poll(() => page.getByTestId('item-problem').textContent()).toBe(
      'Periksa isian barang: kolom links.shopee: harus tautan https:// ke shopee.co.id.',
    );
    await page.locator('#item-shopee').fill('');
    await page.locator('#item-priceNote').fill('per 500 gr');
    await page.getByRole('button', { name: 'Simpan produk' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe(`${GULA.name} tersimpan.`);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-testid="preview"] rapi-etalase')?.shadowRoot?.textContent ?? ''))
      .toContain('Rp28.000 per 500 gr');
    await page.close();
  });

  it('prints A4 table cards (4 and 8 a page) and a poster whose QR codes decode to the buy links and WhatsApp', async () => {
    const id = decodeURIComponent(showcaseHash.replace('#/s/', ''));
    const page = await openShowcasePage(browser, `#/print/${encodeURIComponent(id)}/cards4/buy`);
    await chooseLanguage(page, 'id');
    await expect.poll(() => page.getByTestId('print-card').count()).toBe(3);
    const order = [KOPI, EMPING, GULA];
    expect(await page.locator('.sheet .card .name').allTextContents()).toEqual(order.map((i) => i.name));
    expect(await page.locator('.sheet .card .price').allTextContents()).toEqual(['Rp45.000 per 250 gr', 'Rp32.000', 'Rp28.000 per 500 gr']);
    expect(await page.locator('.sheet .card .seller').first().textContent()).toBe('Kopi Takengon Official · Kab. Aceh Tengah');
    const waEmping = `https://wa.me/6281311112222?text=${encodeURIComponent('Halo Bu Sri, saya mau pesan emping 2 bungkus.')}`;
    const expectedBuy = [KOPI.links.shopee!, waEmping, GULA.links.tokopedia!];
    // What each QR holds, and what a phone reads from its pixels.
    expect(await page.locator('.sheet .qr').evaluateAll((qrs) => qrs.map((q) => q.getAttribute('data-href')))).toEqual(expectedBuy);
    for (const [i, href] of expectedBuy.entries()) expect(await decodeQr(page.locator('.sheet .qr').nth(i))).toBe(href);
    expect(await page.locator('.scan-label').allTextContents()).toEqual([
      'Pindai untuk beli di Shopee',
      'Pindai untuk pesan via WhatsApp',
      'Pindai untuk beli di Tokopedia',
    ]);
    // A4 at 96 px per inch: 210 × 297 mm.
    const sheet = await page.locator('.sheet').first().boundingBox();
    expect(Math.round(sheet!.width)).toBe(794);
    expect(Math.round(sheet!.height)).toBe(1123);
    await screenshot(page, 'showcase-print-cards4');
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(path.join(ARTIFACTS, 'showcase-print-cards4.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBe(1);
    // Print CSS: the toolbar is not printed.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
    // Back to no emulation: page.pdf() prints with print CSS unless 'screen' is emulated.
    await page.emulateMedia({ media: null });

    // WhatsApp first: Gula Aren has a number, Kopi does not (its QR stays the Shopee link).
    await page.goto(page.url().replace('/cards4/buy', '/cards8/whatsapp'));
    await expect.poll(() => page.locator('.print-root').getAttribute('data-layout')).toBe('cards8');
    const gulaWa = `https://wa.me/6281234567890?text=${encodeURIComponent(`Halo, saya mau pesan ${GULA.name} (Rp28.000) yang saya lihat di etalase ${FEED.title}. Apakah masih tersedia?`)}`;
    const expectedWa = [KOPI.links.shopee!, waEmping, gulaWa];
    expect(await page.locator('.sheet .qr').evaluateAll((qrs) => qrs.map((q) => q.getAttribute('data-href')))).toEqual(expectedWa);
    expect(await decodeQr(page.locator('.sheet .qr').nth(2))).toBe(gulaWa);
    await screenshot(page, 'showcase-print-cards8');
    const cards8 = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(path.join(ARTIFACTS, 'showcase-print-cards8.pdf'), cards8);
    expect(pdfPageCount(cards8)).toBe(1);

    await page.goto(page.url().replace('/cards8/whatsapp', '/poster/buy'));
    await expect.poll(() => page.locator('.print-root').getAttribute('data-layout')).toBe('poster');
    expect(await page.locator('.poster-head h1').textContent()).toBe(FEED.title);
    expect(await page.locator('.poster-item .name').allTextContents()).toEqual(order.map((i) => i.name));
    for (const [i, href] of expectedBuy.entries()) expect(await decodeQr(page.locator('.poster .qr').nth(i))).toBe(href);
    await screenshot(page, 'showcase-print-poster');
    const poster = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(path.join(ARTIFACTS, 'showcase-print-poster.pdf'), poster);
    expect(pdfPageCount(poster)).toBe(1);
    await page.close();
  });

  it('shows hostile feed text as text everywhere: list, editor, preview, print', async () => {
    const payload = '<img src=x data-xss=1><script>window.__xss=1</script>';
    const hostile = {
      version: 1,
      title: `Etalase ${payload}`,
      items: [{ id: 'x', name: `Keripik ${payload}`, blurb: payload, category: payload, seller: { name: payload }, links: { website: 'https://keripik.id/' } }],
    };
    const page = await openShowcasePage(browser);
    await importFeed(page, 'hostile.json', JSON.stringify(hostile));
    await expect.poll(() => page.locator('.item-name').allTextContents()).toEqual([`Keripik ${payload}`]);
    await page.locator('.item-row').getByRole('button', { name: /^Ubah/ }).click();
    expect(await page.locator('#item-blurb').inputValue()).toBe(payload);
    await waitForPreviewCard(page);
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/s/', ''));
    await page.goto(page.url().replace(/#.*/, `#/print/${encodeURIComponent(id)}/poster/buy`));
    await expect.poll(() => page.locator('.poster-head h1').textContent()).toBe(`Etalase ${payload}`);
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img[data-xss]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
      ran: (window as unknown as { __xss?: number }).__xss ?? 0,
    }));
    expect(injected).toEqual({ images: 0, scripts: 0, ran: 0 });
    await page.close();
  });
});

async function waitForPreviewCard(page: Page) {
  await page.waitForFunction(() => document.querySelector('[data-testid="preview"] rapi-etalase')?.shadowRoot?.querySelector('.card'));
  const inShadow = await page.evaluate(() => document.querySelector('[data-testid="preview"] rapi-etalase')?.shadowRoot?.querySelectorAll('img[data-xss]').length);
  expect(inShadow).toBe(0);
}
