import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';
import { serveCdn, waitForPhotoChecks, type CdnAnswer } from './photos-helpers';

/**
 * "Perbaiki foto" in real Chromium with the built extension, offline: a wide cover on a pink backdrop and an
 * 8000 × 8000 photo too large to check are fixed in the panel's worker, shown before → after with their checks run
 * again, and the fixed JPEG is downloadable and draggable, with no EXIF in it.
 */
const NINE = {
  file: 'photos-extension/shopee_pdp_9_photos.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890777',
};

/** The fixed photo's bytes, read back inside the panel from the address its download link has. */
async function fixedBytes(download: Locator): Promise<number[]> {
  return download.evaluate(async (a: HTMLAnchorElement) => [...new Uint8Array(await (await fetch(a.href)).arrayBuffer())]);
}

/** The JPEG's segment markers before the image data (0xE1 is APP1, where EXIF and GPS live). */
function jpegMarkers(bytes: number[]): number[] {
  const markers: number[] = [];
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    markers.push(marker);
    if (marker === 0xda) break;
    i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
  }
  return markers;
}

describe('Perbaiki foto in the side panel (Chromium, offline)', () => {
  let browser: ExtensionBrowser;
  let panel: Page;

  beforeAll(async () => {
    const wide = await sharp({ create: { width: 1500, height: 1000, channels: 3, background: '#f4c4cd' } })
      .composite([{ input: { create: { width: 300, height: 420, channels: 3, background: '#1e5aaa' } }, left: 560, top: 290 }])
      .withExif({ IFD0: { Copyright: 'RAPI-OWNER-NAME' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 30/1', GPSMapDatum: 'RAPI-GPS-DATUM' } })
      .jpeg()
      .toBuffer();
    const huge = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#ffffff' } })
      .composite([{ input: { create: { width: 3000, height: 5000, channels: 3, background: '#c01e2d' } }, left: 2500, top: 1500 }])
      .jpeg({ quality: 60 })
      .toBuffer();
    const answers: Record<string, CdnAnswer> = {
      lz1cover0001: { body: wide, contentType: 'image/jpeg' },
      lz1pack00002: { body: huge, contentType: 'image/jpeg' },
      lz1beans0003: { file: 'photos/product-clean.jpg' },
    };
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [NINE]);
    await serveCdn(browser.context, answers);
    const page = await browser.context.newPage();
    await page.goto(NINE.url);
    panel = await openPanel(browser, page);
    await panel.setViewportSize({ width: 400, height: 900 });
    await chooseLanguage(panel, 'id');
    await waitForPhotoChecks(panel, 9, 90_000);
  }, 180_000);
  afterAll(async () => browser?.close());

  const card = (index: number) => panel.locator(`[data-testid="photo-card"][data-index="${index}"]`);

  it('is offered only where it can help', async () => {
    await expect.poll(() => card(0).getByTestId('fix-photo').count()).toBe(1);
    expect(await card(1).getByTestId('fix-photo').count()).toBe(1);
    expect(await card(2).getByTestId('fix-photo').count()).toBe(0);
    expect(await card(3).getByTestId('fix-photo').count()).toBe(0); // a 404: nothing to fix
    expect(await card(0).getByTestId('fix-photo').getAttribute('aria-label')).toBe('Perbaiki foto sampul');
  });

  it('fixes the cover: a square on white, its checks before → after, downloadable without EXIF, draggable', async () => {
    await card(0).getByTestId('fix-photo').click();
    const result = card(0).getByTestId('fix-result');
    await result.waitFor({ timeout: 60_000 });
    const after = card(0).getByTestId('fixed-photo');
    await expect.poll(() => after.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1024, 1024]);
    const compared = await card(0)
      .locator('.fix-checks li')
      .evaluateAll((items) => items.map((li) => `${(li as HTMLElement).dataset.check}:${(li as HTMLElement).dataset.after}`));
    expect(compared).toEqual(expect.arrayContaining(['photo-aspect-ratio:cleared', 'cover-background-not-white:cleared']));
    expect(await card(0).getByTestId('fix-changes').textContent()).toContain('Dijadikan persegi 1:1 dengan tepi putih, tanpa memotong produk.');
    expect(await card(0).getByTestId('fix-count').textContent()).toMatch(/^\d+ temuan → 0 temuan\.$/);

    const download = card(0).getByTestId('fix-download');
    expect(await download.getAttribute('download')).toBe('id-11134207-7r98o-lz1cover0001-rapi.jpg');
    const bytes = await fixedBytes(download);
    expect(bytes.slice(0, 2)).toEqual([0xff, 0xd8]);
    expect(bytes.length).toBeLessThan(2_000_000);
    expect(jpegMarkers(bytes)).not.toContain(0xe1);
    const text = Buffer.from(bytes).toString('latin1');
    for (const secret of ['Exif', 'RAPI-GPS-DATUM', 'RAPI-OWNER-NAME']) expect(text).not.toContain(secret);

    // What a drag out of the panel carries: the JPEG itself, as a file an upload box takes.
    const dragged = await after.evaluate((img) => {
      const data = new DataTransfer();
      img.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
      const file = data.files[0];
      return { name: file?.name, type: file?.type, size: file?.size, downloadUrl: data.getData('DownloadURL') };
    });
    expect(dragged).toMatchObject({ name: 'id-11134207-7r98o-lz1cover0001-rapi.jpg', type: 'image/jpeg', size: bytes.length });
    expect(dragged.downloadUrl).toMatch(/^image\/jpeg:id-11134207-7r98o-lz1cover0001-rapi\.jpg:blob:chrome-extension:\/\//);
    await screenshot(panel, 'photo-fixer-cover');
  }, 90_000);

  it('makes a photo too large to check into one that is checked, without freezing the panel', async () => {
    expect(await card(1).getByTestId('photo-problem').textContent()).toMatch(/^Foto terlalu besar untuk diperiksa: 8000 × 8000 piksel/);
    await card(1).getByTestId('fix-photo').click();
    await card(1).getByTestId('fix-working').waitFor();
    // The panel answers while the worker decodes 64 million pixels.
    await chooseLanguage(panel, 'en');
    await chooseLanguage(panel, 'id');
    await card(1).getByTestId('fix-result').waitFor({ timeout: 90_000 });
    const after = card(1).getByTestId('fixed-photo');
    await expect.poll(() => after.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([2048, 2048]);
    expect(await card(1).locator('.fix-compare figcaption').first().textContent()).toContain('8000 × 8000 piksel');
    expect(await card(1).getByTestId('fix-changes').textContent()).toContain('Diperkecil menjadi 2048 × 2048 piksel.');
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, 'photo-fixer-huge');

    await chooseLanguage(panel, 'en');
    await expect.poll(() => card(0).getByTestId('fix-changes').textContent()).toContain('Made square (1:1) with white edges, without cutting the product.');
    expect(await card(0).locator('.fix-checks li[data-check="photo-aspect-ratio"]').textContent()).toMatch(/→ fixed$/);
    expect(await card(0).getByTestId('fix-download').textContent()).toBe('Download photo');
  }, 120_000);
});
