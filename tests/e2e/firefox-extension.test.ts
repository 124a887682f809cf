import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { OPEN_FROM_TOOLBAR } from '../../extension/sidepanel/panel-opener';
import { FIXTURES, TOKOPEDIA_PAGE as TOKOPEDIA, expectedFor } from './extension-helpers';
import {
  FIREFOX_BUILD,
  addonStartupReason,
  attribute,
  findPage,
  geckoId,
  inBrowserWindow,
  launchFirefoxWithExtension,
  navigate,
  serveInTab,
  tabIdFor,
  type FirefoxExtension,
} from './firefox-harness';

/**
 * The Firefox build in real Firefox ESR, offline: marketplace pages are answered by the test, every other request
 * goes to a dead proxy, so the OCR worker, cores and language data can only come from inside the add-on.
 */

const texts = (page: Page, selector: string) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);
const badgeAttr = (page: Page, name: string) =>
  page.evaluate((n) => document.querySelector('rapi-badge')?.shadowRoot?.querySelector('button')?.getAttribute(n) ?? null, name);

async function chooseLanguage(page: Page, lang: 'id' | 'en'): Promise<void> {
  await page.locator(`input[name="rapi-lang"][value="${lang}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, {}, lang);
}

/** The addresses of Firefox's open tabs, from the browser window. */
const openTabs = (firefox: FirefoxExtension) => inBrowserWindow<string[]>(firefox.browser, 'gBrowser.tabs.map((t) => t.linkedBrowser.currentURI.spec)');

describe('the add-on in real Firefox ESR', () => {
  let firefox: FirefoxExtension;
  const welcomeTabs = async () => (await openTabs(firefox)).filter((url) => url === `${firefox.origin}/welcome.html`);
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => firefox?.close());

  it('opens the welcome page once, in Bahasa Indonesia, when it is installed', async () => {
    expect(await addonStartupReason(firefox.browser, geckoId())).toBe('ADDON_INSTALL');
    await expect.poll(welcomeTabs, { timeout: 10_000 }).toHaveLength(1);
    const welcome = await findPage(firefox.browser, `${firefox.origin}/welcome.html`);
    await welcome.waitForSelector('h1');
    expect(await welcome.evaluate(() => [document.documentElement.lang, document.querySelector('h1')?.textContent])).toEqual(['id', 'Selamat datang di Rapi']);
  });

  it('shows the badge on a Tokopedia page with the score checkListing gives in Node, and the panel lists the same findings', async () => {
    const { report } = expectedFor(TOKOPEDIA.file, TOKOPEDIA.url);
    expect(report).not.toBeNull();
    const page = await firefox.browser.newPage();
    await serveInTab(page, [TOKOPEDIA]);
    await page.goto(TOKOPEDIA.url);
    await expect.poll(() => badgeAttr(page, 'data-score'), { timeout: 15_000 }).toBe(String(report!.score));
    // Firefox opens its sidebar only from its own buttons: the badge says where the Rapi button is, and how to pin it.
    const lang = (await badgeAttr(page, 'lang')) as 'id' | 'en';
    await page.locator('rapi-badge >>> button').click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('rapi-badge')?.shadowRoot?.querySelector('.hint')?.textContent))
      .toBe(OPEN_FROM_TOOLBAR[lang]);

    const panel = await firefox.openExtensionPage('sidepanel.html');
    const tabId = await tabIdFor(panel, TOKOPEDIA.url);
    await navigate(panel, `${firefox.origin}/sidepanel.html?tab=${tabId}`);
    await chooseLanguage(panel, 'id');
    await expect.poll(() => attribute(panel, '[data-testid="score"]', 'data-score'), { timeout: 15_000 }).toBe(String(report!.score));
    expect((await texts(panel, '.by-area .finding-message')).sort()).toEqual(report!.findings.map((f) => f.message.id).sort());
    await chooseLanguage(panel, 'en');
    await expect.poll(async () => (await texts(panel, '.by-area .finding-message')).sort()).toEqual(report!.findings.map((f) => f.message.en).sort());
    await panel.close();
    await page.close();
  });

  it('reads the text on photos in manual mode with the bundled OCR worker, cores and language data', async () => {
    const panel = await firefox.openExtensionPage('sidepanel.html');
    await chooseLanguage(panel, 'id');
    await panel.locator('::-p-text(Isi manual)').click();
    await panel.select('#field-marketplace', 'shopee');
    await panel.locator('#title-input').fill('Keripik Singkong Balado Pedas Renyah Khas Bandung');
    const input = await panel.waitForSelector('.drop input[type="file"]');
    await input!.uploadFile(path.join(FIXTURES, 'photos/overlay-phone-promo.jpg'), path.join(FIXTURES, 'photos/label-netto-pirt.jpg'));
    await panel.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="photo-checks-summary"]');
        return el?.getAttribute('data-total') === '2' && el.getAttribute('data-done') === '2';
      },
      { timeout: 90_000 },
    );
    const checks = await panel.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="photo-card"]')].map((card) => ({
        stage: card.dataset.stage,
        checks: [...card.querySelectorAll<HTMLElement>('.photo-findings [data-check]')].map((li) => li.dataset.check),
        text: card.querySelector('[data-testid="photo-text"]')?.textContent ?? '',
        label: card.querySelector('[data-testid="label-suggestion"]')?.textContent ?? '',
      })),
    );
    expect(checks.map((c) => c.stage)).toEqual(['done', 'done']);
    expect(checks[0]!.checks).toContain('photo-contact-details');
    expect(checks[0]!.text).toContain('0812-3456-7890');
    expect(checks[1]!.label).toContain("Foto 2 menyebut 'Netto 250 g'");
    await panel.close();
  }, 120_000);

  it('logs no Content-Security-Policy or script errors from its own files (zod runs without eval)', async () => {
    // Every page of the add-on, after the background and the panel ran above.
    for (const page of ['drafts.html', 'etalase.html', 'pelatihan.html', 'sidepanel.html', 'welcome.html']) {
      const tab = await firefox.openExtensionPage(page);
      await tab.waitForSelector('input[name="rapi-lang"]');
      await tab.close();
    }
    const messages = await firefox.addonConsoleMessages();
    expect(messages).toEqual([]);
  });

  it('does not open the welcome page again on an update (the add-on installed again over itself)', async () => {
    // Firefox closes an add-on's own tabs when it updates it; none may come back.
    for (const page of await firefox.browser.pages()) await page.close();
    await firefox.browser.newPage();
    await firefox.browser.installExtension(FIREFOX_BUILD);
    // Firefox's own record of why the add-on started; runtime.onInstalled reports it as reason "update".
    expect(await addonStartupReason(firefox.browser, geckoId())).toBe('ADDON_UPGRADE');
    // The new background is up and answering (it handled onInstalled as it started) …
    const probe = await firefox.openExtensionPage('drafts.html');
    await probe.waitForSelector('input[name="rapi-lang"]');
    await probe.close();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // … and opened no welcome page.
    expect(await openTabs(firefox)).not.toContain(`${firefox.origin}/welcome.html`);
  });
});
