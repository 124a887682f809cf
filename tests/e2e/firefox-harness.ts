import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { ROOT } from './harness';
import { fixture, type Served } from './extension-helpers';

/**
 * Real Firefox ESR (Debian's firefox-esr) with the built Firefox add-on, driven by puppeteer-core over WebDriver
 * BiDi: no geckodriver. What makes it work, found by trying it on Firefox 153:
 * - the build is installed as a temporary add-on (BiDi webExtension.install);
 * - `--remote-allow-system-access`, or navigating a tab to moz-extension:// is refused, and it also lets the test
 *   read the browser console (where CSP errors go) from the browser window;
 * - `page.goto()` on a moz-extension:// page never resolves; BiDi `browsingContext.navigate(url, 'complete')` does;
 * - the pref `extensions.webextensions.uuids` fixes the add-on's internal UUID, so its origin (and its
 *   IndexedDB) is the same across restarts.
 */

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv3');
/** Any fixed UUID will do; the add-on's pages live at moz-extension://<this>/. */
export const ADDON_UUID = '6f1e9a52-3c1b-4d0e-9a77-1a2b3c4d5e6f';

interface GeckoManifest {
  browser_specific_settings: { gecko: { id: string } };
}

export function geckoId(extensionDir = FIREFOX_BUILD): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as GeckoManifest;
  return manifest.browser_specific_settings.gecko.id;
}

export interface FirefoxExtension {
  browser: Browser;
  /** `moz-extension://<uuid>` */
  origin: string;
  profile: string;
  /** A new tab showing one of the add-on's pages, e.g. `sidepanel.html?tab=3`. */
  openExtensionPage(page: string): Promise<Page>;
  /** Errors and warnings the browser console holds for the add-on's own files (CSP violations land there). */
  addonConsoleMessages(): Promise<ConsoleEntry[]>;
  /** Quits Firefox; the profile is removed unless it was passed in (restart tests reuse it). */
  close(): Promise<void>;
}

export interface ConsoleEntry {
  message: string;
  source: string;
  category: string;
}

