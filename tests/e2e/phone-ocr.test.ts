import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from './widget-helpers';
import { openControlled, startPhone, typeListing, type PhoneRig } from './phone-helpers';

const PROMO_PHOTO = path.resolve(import.meta.dirname, '../fixtures/photos/overlay-phone-promo.jpg');

/**
 * The text reader on the phone, in Chromium's mobile emulation: asked for with its size when the first photo comes,
 * downloaded with progress into its own cache, then the photo's text is read (a phone number on the photo becomes a
 * finding), and after that it reads photos with no connection at all.
 */
describe('Rapi di HP: reading text on photos', () => {
  let rig: PhoneRig;
  beforeAll(async () => {
    rig = await startPhone();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('asks with the size, downloads, reads the photo\'s text, and reads offline afterwards', async () => {
    const { page, context } = rig;
    await openControlled(rig);
    await typeListing(page, { marketplace: 'Shopee', title: 'Keripik Pisang Lampung 250 gr' });
    const photo = { name: 'promo.jpg', mimeType: 'image/jpeg', buffer: await readFile(PROMO_PHOTO) };
    await page.locator('[data-testid=photo-gallery]').setInputFiles(photo);
    const ask = page.locator('[data-testid=ocr-ask]');
    await expect.poll(() => ask.innerText(), { timeout: 15_000 }).toMatch(/Unduh pembaca tulisan, \d+,\d MB\?/);
    // Pixel checks do not wait for the reader.
    await expect.poll(() => page.locator('[data-testid=photo-stage]').getAttribute('data-stage'), { timeout: 20_000 }).toBe('done');
    await ask.getByRole('button', { name: /^Unduh/ }).click();
    await page.locator('.ocr-ready').waitFor({ timeout: 120_000 });
    await expect.poll(() => page.locator('[data-check=photo-contact-details]').count(), { timeout: 120_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('phone-ocr-390.png'), fullPage: true });

    await context.setOffline(true);
    try {
      await page.reload();
      await page.locator('#field-title').waitFor({ timeout: 15_000 });
      await page.locator('[data-testid=photo-gallery]').setInputFiles({ ...photo, name: 'promo-lagi.jpg' });
      await expect.poll(() => page.locator('[data-check=photo-contact-details]').count(), { timeout: 120_000 }).toBeGreaterThan(0);
      expect(await page.locator('[data-testid=ocr-ask]').count()).toBe(0);
    } finally {
      await context.setOffline(false);
    }
  });
});
