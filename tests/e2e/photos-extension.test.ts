import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkListing } from '../../shared/checks';
import type { PhotoFinding } from '../../shared/photos/types';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { FIXTURES, chooseLanguage, expectedFor, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';
import { cdnUrl, expectedPhotoFindings, serveCdn, shownCards, waitForPhotoChecks, type CdnAnswer } from './photos-helpers';

/**
 * The photo checks in real Chromium with the built extension, offline: the harness resolves no host but localhost,
 * so the Shopee page and its photo CDN are routed to fixtures, and tesseract's worker, cores and language data
 * can only come from inside the extension. One OCR-heavy file on purpose (2 cores).
 */
const SHOPEE = {
  file: 'pages/rapi_shopee_id_pdp_rendered.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123',
};
const NINE = {
  file: 'photos-extension/shopee_pdp_9_photos.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890777',
};

/** The Kopi page's four photos: a clean cover, an overlay with a WhatsApp number, a dark shot, the label. */
const FOUR = ['photos/product-clean.jpg', 'photos/overlay-phone-promo.jpg', 'photos-extension/blurry-dark.jpg', 'photos/label-netto-pirt.jpg'];
const FOUR_IDS = ['lz1cover0001', 'lz1pack00002', 'lz1beans0003', 'lz1label0004'];

const SELLER_FORM = { file: 'seller-forms/shopee_seller_new_product.html', url: 'https://seller.shopee.co.id/portal/product/new' };

const sideView = (panel: Page) => panel.setViewportSize({ width: 400, height: 900 });

describe('photo checks in the side panel (Chromium, offline)', () => {
  let browser: ExtensionBrowser;
  let asked: string[];
  const answers: Record<string, CdnAnswer> = Object.fromEntries(FOUR_IDS.map((id, i) => [id, { file: FOUR[i]! }]));

  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [SHOPEE, NINE, SELLER_FORM]);
    asked = await serveCdn(browser.context, answers);
  });
  afterAll(async () => browser?.close());

  it('checks every photo of a product page: pixel and OCR findings, boxes over each photo, the label suggestion, the score', async () => {
    const { extraction } = expectedFor(SHOPEE.file, SHOPEE.url);
    const expected = await expectedPhotoFindings(FOUR, extraction.listing, 'shopee');
    const page = await browser.context.newPage();
    await page.goto(SHOPEE.url);
    const panel = await openPanel(browser, page);
    await sideView(panel);
    await chooseLanguage(panel, 'id');
    // Every photo gets its own progress bar while it is checked.
    await expect.poll(() => panel.getByTestId('photo-progress').count(), { timeout: 15_000 }).toBe(4);
    await waitForPhotoChecks(panel, 4);

    const cards = await shownCards(panel);
    const checksOf = (findings: PhotoFinding[], index: number) => findings.filter((f) => f.photoIndex === index).map((f) => f.checkId).sort();
    for (const card of cards) {
      expect(card.stage, `photo ${card.index}`).toBe('done');
      expect(card.checks, `photo ${card.index}`).toEqual(checksOf(expected, card.index));
      // Each finding that knows where it is has its boxes drawn over the photo.
      for (const f of expected.filter((e) => e.photoIndex === card.index && e.boxes?.length)) {
        expect(card.boxes[f.checkId], `${f.checkId} on photo ${card.index}`).toBe(f.boxes!.length);
      }
    }
    // What the fixtures are made to show, so this test cannot pass on an empty panel.
    expect(cards[1]!.checks).toEqual(expect.arrayContaining(['photo-contact-details', 'photo-promo-text']));
    expect(cards[1]!.boxes['photo-contact-details']).toBeGreaterThanOrEqual(3);
    expect(cards[2]!.checks).toContain('photo-too-dark');
    expect(cards[3]!.label).toContain("Foto 4 menyebut 'P-IRT 2063…' dan 'HALAL MUI', tapi judul dan deskripsi belum.");
    expect(cards[3]!.boxes['photo-label-specifics']).toBeGreaterThan(0);
    expect(cards[0]!.boxes.product).toBe(1);
    await expect.poll(() => panel.locator('[data-testid="photo-text"]').nth(1).textContent()).toContain('0812-3456-7890');

    // The photo findings count in the same score as the text checks, and replace the page's size guesses.
    const report = checkListing(extraction.listing, { profile: 'shopee', extraFindings: expected, measuredPhotoIndexes: [0, 1, 2, 3] });
    expect(await panel.getByTestId('score').getAttribute('data-score')).toBe(String(report.score));
    const foto = await panel.locator('.by-area [data-area="foto"] .finding-message').allTextContents();
    expect(foto).toEqual(expect.arrayContaining(expected.map((f) => f.message.id)));
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, 'photos-panel-id');

    await chooseLanguage(panel, 'en');
    await expect.poll(async () => (await shownCards(panel))[3]!.label).toContain("Photo 4 mentions 'P-IRT 2063…' and 'HALAL MUI', but the title and description do not.");
    await screenshot(panel, 'photos-panel-en');
    // Photos are fetched once, by the panel: the marketplace's page never decoded or read them.
    for (const id of FOUR_IDS) expect(asked.filter((u) => u.endsWith(id))).toHaveLength(1);
    await panel.close();
    await page.close();
  });

  it('shows a listing seen before at once, from the cache keyed by the photos’ bytes', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHOPEE.url);
    const panel = await openPanel(browser, page);
    await sideView(panel);
    await chooseLanguage(panel, 'id');
    const start = Date.now();
    await waitForPhotoChecks(panel, 4, 10_000);
    const took = Date.now() - start;
    const cards = await shownCards(panel);
    expect(cards.map((c) => c.fromCache)).toEqual([true, true, true, true]);
    expect(cards[3]!.label).toContain('P-IRT 2063');
    expect(cards[1]!.boxes['photo-contact-details']).toBeGreaterThanOrEqual(3);
    // No OCR this time: well under the first visit's reading time.
    expect(took).toBeLessThan(3000);
    await screenshot(panel, 'photos-panel-cached');
    await panel.close();
    await page.close();
  });

  it('checks a photo the seller just chose in the Seller Centre form (a blob: preview only the page can open)', async () => {
    const page = await browser.context.newPage();
    await page.goto(SELLER_FORM.url);
    await page.locator('rapi-badge').waitFor({ state: 'attached', timeout: 15_000 });
    // What Seller Centre's uploader does with a chosen file: shows it from a blob: address of the page.
    await page.locator('input.eds-upload__input').setInputFiles({
      name: 'label.jpg',
      mimeType: 'image/jpeg',
      buffer: readFileSync(path.join(FIXTURES, 'photos/label-netto-pirt.jpg')),
    });
    const preview = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input.eds-upload__input')!;
      const img = document.createElement('img');
      img.className = 'shopee-image-manager__image';
      img.src = URL.createObjectURL(input.files![0]!);
      const box = document.createElement('div');
      box.className = 'shopee-image-manager__itembox';
      box.append(img);
      document.querySelector('.shopee-image-manager__upload')!.before(box);
      return img.src;
    });
    expect(preview).toMatch(/^blob:https:\/\/seller\.shopee\.co\.id\//);
    const panel = await openPanel(browser, page);
    await sideView(panel);
    await chooseLanguage(panel, 'id');
    await waitForPhotoChecks(panel, 4);
    const cards = await shownCards(panel);
    expect(cards.map((c) => c.stage)).toEqual(['done', 'done', 'done', 'done']);
    expect(cards[3]!.label).toContain('P-IRT 2063');
    // The seller's own file: its size and format are shown and judged.
    expect(await panel.locator('[data-testid="photo-card"] figcaption').nth(3).textContent()).toMatch(/KB JPG/);
    await screenshot(panel, 'photos-panel-seller-form');
    await panel.close();
    await page.close();
  });

  it('gives each bad photo its own message in both languages and still checks the others', async () => {
    const huge = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#f5f5f5' } }).jpeg({ quality: 30 }).toBuffer();
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
    Object.assign(answers, {
      lz1pack00002: { status: 404 },
      lz1beans0003: { body: Buffer.alloc(30 * 1024 * 1024, 7), contentType: 'image/jpeg' },
      lz1dense0005: { body: huge, contentType: 'image/jpeg' },
      lz1cover0006: { file: 'photos-extension/corrupt.jpg' },
      lz1blur00007: { file: 'photos-extension/animated.gif' },
      lz1grid00008: { body: heic, contentType: 'image/jpeg' },
      lz1wide00009: { file: 'photos-extension/busy-wide.jpg' },
    } satisfies Record<string, CdnAnswer>);
    const page = await browser.context.newPage();
    await page.goto(NINE.url);
    const panel = await openPanel(browser, page);
    await sideView(panel);
    await chooseLanguage(panel, 'id');
    await waitForPhotoChecks(panel, 9);
    const cards = await shownCards(panel);
    expect(cards.map((c) => c.stage)).toEqual(['done', 'failed', 'failed', 'done', 'failed', 'failed', 'done', 'failed', 'done']);
    expect(cards[1]!.problem).toBe(`Foto tidak ditemukan di alamat ini (404): ${cdnUrl('lz1pack00002')}.`);
    expect(cards[2]!.problem).toBe('Foto terlalu besar untuk diperiksa: 30 MB (batas 25 MB). Perkecil foto dulu.');
    expect(cards[4]!.problem).toBe('Foto terlalu besar untuk diperiksa: 8000 × 8000 piksel (64 juta piksel). Perkecil foto, misalnya menjadi 1.200 × 1.200 piksel.');
    expect(cards[5]!.problem).toBe('File foto rusak atau tidak lengkap. Simpan ulang foto dari aslinya, lalu coba lagi.');
    expect(cards[7]!.problem).toMatch(/^Foto HEIC \(dari iPhone\)/);
    // The animated GIF is decoded (its first frame is measured) and refused for what it is.
    expect(cards[6]!.checks).toContain('photo-format');
    // The good photos around them were checked in full, text included.
    expect(cards[3]!.label).toContain('P-IRT 2063');
    expect(cards[8]!.checks.length).toBeGreaterThan(0);
    expect(await panel.locator('[data-testid="photo-checks-summary"]').textContent()).toBe('4 dari 9 foto diperiksa; 5 foto tidak bisa diperiksa.');
    expect(await panel.locator('[data-testid="photo-problem-summary"] li').first().textContent()).toBe(
      `1 foto tidak bisa diunduh: foto 2. Foto tidak ditemukan di alamat ini (404): ${cdnUrl('lz1pack00002')}.`,
    );
    expect(await panel.getByTestId('provisional-note').textContent()).toBe('Skor sementara: sebagian foto belum dinilai.');
    await screenshot(panel, 'photos-panel-bad-photos');

    await chooseLanguage(panel, 'en');
    await expect.poll(async () => (await shownCards(panel))[2]!.problem).toBe('The photo is too large to check: 30 MB (limit 25 MB). Make it smaller first.');
    const en = await shownCards(panel);
    expect(en[1]!.problem).toBe(`No photo at this address (404): ${cdnUrl('lz1pack00002')}.`);
    expect(en[4]!.problem).toMatch(/^The photo is too large to check: 8000 × 8000 pixels \(64 million pixels\)/);
    expect(en[5]!.problem).toBe('The photo file is damaged or incomplete. Save it again from the original, then try again.');
    expect(en[7]!.problem).toMatch(/^HEIC photos \(from iPhones\)/);
    // Five photos failed: the summary says so instead of "9 photos checked", each kind of failure once with its photos,
    // and the photo score is provisional (never counted as if those photos were fine).
    expect(await panel.locator('[data-testid="photo-checks-summary"]').textContent()).toBe('4 of 9 photos checked; 5 could not be checked.');
    expect(await panel.locator('[data-testid="photo-problem-summary"] li').allTextContents()).toEqual([
      `1 photo could not be downloaded: photo 2. No photo at this address (404): ${cdnUrl('lz1pack00002')}.`,
      '2 photos are too large to check: photos 3, 5. The photo is too large to check: 30 MB (limit 25 MB). Make it smaller first.',
      '2 photos could not be read: photos 6, 8. The photo file is damaged or incomplete. Save it again from the original, then try again.',
    ]);
    expect(await panel.getByTestId('photo-provisional').isVisible()).toBe(true);
    expect(await panel.getByTestId('score').getAttribute('data-provisional')).toBe('true');
    expect(await panel.getByTestId('provisional-note').textContent()).toMatch(/^Provisional score: .*some photos.* not rated yet\.$/);
    await panel.close();
    await page.close();
  });

  it('checks photo files dropped in manual mode the same way', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHOPEE.url);
    const panel = await openPanel(browser, page);
    await sideView(panel);
    await chooseLanguage(panel, 'id');
    await panel.getByRole('button', { name: 'Isi manual' }).click();
    await panel.locator('#field-marketplace').selectOption('shopee');
    await panel.locator('#title-input').fill('Keripik Singkong Balado Pedas Renyah Khas Bandung');
    await panel.locator('.drop input[type="file"]').setInputFiles([
      { name: 'sampul.png', mimeType: 'image/png', buffer: await sharp(path.join(FIXTURES, 'photos/overlay-phone-promo.jpg')).png().toBuffer() },
      { name: 'label.jpg', mimeType: 'image/jpeg', buffer: readFileSync(path.join(FIXTURES, 'photos/label-netto-pirt.jpg')) },
    ]);
    await waitForPhotoChecks(panel, 2);
    const cards = await shownCards(panel);
    expect(cards[0]!.checks).toContain('photo-contact-details');
    expect(cards[1]!.label).toContain("Foto 2 menyebut 'Netto 250 g'");
    await expect.poll(() => panel.locator('[data-testid="photo-card"] figcaption').first().textContent()).toContain('PNG');
    await panel.close();
    await page.close();
  });
});
