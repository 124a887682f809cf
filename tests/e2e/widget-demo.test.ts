import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { artifact, demoFeed, seriousA11yViolations, startRig, waitForWidget, type WidgetRig } from './widget-helpers';

const W = 'rapi-etalase#etalase';

describe('widget: the demo café page in Chromium', () => {
  let rig: WidgetRig;
  let context: BrowserContext;
  let page: Page;
  const feed = demoFeed();

  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => rig?.close());

  async function openDemo(path = '/index.html') {
    context = await rig.browser.newContext({ viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    await page.goto(rig.server.origin + path);
    await waitForWidget(page, W);
  }

  it('renders the demo feed: title, first page of cards, Rupiah prices, sellers, badges', async () => {
    await openDemo();
    await expect(page.locator(`${W} .heading`).textContent()).resolves.toBe(feed.title);
    await expect(page.locator(`${W} .meta`).textContent()).resolves.toBe('Dikurasi oleh Kedai Kopi Kuru · diperbarui 20 Nov 2026');
    await expect(page.locator(`${W} .count`).textContent()).resolves.toBe(`${feed.items.length} produk`);
    expect(await page.locator(`${W} .card`).count()).toBe(12);
    const first = page.locator(`${W} .card`).first();
    await expect(first.locator('.name').textContent()).resolves.toBe('Kopi Arabika Bukit Kuru 250 gr Biji Sangrai');
    await expect(first.locator('.price').textContent()).resolves.toBe('Rp85.000 per 250 gr');
    await expect(first.locator('.seller').textContent()).resolves.toBe('Kelompok Tani Bukit Kuru');
    expect(await first.locator('.badge').allTextContents()).toEqual(['Buatan lokal', 'P-IRT']);
    await page.screenshot({ path: artifact('widget-demo.png'), fullPage: true });
  });

  it('"Lihat lebih banyak" adds the next page and disappears at the end', async () => {
    await expect(page.locator(`${W} .showing`).textContent()).resolves.toBe(`Menampilkan 12 dari ${feed.items.length}`);
    await page.locator(`${W} .more-btn`).click();
    expect(await page.locator(`${W} .card`).count()).toBe(Math.min(24, feed.items.length));
    if (feed.items.length <= 24) expect(await page.locator(`${W} .more-btn`).isVisible()).toBe(false);
  });

  it('filters by category and keeps keyboard focus on the pressed button', async () => {
    const chip = page.locator(`${W} .chip`, { hasText: 'Camilan' });
    await chip.focus();
    await page.keyboard.press('Enter');
    const expected = feed.items.filter((i) => i.category === 'Camilan').length;
    await expect(page.locator(`${W} .count`).textContent()).resolves.toBe(`${expected} produk`);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate((sel) => document.querySelector(sel)!.shadowRoot!.activeElement?.textContent, W)).toBe('Camilan');
    await page.locator(`${W} .chip`, { hasText: 'Semua' }).click();
    await expect(page.locator(`${W} .count`).textContent()).resolves.toBe(`${feed.items.length} produk`);
  });

  it('searches as you type', async () => {
    await page.locator(`${W} .search`).fill('emping');
    expect(await page.locator(`${W} .card .name`).allTextContents()).toEqual([
      'Emping Melinjo Pedas Manis 250 gr',
      'Emping Melinjo Original Mentah 500 gr',
    ]);
    await page.locator(`${W} .search`).fill('tidak ada yang seperti ini');
    await expect(page.locator(`${W} .empty`).textContent()).resolves.toContain('Tidak ada produk yang cocok');
    await page.locator(`${W} .search`).fill('');
    expect(await page.locator(`${W} .card`).count()).toBe(12);
  });

  it('links go where they say: marketplace pages, wa.me with a message naming the product, in a new tab', async () => {
    const card = page.locator(`${W} .card`).first();
    const item = feed.items[0]!;
    expect(await card.locator('a.shopee').getAttribute('href')).toBe(item.links.shopee);
    expect(await card.locator('a[part~="tokopedia"]').getAttribute('href')).toBe(item.links.tokopedia);
    const wa = new URL((await card.locator('a[part~="whatsapp"]').getAttribute('href'))!);
    expect(`${wa.origin}${wa.pathname}`).toBe('https://wa.me/6280010000001');
    expect(wa.searchParams.get('text')).toContain(`saya mau pesan ${item.name} (Rp85.000)`);
    for (const a of await page.locator(`${W} .root a`).all()) {
      expect(await a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await a.getAttribute('target')).toBe('_blank');
      expect(await a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    await expect(card.locator('a.shopee').evaluate((a) => a.textContent)).resolves.toBe(
      `Beli di Shopee: ${item.name} (tab baru)`,
    );
  });

  it('switches to English through the lang attribute', async () => {
    await page.locator('#lang-switch').click();
    await expect(page.locator(`${W} .count`).textContent()).resolves.toBe(`${feed.items.length} products`);
    await expect(page.locator(`${W} a.shopee`).first().evaluate((a) => a.firstChild?.textContent)).resolves.toBe('Buy on Shopee');
    await expect(page.locator(`${W} .meta`).textContent()).resolves.toBe('Curated by Kedai Kopi Kuru · updated 20 Nov 2026');
    await page.locator('#lang-switch').click();
    await expect(page.locator(`${W} .count`).textContent()).resolves.toBe(`${feed.items.length} produk`);
  });

  it('has no serious or critical axe violations, light and dark', async () => {
    expect(await seriousA11yViolations(page, W)).toEqual([]);
    // A phone in dark mode: the café's cream page keeps a light showcase (no theme attribute)…
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator(`${W} .root`).evaluate((r) => getComputedStyle(r).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    // …and theme="auto", written on purpose, still follows the device.
    await page.locator(W).evaluate((el) => el.setAttribute('theme', 'auto'));
    await expect(page.locator(`${W} .root`).evaluate((r) => getComputedStyle(r).backgroundColor)).resolves.toBe('rgb(23, 21, 18)');
    expect(await seriousA11yViolations(page, W)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator(`${W} .root`).evaluate((r) => getComputedStyle(r).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    await page.locator(W).evaluate((el) => el.setAttribute('theme', 'dark'));
    await expect(page.locator(`${W} .root`).evaluate((r) => getComputedStyle(r).backgroundColor)).resolves.toBe('rgb(23, 21, 18)');
    expect(await seriousA11yViolations(page, W)).toEqual([]);
    await page.locator(W).evaluate((el) => el.removeAttribute('theme'));
    // The check is live: a page that themes the price (::part) with a pale grey fails it.
    const style = await page.addStyleTag({ content: `${W}::part(price) { color: #d8d8d8 }` });
    expect((await seriousA11yViolations(page, W)).map((v) => v.id)).toContain('color-contrast');
    await style.evaluate((s) => (s as HTMLElement).remove());
    await context.close();
  });

  it('photos keep their box: nothing moves when they arrive, and a broken photo shows a placeholder', async () => {
    context = await rig.browser.newContext({ viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    // Photos arrive late, as on a slow phone connection.
    await page.route('**/foto/**', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await page.goto(`${rig.server.origin}/index.html`);
    await waitForWidget(page, W);
    const boxes = () => page.locator(`${W} .card`).evaluateAll((cards) => cards.map((c) => JSON.stringify(c.getBoundingClientRect())));
    const before = await boxes();
    expect(await page.locator(`${W} .card img`).first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(false);
    await page.waitForFunction((sel) => {
      const img = document.querySelector(sel)!.shadowRoot!.querySelector('.card img') as HTMLImageElement;
      return img.complete && img.naturalWidth > 0;
    }, W);
    expect(await boxes()).toEqual(before);

    await page.locator(`${W} .more-btn`).click();
    const bakpia = page.locator(`${W} .card`, { hasText: 'Bakpia Kacang Hijau' });
    await bakpia.scrollIntoViewIfNeeded();
    await page.waitForFunction((sel) => {
      const cards = [...document.querySelector(sel)!.shadowRoot!.querySelectorAll('.card')];
      const card = cards.find((c) => c.textContent?.includes('Bakpia'));
      return card?.querySelector('img')?.hidden === true;
    }, W);
    await expect(bakpia.locator('.initial').isVisible()).resolves.toBe(true);
    await expect(bakpia.locator('.initial').textContent()).resolves.toBe('B');
    await context.close();
  });

  it('respects reduced motion', async () => {
    context = await rig.browser.newContext({ reducedMotion: 'reduce' });
    page = await context.newPage();
    await page.goto(`${rig.server.origin}/tests/many.html`);
    await waitForWidget(page, '#kopi');
    await expect(page.locator('#kopi .cards').evaluate((el) => getComputedStyle(el).scrollBehavior)).resolves.toBe('auto');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(page.locator('#kopi .cards').evaluate((el) => getComputedStyle(el).scrollBehavior)).resolves.toBe('smooth');
    await context.close();
  });

  it('without JavaScript, the plain links inside the element still work', async () => {
    context = await rig.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(`${rig.server.origin}/index.html`);
    const links = page.locator(`${W} > a`);
    expect(await links.count()).toBe(2);
    await expect(links.first().isVisible()).resolves.toBe(true);
    expect(await links.first().getAttribute('href')).toBe('https://shopee.co.id/kopibukitkuru');
    await context.close();
  });
});
