import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { extractFromHtml } from '../../cli/extract';
import { checkListing, profileFor } from '../../shared/checks';
import type { Report } from '../../shared/checks/types';
import type { ExtractExtra, Extraction } from '../../shared/marketplaces';
import { ARTIFACTS, ROOT, extensionUrl, type ExtensionBrowser } from './harness';

/** Helpers for the extension's e2e tests: marketplace hosts served from fixtures, the panel, expectations. */

export const FIXTURES = path.join(ROOT, 'tests/fixtures');

export function fixture(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative), 'utf8');
}

/** A real, server-rendered Tokopedia product page, at its own address (several suites use it). */
export const TOKOPEDIA_PAGE = {
  file: 'pages/tokopedia_pdp_enterelectronic_lg-oled-48c4.html',
  url: 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4psa-oled-evo-4k-smart-tv-48-inch-120hz-dolby-vision-atmos-lg-48c4-oled48c4-oled48c4psa',
};
/** A rendered shopee.co.id product page (JSON-LD, Open Graph) with four photos on Shopee's CDN. */
export const SHOPEE_PAGE = {
  file: 'pages/rapi_shopee_id_pdp_rendered.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123',
};

export interface Served {
  /** The page address, routed to `file`. */
  url: string;
  file: string;
  contentType?: string;
}

const HOSTS = [
  'https://shopee.co.id/**',
  'https://www.tokopedia.com/**',
  'https://seller.shopee.co.id/**',
  'https://seller.tokopedia.com/**',
  'https://seller-id.tokopedia.com/**',
];

/**
 * Serves the marketplace hosts from fixtures, so the extension's real match patterns run on real-shaped pages.
 * A page is matched by origin + path (the query string is ignored); anything else on those hosts is a 404.
 */
export async function serveMarketplaces(context: BrowserContext, served: Served[]): Promise<void> {
  const byPath = new Map(served.map((s) => [key(s.url), s]));
  for (const host of HOSTS) {
    await context.route(host, async (route) => {
      const hit = byPath.get(key(route.request().url()));
      if (!hit) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the fixtures' });
      return route.fulfill({ status: 200, contentType: hit.contentType ?? 'text/html; charset=utf-8', body: fixture(hit.file) });
    });
  }
}

function key(url: string): string {
  const u = new URL(url);
  return u.origin + u.pathname;
}

/** What the extension should show for a fixture: the same extraction and checks, run here in Node. */
export function expectedFor(file: string, url: string, extra?: ExtractExtra): { extraction: Extraction; report: Report | null } {
  const extraction = extractFromHtml(fixture(file), url, extra);
  const report = extraction.listing.title.trim()
    ? checkListing(extraction.listing, { profile: profileFor(extraction.listing.marketplace) })
    : null;
  return { extraction, report };
}

interface ChromeTabs {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
}

/** The browser's id for the tab showing `page` (the panel is pinned to it with ?tab=ID). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await browser.serviceWorker.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/** Opens the side panel page as a tab, pinned to the tab showing `page`. */
export async function openPanel(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const panel = await browser.context.newPage();
  await panel.goto(extensionUrl(browser, `sidepanel.html?tab=${tabId}`));
  return panel;
}

/** Picks the panel's language with its own radio buttons. */
export async function chooseLanguage(panel: Page, lang: 'id' | 'en'): Promise<void> {
  await panel.locator(`input[name="rapi-lang"][value="${lang}"]`).check();
  await panel.waitForFunction((l) => document.documentElement.lang === l, lang);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the panel's CSP forbids an injected <script>.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } };
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
