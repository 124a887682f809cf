import type { Page } from 'playwright-core';
import { openPanel, serveMarketplaces } from '../tests/e2e/extension-helpers';
import { launchWithExtension } from '../tests/e2e/harness';
import { serveCdn, waitForPhotoChecks } from '../tests/e2e/photos-helpers';
import { bigPhoto } from './big-photo';
import { median, type Bench, type BenchFigure } from './lib';

/**
 * "Perbaiki foto" in headless Chromium with the built extension (run `npm run build` first), on the largest photo
 * Rapi takes: an 8000 × 8000 JPEG of about 25 MB as the cover of the Shopee fixture page, routed offline. Timed from
 * the click until the fixed photo and its checks are shown; meanwhile a 10 ms timer in the panel records the longest
 * time its main thread was busy at once (the panel must not freeze). The same is recorded while the panel loads and
 * checks that photo.
 */
const PAGE = {
  file: 'photos-extension/shopee_pdp_9_photos.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890777',
};
const RUNS = 3;

/** Starts a 10 ms timer in the panel that keeps the longest gap between its ticks. */
function watchStalls(panel: Page): Promise<void> {
  return panel.evaluate(() => {
    const state = { last: performance.now(), longest: 0 };
    (globalThis as unknown as { __stalls: typeof state }).__stalls = state;
    setInterval(() => {
      const now = performance.now();
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
    }, 10);
  });
}

const longestStall = (panel: Page) => panel.evaluate(() => (globalThis as unknown as { __stalls: { longest: number } }).__stalls.longest);

const bench: Bench = async () => {
  const photo = await bigPhoto();
  const mb = (photo.byteLength / 1e6).toFixed(1);
  const browser = await launchWithExtension();
  const fixMs: number[] = [];
  const fixStall: number[] = [];
  const checkStall: number[] = [];
  try {
    await serveMarketplaces(browser.context, [PAGE]);
    await serveCdn(browser.context, { lz1cover0001: { body: photo, contentType: 'image/jpeg' } });
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(PAGE.url);
      const panel = await openPanel(browser, page);
      await watchStalls(panel);
      await waitForPhotoChecks(panel, 9, 120_000);
      checkStall.push(await longestStall(panel));
      await watchStalls(panel);
      const cover = panel.locator('[data-testid="photo-card"][data-index="0"]');
      const start = performance.now();
      await cover.getByTestId('fix-photo').click();
      await cover.getByTestId('fix-result').waitFor({ timeout: 120_000 });
      fixMs.push(performance.now() - start);
      fixStall.push(await longestStall(panel));
      await panel.close();
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const input = `8000 × 8000 JPEG of ${mb} MB as the cover of the Shopee fixture page, headless Chromium, 2 cores`;
  const figure = (name: string, values: number[]): BenchFigure => ({ name, median: median(values), unit: 'ms', input, runs: values.length });
  return [
    figure('photo fixer in the extension: click to fixed photo and its checks shown', fixMs),
    figure('photo fixer in the extension: longest side-panel main-thread stall while fixing', fixStall),
    figure('photo fixer in the extension: longest side-panel main-thread stall while loading and checking that photo', checkStall),
  ];
};

export default bench;
