/**
 * Rapi di HP with a phone camera's photo: a 4000 × 3000 JPEG added from the gallery, in Chromium's mobile emulation
 * with the CPU 4 × slower. Figures: the time until its pixel checks are done (decoded and measured in the photo
 * worker), the time "Perbaiki foto" takes to make the fixed copy, and the longest main-thread task meanwhile (what
 * the seller would feel as a stall while typing). The text reader is not downloaded here (its speed is tesseract's).
 * DevTools' CPU slowdown is applied to the page; it may not reach the worker, so the worker's share of the first two
 * figures is closer to this machine's speed than to a slow phone's.
 * Needs the built page (npm run build:web) and Chromium.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { startServer, WEB_DIR, WEB_PATH } from '../scripts/serve';
import { median, type Bench, type BenchFigure } from './lib';
import { CPU_SLOWDOWN, launchPhone, PHONE } from './web.bench';

const RUNS = 5;

/** A camera-sized photo with detail (noise) so that decoding and measuring do real work. */
async function cameraPhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = 100 + ((i * 2654435761) >>> 24) % 80;
  const product = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#6b3f1d' } }).png().toBuffer();
  return sharp(noise, { raw: { width, height, channels: 3 } }).composite([{ input: product, left: 1400, top: 700 }]).jpeg({ quality: 88 }).toBuffer();
}

async function oneRun(page: Page, url: string, photo: string): Promise<{ check: number; fix: number; stall: number }> {
  await page.goto(url);
  // A new listing each run, not the draft the page reopens.
  await page.getByRole('link', { name: 'Draf saya' }).click();
  await page.getByRole('button', { name: 'Draf baru' }).click();
  await page.locator('#field-title').waitFor();
  await page.locator('#field-title').fill('Kopi Bubuk Robusta Lampung 200 gr');
  await page.evaluate(() => {
    const w = window as unknown as { rapiStall: number };
    w.rapiStall = 0;
    // From the moment the gallery hands the file over (the test harness's own transfer is not the page's time).
    document.addEventListener('change', () => ((window as unknown as { rapiPicked: number }).rapiPicked = performance.now()), { capture: true, once: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.rapiStall = Math.max(w.rapiStall, entry.duration);
    }).observe({ type: 'longtask' });
  });
  // A file path: Playwright then hands the file over like a file picker, without building it in the page's JavaScript.
  await page.locator('[data-testid=photo-gallery]').setInputFiles(photo);
  await page.waitForFunction(() => document.querySelector('[data-testid=photo-stage]')?.getAttribute('data-stage') === 'done', null, { timeout: 120_000, polling: 20 });
  const check = await page.evaluate(() => performance.now() - (window as unknown as { rapiPicked: number }).rapiPicked);
  const fixButton = page.getByRole('button', { name: 'Perbaiki foto sampul' });
  await fixButton.waitFor({ timeout: 10_000 });
  const fixStart = Date.now();
  await fixButton.click();
  await page.locator('[data-testid=fix-result]').waitFor({ timeout: 120_000 });
  const fix = Date.now() - fixStart;
  const stall = await page.evaluate(() => (window as unknown as { rapiStall: number }).rapiStall);
  return { check, fix, stall };
}

const bench: Bench = async () => {
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error('Rapi di HP belum dibangun / not built: run "npm run build:web" first.');
  const server = await startServer({ port: 0 });
  const profile = mkdtempSync(path.join(tmpdir(), 'rapi-web-photos-'));
  const context = await launchPhone(profile);
  try {
    const bytes = await cameraPhoto();
    const photo = path.join(profile, 'kamera.jpg');
    writeFileSync(photo, bytes);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const url = `${server.origin}${WEB_PATH}`;
    await oneRun(page, url, photo); // warm-up
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(page, url, photo));
    const input = `4000×3000 JPEG (${(bytes.byteLength / 1e6).toFixed(1)} MB), ${PHONE.viewport.width}×${PHONE.viewport.height} mobile emulation, CPU ×${CPU_SLOWDOWN}`;
    const figures: BenchFigure[] = [
      { name: 'phone page: a camera photo checked (pixel checks, in the photo worker)', median: median(runs.map((r) => r.check)), unit: 'ms', input, runs: RUNS },
      { name: 'phone page: Perbaiki foto on it', median: median(runs.map((r) => r.fix)), unit: 'ms', input, runs: RUNS },
      { name: 'phone page: longest main-thread task meanwhile', median: median(runs.map((r) => r.stall)), unit: 'ms', input, runs: RUNS },
    ];
    return figures;
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
};

export default bench;
