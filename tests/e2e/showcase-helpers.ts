/**
 * Helpers for the curation e2e tests: the "Etalase saya" page, decoding a printed QR code from a screenshot, and
 * a copy of the widget demo site serving a feed exported by the extension.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { startServer, type RunningServer } from '../../scripts/serve';
import { extensionUrl, ROOT, type ExtensionBrowser } from './harness';

export async function openShowcasePage(browser: ExtensionBrowser, hash = '#/'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, `etalase.html${hash}`));
  await page.waitForSelector('h1.section-name, [data-testid="print-view"]');
  return page;
}

/** What a phone would read: the QR element's pixels, decoded by jsQR. */
export async function decodeQr(qr: Locator): Promise<string | undefined> {
  const png = await qr.screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** The widget demo site (demo/, widget build at /widget/) with `files` written over it, served on a free port. */
export async function demoSiteWith(files: Record<string, string>): Promise<RunningServer & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapi-demo-'));
  cpSync(path.join(ROOT, 'demo'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const server = await startServer({ port: 0, demoDir: dir });
  return {
    ...server,
    dir,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The names on the widget's cards, read from its shadow root. */
export function widgetCardNames(page: Page, selector = 'rapi-etalase'): Promise<string[]> {
  return page.evaluate(
    (sel) => [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('.card .name') ?? [])].map((n) => n.textContent ?? ''),
    selector,
  );
}

/** A card's buttons as [label, href]. */
export function widgetCardLinks(page: Page, name: string, selector = 'rapi-etalase'): Promise<[string, string][]> {
  return page.evaluate(
    ({ sel, wanted }) => {
      const cards = [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('.card') ?? [])];
      const card = cards.find((c) => c.querySelector('.name')?.textContent === wanted);
      // The one buy button, then the places behind "Beli di…".
      return [...(card?.querySelectorAll('a.btn, a.link') ?? [])].map((a) => [a.textContent ?? '', a.getAttribute('href') ?? ''] as [string, string]);
    },
    { sel: selector, wanted: name },
  );
}
