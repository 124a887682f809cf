/**
 * Rapi di HP's first load on a slow phone connection (issue 16: the first meaningful screen within 3 s on a
 * throttled "slow 4G" profile in Chromium's mobile emulation). Each run is a first visit: a fresh browser profile,
 * no cache, no service worker yet, a 390 × 844 phone screen. The network is Chrome DevTools' "Slow 4G" preset
 * (562.5 ms per request, 1.47 Mbit/s down, 675 kbit/s up: Lighthouse's mobile profile as DevTools applies it) and
 * the CPU runs 4 × slower, both through the DevTools protocol. The figure is the time from the start of navigation
 * to the page's own mark `rapi:first-screen` (the Periksa form shown and ready to type in); first contentful paint
 * and the JavaScript sent are printed beside it. Needs the built page (npm run build:web) and Chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, WEB_DIR, WEB_PATH } from '../scripts/serve';
import { webFirstLoad } from '../scripts/size';
import { median, type Bench, type BenchFigure } from './lib';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 7;
/** Chrome DevTools' "Slow 4G", in the units of Network.emulateNetworkConditions (bytes per second). */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
export const CPU_SLOWDOWN = 4;
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'id-ID' } as const;

interface Run {
  firstScreen: number;
  fcp: number;
  jsBytes: number;
}

/** Chromium as a phone (mobile emulation) with a fresh profile: no cache, no service worker yet. */
export function launchPhone(profile: string) {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ...PHONE,
  });
}

async function firstVisit(origin: string): Promise<Run> {
  const profile = mkdtempSync(path.join(tmpdir(), 'rapi-web-bench-'));
  const context = await launchPhone(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let jsBytes = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number; requestId: string }) => void (jsBytes += scripts.has(e.requestId) ? e.encodedDataLength : 0));
    const scripts = new Set<string>();
    cdp.on('Network.responseReceived', (e: { requestId: string; type: string }) => void (e.type === 'Script' && scripts.add(e.requestId)));
    await page.goto(`${origin}${WEB_PATH}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('rapi:first-screen').length > 0, null, { timeout: 60_000, polling: 50 });
    const marks = await page.evaluate(() => ({
      firstScreen: performance.getEntriesByName('rapi:first-screen')[0]!.startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }));
    return { ...marks, jsBytes };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const bench: Bench = async () => {
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error('Rapi di HP belum dibangun / not built: run "npm run build:web" first.');
  const server = await startServer({ port: 0 });
  try {
    await firstVisit(server.origin); // warm-up: the OS file cache, Chromium's own start
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstVisit(server.origin));
    const input = `first visit, ${PHONE.viewport.width}×${PHONE.viewport.height} mobile emulation, Slow 4G (562.5 ms, 1.47 Mbit/s), CPU ×${CPU_SLOWDOWN}`;
    const figures: BenchFigure[] = [
      { name: 'phone page: first meaningful screen (Periksa form ready)', median: median(runs.map((r) => r.firstScreen)), unit: 'ms', input, runs: RUNS, target: '≤ 3000' },
      { name: 'phone page: first contentful paint', median: median(runs.map((r) => r.fcp)), unit: 'ms', input, runs: RUNS },
      { name: 'phone page: JavaScript sent on first load', median: median(runs.map((r) => r.jsBytes)) / 1000, unit: 'KB', input: 'gzip, as the bench server and static hosts send it', runs: RUNS },
      { name: 'phone page: first-load JavaScript, gzipped', median: webFirstLoad().gzip / 1000, unit: 'KB', input: 'npm run size', runs: 1, target: '≤ 150' },
    ];
    return figures;
  } finally {
    await server.close();
  }
};

export default bench;
