import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

describe('the built extension in real Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('starts its service worker', async () => {
    expect(browser.serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    // Runs inside the service worker, where `chrome` is the extension API.
    const manifest = await browser.serviceWorker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { manifest_version: number; short_name?: string } } } }).chrome.runtime.getManifest(),
    );
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.short_name).toBe('Rapi');
  });
});
