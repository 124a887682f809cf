import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkListing } from '../../shared/checks';
import { OUTCOME_TEXT, outcomeOf } from '../../shared/checks/outcome';
import { factLines } from '../../shared/checks/facts-text';
import { Listing } from '../../shared/listing/schema';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, expectedFor, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';
import { serveCdn, waitForPhotoChecks } from './photos-helpers';

/**
 * Issue 10 in the side panel: a score with parts Rapi could not measure says "Skor sementara" and which parts; the
 * Shopee level is shown in Shopee's words with Indonesian beside them, or not at all (with why) when its inputs are
 * unknown; each finding says what will happen; the category and where it came from, with one tap to set it when Rapi
 * is unsure; and the figures Rapi read, beside the seller's own words.
 */

const SHOPEE = {
  file: 'pages/rapi_shopee_id_pdp_rendered.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123',
};

const score = (panel: Page) => panel.getByTestId('score').getAttribute('data-score');
const shownChecks = async (panel: Page) => (await panel.locator('.by-area [data-check]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check')))).sort();

describe('what the panel says it could not measure, read or guess (Chromium, offline)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [SHOPEE]);
    // Every photo on the CDN answers 404: Rapi cannot check them, so the photo part is not rated.
    await serveCdn(browser.context, {});
  });
  afterAll(async () => browser?.close());

  it('a product page whose photos could not be downloaded: "Skor sementara", the level in both words, outcomes, category, facts', async () => {
    const { report } = expectedFor(SHOPEE.file, SHOPEE.url);
    expect(report!.provisional).toBe(true);
    const page = await browser.context.newPage();
    await page.goto(SHOPEE.url);
    const panel = await openPanel(browser, page);
    await panel.setViewportSize({ width: 400, height: 1000 });
    await chooseLanguage(panel, 'id');
    await waitForPhotoChecks(panel, 4);
    await expect.poll(() => score(panel)).toBe(String(report!.score));

    // Score: provisional, and which part waits.
    expect(await panel.getByTestId('score').getAttribute('data-provisional')).toBe('true');
    expect(await panel.getByTestId('provisional-note').textContent()).toBe('Skor sementara: foto belum dinilai.');
    await panel.getByText('Bagaimana skor dihitung').click();
    // The photo part counts only its one finding (no video, a guess): it is scored, but said to be partly rated.
    const foto = report!.areas.find((a) => a.area === 'foto')!;
    expect(foto.measured).toBe(false);
    expect(await panel.locator('.how li[data-area="foto"]').textContent()).toBe(`Foto: ${foto.score} dari 100, sebagian belum dinilai (bobot 30)`);

    // The four failed downloads: one line, not four copies of the error.
    expect(await panel.getByTestId('photo-checks-summary').textContent()).toBe('Tidak ada dari 4 foto yang bisa diperiksa.');
    const grouped = await panel.locator('[data-testid="photo-problem-summary"] li').allTextContents();
    expect(grouped).toHaveLength(1);
    expect(grouped[0]).toMatch(/^4 foto tidak bisa diunduh: foto 1–4\. /);

    // Shopee's level in its own words with the Indonesian beside it, marked as partly guessed.
    expect(report!.level).toMatchObject({ code: 'QUALIFIED', estimated: true });
    expect(await panel.getByTestId('level').textContent()).toBe('Perkiraan di Shopee: tingkat kualitas "Qualified" (memenuhi syarat) (sebagian diduga)');

    // Each finding says what will happen, not the severity's generic name.
    for (const f of report!.findings) {
      const tag = panel.locator(`.by-area [data-check="${f.checkId}"] .severity`).first();
      expect(await tag.textContent()).toBe(OUTCOME_TEXT[outcomeOf(f)].id);
    }
    expect(await panel.locator('.by-area [data-check="photo-video"]').getAttribute('data-outcome')).toBe('quality-level');

    // The category, read from the page's breadcrumbs: no question asked.
    const category = panel.getByTestId('category');
    expect(await category.getAttribute('data-category')).toBe('food');
    expect(await category.getAttribute('data-from')).toBe('category');
    expect(await category.textContent()).toContain('Makanan & Minuman');
    expect(await category.textContent()).toContain('dibaca dari kategori produk');
    expect(await panel.getByTestId('category-ask').count()).toBe(0);

    // "Yang dibaca Rapi": the same facts as the CLI, each beside the seller's words.
    const facts = panel.getByTestId('read-facts');
    const expected = factLines(report!.facts);
    expect(await facts.locator('.fact').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')))).toEqual(expected.map((l) => l.key));
    expect(await facts.locator('[data-fact="netGrams"]').textContent()).toBe('Berat bersih250 gr (“250 gr”)');
    expect(await facts.locator('[data-fact="shelfLife"]').textContent()).toBe('Masa simpan6 bulan (180 hari) (“Masa simpan: 6 bulan”)');

    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, 'trust-panel-provisional-id');

    await chooseLanguage(panel, 'en');
    await expect.poll(() => panel.getByTestId('provisional-note').textContent()).toBe('Provisional score: photos not rated yet.');
    expect(await panel.getByTestId('level').textContent()).toBe('Estimated on Shopee: "Qualified" quality level (partly guessed)');
    await screenshot(panel, 'trust-panel-provisional-en');
    await panel.close();
    await page.close();
  });

  it('manual mode: no level while its inputs are unknown, and one tap on the category brings its checks', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHOPEE.url);
    const panel = await openPanel(browser, page);
    await panel.setViewportSize({ width: 400, height: 1000 });
    await chooseLanguage(panel, 'id');
    await panel.getByRole('button', { name: 'Isi manual' }).click();
    await expect.poll(() => panel.locator('#title-input').inputValue()).toBe('');
    await panel.locator('#field-marketplace').selectOption('shopee');
    const title = 'Oleh Oleh Khas Bandung Original 250 gr Enak';
    const description = 'Oleh-oleh favorit, dibuat setiap hari dari bahan pilihan. Berat bersih 250 gr. Dikirim dengan bubble wrap supaya aman sampai tujuan.';
    await panel.locator('#title-input').fill(title);
    await panel.locator('#field-description').fill(description);

    const guessed = checkListing(Listing.parse({ marketplace: 'shopee', title, description }), { profile: 'shopee' });
    const picked = checkListing(Listing.parse({ marketplace: 'shopee', title, description, pickedCategory: 'food' }), { profile: 'shopee' });
    expect(guessed.category.from).toBe('none');
    await expect.poll(() => score(panel)).toBe(String(guessed.score));

    // No photos seen and no specifics: Shopee's level cannot be told, and the panel says why instead of guessing one.
    expect(await panel.getByTestId('level').count()).toBe(0);
    expect(await panel.getByTestId('level-note').textContent()).toBe(guessed.levelNote!.id);
    expect(await panel.getByTestId('provisional-note').textContent()).toBe(guessed.provisionalNote!.id);

    // Rapi does not know what this is: it asks, and the food checks wait.
    const category = panel.getByTestId('category');
    expect(await category.getAttribute('data-from')).toBe('none');
    expect(await panel.getByTestId('category-ask').isVisible()).toBe(true);
    expect(await shownChecks(panel)).toEqual(guessed.findings.map((f) => f.checkId).sort());
    expect(await shownChecks(panel)).not.toContain('spec-food-permit');
    await screenshot(panel, 'trust-panel-category-ask');

    // One tap: food. The permit, halal and shelf-life checks come in, measured (no longer a guess).
    await panel.getByTestId('category-picker').getByRole('button', { name: 'Makanan & Minuman' }).click();
    await expect.poll(() => category.getAttribute('data-from')).toBe('seller');
    expect(await category.getAttribute('data-category')).toBe('food');
    expect(await panel.getByTestId('category-ask').count()).toBe(0);
    await expect.poll(() => score(panel)).toBe(String(picked.score));
    expect(await shownChecks(panel)).toEqual(picked.findings.map((f) => f.checkId).sort());
    expect(await shownChecks(panel)).toContain('spec-food-permit');
    expect(await category.textContent()).toContain('dipilih Anda');

    // And back: Rapi guesses again.
    await panel.getByText('Ganti kategori').click();
    await panel.getByTestId('category-undo').click();
    await expect.poll(() => category.getAttribute('data-from')).toBe('none');
    await expect.poll(() => score(panel)).toBe(String(guessed.score));
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });
});
