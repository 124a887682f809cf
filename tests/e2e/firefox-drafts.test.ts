import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, navigate, reload, type FirefoxExtension } from './firefox-harness';

/** A draft in Firefox's IndexedDB (the add-on's origin) survives a reload of the page and a restart of Firefox. */

const TITLE = 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium';
const DESCRIPTION = 'Kopi arabika dari dataran tinggi Gayo, Aceh.\nBerat bersih: 250 gr';

const value = (page: Page, selector: string) => page.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.value ?? null, selector);

async function openDrafts(firefox: FirefoxExtension, hash = ''): Promise<Page> {
  const page = await firefox.openExtensionPage(`drafts.html${hash}`);
  await page.locator('input[name="rapi-lang"][value="id"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'id');
  return page;
}

describe('a draft in Firefox is never lost', () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'rapi-firefox-drafts-'));
  let firefox: FirefoxExtension | undefined;
  let key = '';
  afterAll(async () => {
    await firefox?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('is saved as the seller types and is there after the page reloads', async () => {
    firefox = await launchFirefoxWithExtension({ profile });
    const page = await openDrafts(firefox);
    await page.locator('::-p-text(Draf baru)').click();
    await page.waitForSelector('#edit-title');
    key = decodeURIComponent(new URL(await page.evaluate(() => location.href)).hash.replace('#draft=', ''));
    expect(key).toMatch(/^manual:/);
    await page.type('#edit-title', TITLE);
    await page.locator('#edit-description').fill(DESCRIPTION);
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-status')), { timeout: 5000 }).toBe('saved');

    const before = await page.evaluate(() => performance.timeOrigin);
    await reload(page);
    expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(before);
    await expect.poll(() => value(page, '#edit-title'), { timeout: 5000 }).toBe(TITLE);
    expect(await value(page, '#edit-description')).toBe(DESCRIPTION);
  });

  it('is there after Firefox quit and started again with the same profile', async () => {
    await firefox!.close();
    firefox = await launchFirefoxWithExtension({ profile });
    const page = await openDrafts(firefox);
    const titles = () => page.evaluate(() => [...document.querySelectorAll('li.draft-item .draft-title')].map((e) => e.textContent));
    await expect.poll(titles, { timeout: 5000 }).toContain(TITLE);
    await navigate(page, `${firefox.origin}/drafts.html#draft=${encodeURIComponent(key)}`);
    await expect.poll(() => value(page, '#edit-title'), { timeout: 5000 }).toBe(TITLE);
    expect(await value(page, '#edit-description')).toBe(DESCRIPTION);
  });
});
