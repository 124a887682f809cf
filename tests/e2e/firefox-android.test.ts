import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, TOKOPEDIA_PAGE as TOKOPEDIA, expectedFor } from './extension-helpers';
import { FIREFOX_BUILD, attribute, clickToolbarButton, findPage, geckoId, launchFirefoxWithExtension, serveInTab, tabIdFor, type FirefoxExtension } from './firefox-harness';

/**
 * Firefox for Android has no sidebar. Firefox gives `browser.sidebarAction` only to add-ons whose manifest declares
 * `sidebar_action`, so the real Firefox build with that key removed runs exactly as it would there: the same code,
 * `sidebarAction` undefined, no `sidePanel`. The toolbar button must then open the panel in a tab, and the photo
 * checks (OCR included) must run in that tab.
 */


describe('Firefox without a sidebar (as on Android): the panel opens in a tab', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapi-no-sidebar-'));
  let firefox: FirefoxExtension;

  beforeAll(async () => {
    cpSync(FIREFOX_BUILD, dir, { recursive: true });
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    expect(manifest.sidebar_action).toBeDefined();
    delete manifest.sidebar_action;
    writeFileSync(manifestFile, JSON.stringify(manifest));
    firefox = await launchFirefoxWithExtension({ extensionDir: dir });
  });
  afterAll(async () => {
    await firefox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const panelTab = (tabId: number): Promise<Page> => findPage(firefox.browser, `${firefox.origin}/sidepanel.html?tab=${tabId}`);

  /** Opens the product page in a tab, then clicks the toolbar button there; returns the page, its tab id and the panel. */
  async function productThenToolbar(): Promise<{ page: Page; tabId: number; panel: Page }> {
    const page = await firefox.browser.newPage();
    await serveInTab(page, [TOKOPEDIA]);
    await page.goto(TOKOPEDIA.url);
    const probe = await firefox.openExtensionPage('drafts.html');
    const tabId = await tabIdFor(probe, TOKOPEDIA.url);
    await probe.close();
    // The button acts on the selected tab, as a click would.
    await page.bringToFront();
    await clickToolbarButton(firefox.browser, geckoId(dir));
    return { page, tabId, panel: await panelTab(tabId) };
  }

  it('has no sidebarAction and no sidePanel in this build', async () => {
    const probe = await firefox.openExtensionPage('drafts.html');
    const apis = await probe.evaluate(() => {
      const { browser } = globalThis as unknown as { browser: Record<string, unknown> };
      return { sidebarAction: typeof browser.sidebarAction, sidePanel: typeof browser.sidePanel, tabs: typeof browser.tabs };
    });
    expect(apis).toEqual({ sidebarAction: 'undefined', sidePanel: 'undefined', tabs: 'object' });
    await probe.close();
  });

  it('the toolbar button opens the panel in a tab for the product page, with the same score as in Node', async () => {
    const { report } = expectedFor(TOKOPEDIA.file, TOKOPEDIA.url);
    const { page, tabId, panel } = await productThenToolbar();
    await expect.poll(() => attribute(panel, '[data-testid="score"]', 'data-score'), { timeout: 15_000 }).toBe(String(report!.score));
    await panel.close();

    // The Rapi button on the page opens it the same way, and needs no "use the toolbar" hint.
    await page.bringToFront();
    await page.locator('rapi-badge >>> button').click();
    const again = await panelTab(tabId);
    expect(await page.evaluate(() => document.querySelector('rapi-badge')?.shadowRoot?.querySelector('.hint')?.textContent)).toBe('');
    await again.close();
    await page.close();
  });

  it('checks photos, reading their text, in the panel’s tab', async () => {
    const { page, panel } = await productThenToolbar();
    await panel.locator('input[name="rapi-lang"][value="id"]').click();
    await panel.locator('::-p-text(Isi manual)').click();
    const input = await panel.waitForSelector('.drop input[type="file"]');
    await input!.uploadFile(path.join(FIXTURES, 'photos/label-netto-pirt.jpg'));
    await panel.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="photo-checks-summary"]');
        return el?.getAttribute('data-total') === '1' && el.getAttribute('data-done') === '1';
      },
      { timeout: 90_000 },
    );
    const text = await panel.evaluate(() => document.querySelector('[data-testid="photo-text"]')?.textContent ?? '');
    expect(text).toMatch(/Netto\s*250\s*g/i);
    await panel.close();
    await page.close();
  }, 120_000);
});
