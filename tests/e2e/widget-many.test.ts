import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, demoFeed, startRig, waitForWidget, type WidgetRig } from './widget-helpers';

describe('widget: several on one page', () => {
  let rig: WidgetRig;
  let page: Page;
  const warnings: string[] = [];
  const errors: string[] = [];
  const feed = demoFeed();
  const count = (category: string) => feed.items.filter((i) => i.category === category).length;

  beforeAll(async () => {
    rig = await startRig();
    page = await rig.browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${rig.server.origin}/tests/many.html`);
    await waitForWidget(page);
  });
  afterAll(async () => rig?.close());

  it('each widget follows its own attributes', async () => {
    await expect(page.locator('#kopi .count').textContent()).resolves.toBe(`${count('Kopi')} produk`);
    await expect(page.locator('#kopi .chip[aria-pressed="true"]').textContent()).resolves.toBe('Kopi');
    await expect(page.locator('#kopi .root').getAttribute('class')).resolves.toBe('root carousel');
    expect(await page.locator('#kopi .cards').evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
    expect(await page.locator('#kopi .cards').getAttribute('tabindex')).toBe('0');

    await expect(page.locator('#dekranasda .count').textContent()).resolves.toBe('3 products');
    await expect(page.locator('#dekranasda .root').getAttribute('class')).resolves.toBe('root list dark');
    expect(await page.locator('#dekranasda .search').isVisible()).toBe(false);
    await expect(page.locator('#dekranasda .root').evaluate((r) => getComputedStyle(r).backgroundColor)).resolves.toBe('rgb(23, 21, 18)');
    await expect(page.locator('#dekranasda a.shopee').first().evaluate((a) => a.firstChild?.textContent)).resolves.toBe('Buy on Shopee');

    expect(await page.locator('#camilan .card').count()).toBe(3);
    await expect(page.locator('#camilan .showing').textContent()).resolves.toBe(`Menampilkan 3 dari ${count('Camilan')}`);
    await expect(page.locator('#hilang div.notice').textContent()).resolves.toBe(
      'Etalase belum bisa dimuat. Periksa koneksi internet Anda, lalu muat ulang halaman.',
    );
    await page.screenshot({ path: artifact('widget-many.png'), fullPage: true });
  });

  it('searching or filtering one leaves the others alone', async () => {
    await page.locator('#kopi .search').fill('robusta');
    await expect(page.locator('#kopi .count').textContent()).resolves.toBe('1 produk');
    await expect(page.locator('#camilan .count').textContent()).resolves.toBe(`${count('Camilan')} produk`);
    await page.locator('#camilan .chip', { hasText: 'Kerajinan' }).click();
    await expect(page.locator('#camilan .count').textContent()).resolves.toBe(`${count('Kerajinan')} produk`);
    await expect(page.locator('#kopi .count').textContent()).resolves.toBe('1 produk');
    await page.locator('button[data-target="dekranasda"]').click();
    await expect(page.locator('#dekranasda .count').textContent()).resolves.toBe('3 produk');
    await expect(page.locator('#kopi .count').textContent()).resolves.toBe('1 produk');
  });

  it('the script pasted twice is harmless, and the bad inline item is reported in the console', async () => {
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual(expect.stringContaining('Barang ke-4 (id "rusak") dilewati: kolom name: tidak boleh kosong'));
    expect(warnings).toContainEqual(expect.stringContaining('Item 4 (id "rusak") skipped: field name: must not be empty'));
    expect(await page.locator('#dekranasda .card').count()).toBe(3);
  });
});
