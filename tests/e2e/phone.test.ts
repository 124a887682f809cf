import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact } from './widget-helpers';
import { axeViolations, openControlled, pngSize, shareIntoRapi, startPhone, typeListing, waitSaved, type PhoneRig } from './phone-helpers';

/** Rapi di HP in Chromium's mobile emulation (390 × 844): installable, checks a typed listing, offline, shares. */
describe('Rapi di HP (phone page)', () => {
  let rig: PhoneRig;
  beforeAll(async () => {
    rig = await startPhone();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('meets the install criteria: manifest, service worker, icons', async () => {
    const { page, context } = rig;
    await openControlled(rig);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const manifest = (await (await page.request.get(url)).json()) as {
      display: string;
      start_url: string;
      icons: { src: string; sizes: string; purpose: string }[];
      share_target: { method: string; enctype: string; params: { text: string; files: { name: string }[] } };
    };
    expect(manifest).toMatchObject({ display: 'standalone', start_url: './' });
    expect(manifest.share_target).toMatchObject({ method: 'POST', enctype: 'multipart/form-data', params: { text: 'text', files: [{ name: 'photos' }] } });
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === 'any');
      const png = await (await page.request.get(new URL(icon!.src, url).href)).body();
      expect(pngSize(png)).toEqual({ width: size, height: size });
    }
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    // A DevTools session left open keeps its own network state: later offline emulation would not reach the page.
    await cdp.detach();
  });

  it('checks a typed listing: score, fix first and the marketplace\'s rule', async () => {
    const { page } = rig;
    await openControlled(rig);
    await typeListing(page, {
      marketplace: 'Shopee',
      title: 'KERIPIK PISANG MURAH!!! hub 081234567890',
      description: 'Keripik pisang renyah dari Lampung. Pesan lewat WA 081234567890.',
    });
    await expect.poll(() => page.locator('[data-testid=score]').getAttribute('data-score')).toMatch(/^\d+$/);
    const fixFirst = page.locator('[data-testid=fix-first] [data-check]');
    await expect.poll(() => fixFirst.count()).toBeGreaterThan(0);
    const checks = await page.locator('[data-check]').evaluateAll((items) => items.map((i) => i.getAttribute('data-check')));
    expect(checks).toContain('title-contact');
    expect(checks).toContain('title-promo-words');
    expect(await page.locator('[data-testid=title-counter]').innerText()).toMatch(/karakter/);
    // The same category card and "Yang dibaca Rapi" as the panel; a category picked by the seller is kept.
    await page.locator('[data-testid=category]').waitFor();
    await page.locator('[data-testid=read-facts]').waitFor();
    const picker = page.locator('[data-testid=category-picker]');
    if (!(await picker.isVisible())) await page.locator('.category-change summary').click();
    await picker.locator('[data-category=food]').click();
    await expect.poll(() => page.locator('[data-testid=category]').getAttribute('data-from')).toBe('seller');
    await waitSaved(page);
    await page.screenshot({ path: artifact('phone-check-390.png'), fullPage: true });
  });

  it('suggests a title and description as the panel does: placeholders to fill or remove, then Salin and Pakai', async () => {
    const { page, context } = rig;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(rig.url).origin });
    await openControlled(rig);
    await page.getByRole('link', { name: 'Draf saya' }).click();
    await page.getByRole('button', { name: 'Draf baru' }).click();
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe('');
    // Nothing to build a suggestion from yet.
    expect(await page.locator('.suggestions').count()).toBe(0);
    await typeListing(page, { marketplace: 'Shopee', title: 'KERIPIK PISANG MURAH!!!', description: 'Keripik pisang renyah dari Lampung.' });
    const suggested = page.getByTestId('suggestion-title');
    await expect.poll(() => suggested.textContent(), { timeout: 10_000 }).toMatch(/^Keripik Pisang /);
    expect(await page.locator('.suggestions h2').textContent()).toBe('Usulan Rapi');
    // The seller's words, without the shouting and the promo word.
    expect(await suggested.textContent()).not.toMatch(/MURAH|!/);
    expect(await page.getByTestId('suggestion-description').count()).toBe(1);

    // What only the seller knows is a placeholder: Salin waits until each is filled or removed.
    const title = page.locator('.suggestion[data-part=title]');
    const blanks = await title.locator('mark.blank').allTextContents();
    expect(blanks).toContain('[berat bersih]');
    const copy = title.getByRole('button', { name: 'Salin judul usulan' });
    expect(await copy.isDisabled()).toBe(true);
    await title.getByLabel('berat bersih', { exact: true }).fill('250 gr');
    for (const blank of blanks.filter((b) => b !== '[berat bersih]')) {
      await title.getByRole('button', { name: `Hapus ${blank} dari usulan` }).click();
    }
    await expect.poll(() => title.locator('mark.blank').count()).toBe(0);
    const filled = (await suggested.textContent())!;
    expect(filled).toContain('250 gr');
    expect(filled).not.toContain('[');

    await copy.click();
    await title.getByText('Disalin.', { exact: false }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(filled);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('phone-suggestions-390.png'), fullPage: true });

    // Pakai puts it in the form: checked again and saved in the draft.
    await title.getByRole('button', { name: 'Pakai judul usulan di draf' }).click();
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(filled);
    await expect.poll(() => page.locator('[data-check=title-promo-words]').count()).toBe(0);
    await waitSaved(page);
  });

  it('reloads offline from its service worker, with the draft still there', async () => {
    const { page, context } = rig;
    await openControlled(rig);
    await page.getByRole('link', { name: 'Periksa' }).click();
    const title = 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast';
    await typeListing(page, { marketplace: 'Tokopedia', title });
    await waitSaved(page);
    const address = page.url();
    expect(address).toMatch(/#draft=/);

    const fromNetwork: string[] = [];
    page.on('requestfinished', (request) => {
      void request.response().then((response) => {
        if (response && !response.fromServiceWorker()) fromNetwork.push(request.url());
      });
    });
    await context.setOffline(true);
    try {
      await page.reload();
      await expect.poll(() => page.locator('#field-title').inputValue(), { timeout: 15_000 }).toBe(title);
      await expect.poll(() => page.getByRole('radio', { name: 'Tokopedia', exact: true }).isChecked()).toBe(true);
      await page.locator('[data-testid=offline-note]').waitFor();
      // The app also opens offline at its bare address (the home-screen icon), back at the last draft.
      await page.goto(address.replace(/#.*$/, ''));
      await expect.poll(() => page.locator('#field-title').inputValue(), { timeout: 15_000 }).toBe(title);
    } finally {
      await context.setOffline(false);
    }
    expect(fromNetwork).toEqual([]);
  });

  it('turns a share (text with a short link, and a photo) into a draft whose photo is checked', async () => {
    const { page } = rig;
    await openControlled(rig);
    const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#c08040' } }).jpeg().toBuffer();
    await shareIntoRapi(page, {
      text: 'Cek Keripik Pisang Lampung di Tokopedia! https://tokopedia.link/za5nBXCtM7',
      photos: [{ name: 'keripik.jpg', mimeType: 'image/jpeg', buffer: photo }],
    });
    const note = page.locator('[data-testid=share-note]');
    await expect.poll(() => note.innerText()).toContain('tokopedia.link/za5nBXCtM7');
    expect(await note.innerText()).toContain('Tempel judul dan deskripsi dari aplikasi penjual');
    await expect.poll(() => page.getByRole('radio', { name: 'Tokopedia', exact: true }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.thumbs img').count()).toBe(1);
    expect(page.url()).not.toContain('share=');
    // The photo went through the photo checks: measured in the worker.
    await expect.poll(() => page.locator('[data-testid=photo-stage]').getAttribute('data-stage'), { timeout: 20_000 }).toBe('done');
    // Draf saya names the new draft by its link until it has a title.
    await page.getByRole('link', { name: 'Draf saya' }).click();
    await expect.poll(() => page.locator('.draft-list').innerText()).toContain('tokopedia.link/za5nBXCtM7');
    // Back in the draft (its photo comes back from the phone), with a title pasted: the photo's findings are in
    // the same checklist.
    await page.locator('.draft-list').getByRole('link', { name: /tokopedia\.link/ }).first().click({ timeout: 10_000 });
    await expect.poll(() => page.locator('[data-testid=photo-stage]').getAttribute('data-stage'), { timeout: 20_000 }).toBe('done');
    await page.locator('#field-title').fill('Keripik Pisang Lampung 250 gr');
    await expect.poll(() => page.locator('[data-check=photo-aspect-ratio]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('fixes a photo and the fixed photo can be saved (and shared where the browser can)', async () => {
    const { page } = rig;
    await openControlled(rig);
    // A new listing, not the draft the page reopened.
    await page.getByRole('link', { name: 'Draf saya' }).click();
    await page.getByRole('button', { name: 'Draf baru' }).click();
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe('');
    await typeListing(page, { marketplace: 'Shopee', title: 'Kopi Bubuk Robusta Lampung 200 gr' });
    // A wide photo with the product small on a grey backdrop: not square, backdrop not white.
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#9a9a9a' } })
      .composite([{ input: await sharp({ create: { width: 300, height: 400, channels: 3, background: '#5a3a1a' } }).png().toBuffer(), left: 650, top: 250 }])
      .jpeg()
      .toBuffer();
    await page.locator('[data-testid=photo-gallery]').setInputFiles({ name: 'kopi.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect.poll(() => page.locator('[data-testid=photo-stage]').getAttribute('data-stage'), { timeout: 20_000 }).toBe('done');
    await expect.poll(() => page.locator('[data-check=photo-aspect-ratio]').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Perbaiki foto sampul' }).click();
    const result = page.locator('[data-testid=fix-result]');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.locator('[data-check=photo-aspect-ratio]').getAttribute('data-after')).toBe('cleared');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=fix-save]').click()]);
    expect(download.suggestedFilename()).toBe('kopi-rapi.jpg');
    const saved = await sharp(await download.path()).metadata();
    expect(saved).toMatchObject({ format: 'jpeg', width: saved.height });
    expect(saved.exif).toBeUndefined();
    // Chromium on Linux has no share sheet: the page says to save it and choose it from the gallery instead.
    const canShare = await page.evaluate(() => Boolean(navigator.canShare?.({ files: [new File(['x'], 'a.jpg', { type: 'image/jpeg' })] })));
    expect(await page.locator('[data-testid=fix-share]').count()).toBe(canShare ? 1 : 0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('phone-fix-390.png'), fullPage: true });
    // The draft takes the fixed copy: checked again, the shape finding is gone, and it is still there after a reload.
    await page.locator('[data-testid=fix-use]').click();
    await page.locator('[data-testid=fix-used]').waitFor();
    await expect.poll(() => page.locator('[data-testid=photo-stage]').getAttribute('data-stage'), { timeout: 20_000 }).toBe('done');
    await expect.poll(() => page.locator('[data-check=photo-aspect-ratio]').count()).toBe(0);
    await waitSaved(page);
    await page.reload();
    await expect.poll(() => page.locator('[data-testid=photo-stage]').getAttribute('data-stage'), { timeout: 20_000 }).toBe('done');
    const size = await page.locator('.thumbs img').evaluate((img: HTMLImageElement) => img.decode().then(() => [img.naturalWidth, img.naturalHeight]));
    expect(size[0]).toBe(size[1]);
  });

  it.each([360, 390, 414])('has no axe violations and no sideways scrolling at %i px', async (width) => {
    const { page } = rig;
    await page.setViewportSize({ width, height: 844 });
    await openControlled(rig);
    await page.getByRole('link', { name: 'Periksa' }).click();
    await page.locator('#field-title').fill('Sambal Bawang Pedas 200 gr Botol Kaca');
    await page.locator('[data-testid=score]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.getByRole('link', { name: 'Draf saya' }).click();
    await page.locator('.draft-list, .empty').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});
