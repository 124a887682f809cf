/**
 * Rapi di HP in a real Chromium, as a phone: 390 × 844, touch, Indonesian, a real profile (so the install check
 * and the service worker behave as on a device), served by scripts/serve.ts at /hp/ on localhost, every other
 * host unresolvable (nothing can leave the machine).
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, WEB_DIR, WEB_PATH, type RunningServer } from '../../scripts/serve';
import { CHROMIUM, ROOT } from './harness';
import { WIDGET_CHROMIUM_ARGS, type AxeViolation } from './widget-helpers';

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'id-ID' } as const;

export interface PhoneRig {
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  /** The page's address, e.g. http://127.0.0.1:PORT/hp/ */
  url: string;
  close(): Promise<void>;
}

export function requireWebBuild(): void {
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) {
    throw new Error('No phone page build at .output/web. Run "npm run build" (or "npm run build:web") first. / Rapi di HP belum dibangun.');
  }
}

export async function startPhone(options: { width?: number; acceptDownloads?: boolean } = {}): Promise<PhoneRig> {
  requireWebBuild();
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium`);
  const server = await startServer({ port: 0 });
  const profile = mkdtempSync(path.join(tmpdir(), 'rapi-phone-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: WIDGET_CHROMIUM_ARGS,
    ...PHONE,
    viewport: { width: options.width ?? PHONE.viewport.width, height: PHONE.viewport.height },
    acceptDownloads: options.acceptDownloads ?? true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    server,
    context,
    page,
    url: `${server.origin}${WEB_PATH}`,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the page and waits until its service worker controls it (after that it works offline). */
export async function openControlled(rig: PhoneRig, suffix = ''): Promise<void> {
  await rig.page.goto(`${rig.url}${suffix}`);
  await rig.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 });
  await rig.page.locator('#field-title').waitFor();
}

/** Picks the marketplace and types a listing, as a seller pastes it from the seller app. */
export async function typeListing(page: Page, listing: { marketplace: 'Shopee' | 'Tokopedia'; title: string; description?: string }): Promise<void> {
  await page.getByRole('radio', { name: listing.marketplace, exact: true }).check();
  await page.locator('#field-title').fill(listing.title);
  if (listing.description) await page.locator('#field-description').fill(listing.description);
}

/** Waits for "Tersimpan" (the draft is stored). */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 15_000 });
}

/**
 * Posts a share to the page's share target the way Android does after "Bagikan → Rapi": a multipart form POST
 * navigation, which the service worker takes and answers with a redirect to the new draft.
 */
export async function shareIntoRapi(page: Page, share: { text?: string; title?: string; url?: string; photos?: { name: string; mimeType: string; buffer: Buffer }[] }) {
  await page.evaluate((fields) => {
    const form = document.createElement('form');
    form.method = 'post';
    form.enctype = 'multipart/form-data';
    form.action = 'share-target';
    form.id = 'test-share';
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      const input = document.createElement('input');
      input.name = name;
      input.value = value;
      form.append(input);
    }
    const files = document.createElement('input');
    files.type = 'file';
    files.name = 'photos';
    files.multiple = true;
    files.id = 'test-share-photos';
    form.append(files);
    document.body.append(form);
  }, { text: share.text, title: share.title, url: share.url });
  if (share.photos?.length) await page.setInputFiles('#test-share-photos', share.photos);
  await Promise.all([
    page.waitForURL(/#draft=/, { timeout: 30_000 }),
    page.evaluate(() => (document.getElementById('test-share') as HTMLFormElement).submit()),
  ]);
}

/** Every axe-core violation on the page (any impact): the phone page must be clean. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's content security policy rightly refuses added scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** A PNG's width and height, from its header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export { WEB_PATH };
