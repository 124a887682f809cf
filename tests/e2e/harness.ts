import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test-results');

/** Chromium's flags: headless, offline-friendly, and nothing leaves for Google's hosts. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** Closes the browser; removes the profile unless it was passed in (persistence tests reuse it). */
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: { userDataDir?: string; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}. Run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium`);
  }
  const ownsProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'rapi-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    async close() {
      await context.close();
      if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Updates the extension in place, as the browser does on an update: it reloads itself (chrome.runtime.reload, which
 * runtime.onInstalled reports as "update") and its pages close. Chromium leaves an extension loaded with
 * --load-extension switched off after a reload (seen in Chromium 156: disabledReason "unknown"), so it is switched
 * back on from chrome://extensions, as the seller would. Resolves with the new service worker.
 */
export async function reloadExtension(browser: ExtensionBrowser): Promise<Worker> {
  await browser.serviceWorker
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => {
      // The worker that ran reload() is gone before it can answer.
    });
  const nextWorker = browser.context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensions = await browser.context.newPage();
  await extensions.goto('chrome://extensions/');
  await extensions.evaluate(
    (id) =>
      new Promise<void>((resolve) =>
        (globalThis as unknown as { chrome: { management: { setEnabled(id: string, on: boolean, done: () => void): void } } }).chrome.management.setEnabled(id, true, resolve),
      ),
    browser.extensionId,
  );
  const worker = await nextWorker;
  await extensions.close();
  return worker;
}

export function extensionUrl(browser: ExtensionBrowser, page: string): string {
  return `chrome-extension://${browser.extensionId}/${page}`;
}