export async function launchFirefoxWithExtension(options: { profile?: string; extensionDir?: string } = {}): Promise<FirefoxExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_BUILD;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}. Run "npm run build" first.`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}. Install it: apt-get install -y firefox-esr`);
  const ownsProfile = !options.profile;
  const profile = options.profile ?? mkdtempSync(path.join(tmpdir(), 'rapi-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: ADDON_UUID }),
      // Nothing leaves the machine: every request that the test does not answer itself goes to a dead local port.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(extensionDir);
  const origin = `moz-extension://${ADDON_UUID}`;
  return {
    browser,
    origin,
    profile,
    async openExtensionPage(page) {
      const tab = await browser.newPage();
      await navigate(tab, `${origin}/${page}`);
      return tab;
    },
    addonConsoleMessages: () => addonConsoleMessages(browser, origin),
    async close() {
      await browser.close();
      if (ownsProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface BidiFrame {
  browsingContext: {
    id: string;
    navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
    reload(options: { wait: 'complete' }): Promise<void>;
  };
}
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

const contextOf = (page: Page) => (page.mainFrame() as unknown as BidiFrame).browsingContext;

/** Loads `url` in `page` and waits for its load event. Works for moz-extension:// pages, where goto() hangs. */
export async function navigate(page: Page, url: string): Promise<void> {
  await contextOf(page).navigate(url, 'complete');
}

/** Reloads the page (a real reload, not a same-address navigation, which only changes the hash). */
export async function reload(page: Page): Promise<void> {
  await contextOf(page).reload({ wait: 'complete' });
}

/**
 * Runs `expression` in Firefox's own browser window (allowed by --remote-allow-system-access) and returns its
 * value, which must be JSON. The window's globals are Firefox's: Services, Ci, ChromeUtils, gBrowser.
 */
export async function inBrowserWindow<T>(browser: Browser, expression: string): Promise<T> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const { result } = await connection.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context: tree.contexts[0]!.context },
    awaitPromise: true,
  });
  const outcome = result as { type: string; result?: { value: string }; exceptionDetails?: { text: string } };
  if (outcome.type === 'exception') throw new Error(`in the browser window: ${outcome.exceptionDetails?.text}`);
  return JSON.parse(outcome.result!.value) as T;
}

function addonConsoleMessages(browser: Browser, origin: string): Promise<ConsoleEntry[]> {
  // The console service keeps every message, CSP reports included, which BiDi's log events do not carry.
  return inBrowserWindow(
    browser,
    `Services.console.getMessageArray()
      .filter((m) => m instanceof Ci.nsIScriptError && m.sourceName.startsWith(${JSON.stringify(origin)}))
      .map((m) => ({ message: m.errorMessage, source: m.sourceName, category: m.category }))`,
  );
}

const EXTENSION_PARENT = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent`;

/**
 * Clicks the add-on's toolbar button in the browser window, through Firefox's own code for a click on it
 * (browserAction.triggerAction: "the same effects as if it were clicked by a user"). In a fresh profile the
 * button sits in the Extensions menu, where a test cannot reach it with the mouse.
 */
export function clickToolbarButton(browser: Browser, addonId: string): Promise<void> {
  return inBrowserWindow(
    browser,
    `(() => {
      const parent = ${EXTENSION_PARENT};
      const extension = parent.GlobalManager.getExtension(${JSON.stringify(addonId)});
      parent.apiManager.global.browserActionFor(extension).triggerAction(window);
      return null;
    })()`,
  );
}

/** Why Firefox last started the add-on: ADDON_INSTALL, ADDON_UPGRADE (runtime.onInstalled says "update"), … */
export function addonStartupReason(browser: Browser, addonId: string): Promise<string> {
  return inBrowserWindow(browser, `${EXTENSION_PARENT}.GlobalManager.getExtension(${JSON.stringify(addonId)}).startupReason`);
}

/**
 * Serves marketplace pages from fixtures in this tab (BiDi network.addIntercept + provideResponse), matched by
 * origin + path. Every other request from the tab gets a 404, so nothing depends on the network.
 */
export async function serveInTab(page: Page, served: Served[], extra: (request: HTTPRequest) => boolean = () => false): Promise<string[]> {
  const byPath = new Map(served.map((s) => [key(s.url), s]));
  const asked: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled() || extra(request)) return;
    const url = request.url();
    asked.push(url);
    const hit = url.startsWith('http') ? byPath.get(key(url)) : undefined;
    if (hit) void request.respond({ status: 200, contentType: hit.contentType ?? 'text/html; charset=utf-8', body: fixture(hit.file) });
    else if (url.startsWith('http')) void request.respond({ status: 404, contentType: 'text/plain', body: 'not in the fixtures' });
    else void request.continue();
  });
  return asked;
}

function key(url: string): string {
  const u = new URL(url);
  return u.origin + u.pathname;
}

/**
 * The puppeteer page of a tab the add-on opened itself (puppeteer does not follow the address of such tabs, so each
 * open page is asked where it is).
 */
export async function findPage(browser: Browser, url: string, timeout = 15_000): Promise<Page> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    for (const page of await browser.pages()) {
      const at = await page.evaluate(() => location.href).catch(() => '');
      if (at === url) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no tab at ${url}`);
}

/** An attribute of the first element matching `selector`, or null. */
export function attribute(page: Page, selector: string, name: string): Promise<string | null> {
  return page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name);
}

/**
 * The add-on's id for the tab showing `url`, asked from one of the add-on's own pages. Firefox's tabs.query gives
 * `url: undefined` for tabs the add-on has no host permission for, so this finds marketplace pages only.
 */
export async function tabIdFor(addonPage: Page, url: string): Promise<number> {
  const id = await addonPage.evaluate(async (wanted) => {
    const { browser } = globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
    return (await browser.tabs.query({})).find((t) => t.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}
