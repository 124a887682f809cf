import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchWithExtension, type ExtensionBrowser } from './harness';

interface BuiltManifest {
  manifest_version: number;
  short_name?: string;
  default_locale?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
}

const manifest = () => JSON.parse(readFileSync(path.join(CHROME_BUILD, 'manifest.json'), 'utf8')) as BuiltManifest;
const messages = (lang: string) =>
  JSON.parse(readFileSync(path.join(CHROME_BUILD, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('the built extension in real Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('starts its service worker', async () => {
    expect(browser.serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    // Runs inside the service worker, where `chrome` is the extension API.
    const running = await browser.serviceWorker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { manifest_version: number; short_name?: string } } } }).chrome.runtime.getManifest(),
    );
    expect(running.manifest_version).toBe(3);
    expect(running.short_name).toBe('Rapi');
  });

  it('is named in the browser’s language from _locales (id by default, en here)', async () => {
    expect(manifest().default_locale).toBe('id');
    const self = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { management: { getSelf(): Promise<{ name: string; description: string }> } } }).chrome.management.getSelf(),
    );
    // Headless Chromium runs in English, so Chrome picks the en messages.
    expect(self.name).toBe(messages('en').extName!.message);
    expect(self.description).toBe(messages('en').extDescription!.message);
    expect(messages('id').extName!.message).toMatch(/^Rapi — /);
    for (const lang of ['id', 'en']) expect(messages(lang).extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('has its icon at 16, 32, 48 and 128 px for the browser, the toolbar button and every page’s favicon', async () => {
    const { icons, action } = manifest();
    expect(Object.keys(icons ?? {})).toEqual(['16', '32', '48', '128']);
    expect(action?.default_icon).toEqual(icons);
    for (const [size, file] of Object.entries(icons!)) {
      const meta = await sharp(path.join(CHROME_BUILD, file)).metadata();
      expect([meta.format, meta.width, meta.height], file).toEqual(['png', Number(size), Number(size)]);
    }
    const pages = readdirSync(CHROME_BUILD).filter((f) => f.endsWith('.html'));
    expect(pages).toContain('sidepanel.html');
    for (const page of pages) expect(readFileSync(path.join(CHROME_BUILD, page), 'utf8'), page).toContain('<link rel="icon" type="image/png" href="/icon/32.png">');
    // The favicon is really served from the extension.
    const tab = await browser.context.newPage();
    await tab.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    const favicon = await tab.evaluate(async () => {
      const response = await fetch((document.querySelector('link[rel="icon"]') as HTMLLinkElement).href);
      return { ok: response.ok, type: response.headers.get('content-type') };
    });
    expect(favicon).toEqual({ ok: true, type: 'image/png' });
    await tab.close();
  });
});
