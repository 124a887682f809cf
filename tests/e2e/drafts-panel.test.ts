import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, expectedFor, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';

/**
 * Drafts in the side panel, in real Chromium with the built extension and a persistent profile: what the seller
 * types in the panel autosaves, survives the panel closing and the browser restarting, and goes into the
 * Seller Centre form (a fixture whose inline script records the input/change events its "framework" receives).
 */

const FORM = { file: 'seller-forms/shopee_seller_new_product.html', url: 'https://seller.shopee.co.id/portal/product/new' };
const VARIANTS = { file: 'seller-forms/shopee_seller_edit_variants.html', url: 'https://seller.shopee.co.id/portal/product/24567890999' };
const FORM_KEY = 'shopee:form:shopee-seller:new';

const TITLE = 'Kopi Takengon Arabika Gayo 250 gr Biji Sangrai Medium Roast';
const DESCRIPTION = 'Kopi arabika dari dataran tinggi Gayo, Aceh.\nBerat bersih: 250 gr\nMasa simpan: 12 bulan';

interface FormEvent {
  field: string;
  type: string;
  value: string;
}

const status = (panel: Page) => panel.getByTestId('draft-status');
const continueButton = (panel: Page) => panel.getByRole('button', { name: /^(Lanjutkan draf|Continue draft) \(/ });

async function openFormAndPanel(browser: ExtensionBrowser, url = FORM.url): Promise<{ page: Page; panel: Page }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const panel = await openPanel(browser, page);
  await chooseLanguage(panel, 'id');
  // The panel shows what it read from the form before anything else happens.
  await expect.poll(() => panel.locator('#title-input').inputValue(), { timeout: 15_000 }).not.toBe('');
  return { page, panel };
}

async function waitSaved(panel: Page): Promise<void> {
  await expect.poll(() => status(panel).getAttribute('data-status'), { timeout: 5000 }).toBe('saved');
  expect(await status(panel).textContent()).toBe('Tersimpan');
}

async function formEvents(page: Page): Promise<FormEvent[]> {
  return page.evaluate(() => (window as unknown as { __rapiFormEvents: FormEvent[] }).__rapiFormEvents);
}

/** The stored draft, read through the drafts page's own service (the extension's origin). */
async function storedDraft(browser: ExtensionBrowser, key: string) {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, 'drafts.html'));
  await page.waitForFunction(() => 'rapiDrafts' in globalThis);
  const draft = await page.evaluate(async (k) => {
    const { rapiDrafts } = globalThis as unknown as { rapiDrafts: { service: { findDraft(key: string): Promise<{ rev: number; listing: Record<string, unknown> } | null> } } };
    return rapiDrafts.service.findDraft(k);
  }, key);
  await page.close();
  return draft;
}

describe('drafts in the side panel', () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'rapi-panel-drafts-'));
  let browser: ExtensionBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function launch(): Promise<ExtensionBrowser> {
    browser = await launchWithExtension({ userDataDir: profile });
    await serveMarketplaces(browser.context, [FORM, VARIANTS]);
    return browser;
  }

  it('autosaves what the seller types in the panel within 500 ms: "Menyimpan…", then "Tersimpan"', async () => {
    const b = await launch();
    const { page, panel } = await openFormAndPanel(b);
    expect(await panel.locator('#title-input').inputValue()).toBe('Kopi Gayo');
    // Nothing typed yet: no draft, and the panel says edits will be kept.
    expect(await status(panel).getAttribute('data-status')).toBe('none');
    expect(await status(panel).getAttribute('aria-live')).toBe('polite');
    expect(await panel.getByText('disimpan otomatis sebagai draf').count()).toBe(1);

    // Measure in the panel itself: the last keystroke, and the moment the status turns to "Tersimpan".
    await panel.evaluate(() => {
      const w = window as unknown as { lastInput: number; savedAt: number };
      w.lastInput = 0;
      w.savedAt = 0;
      document.addEventListener('input', () => ((w.lastInput = performance.now()), (w.savedAt = 0)), true);
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="draft-status"]');
        if (el?.getAttribute('data-status') === 'saved' && !w.savedAt) w.savedAt = performance.now();
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'], childList: true });
    });

    const title = panel.locator('#title-input');
    await title.fill('');
    await title.pressSequentially(TITLE.slice(0, 20), { delay: 25 });
    expect(await status(panel).textContent()).toBe('Menyimpan…');
    await title.pressSequentially(TITLE.slice(20), { delay: 10 });
    await panel.locator('#field-description').fill(DESCRIPTION);
    await waitSaved(panel);
    const { lastInput, savedAt } = await panel.evaluate(() => {
      const w = window as unknown as { lastInput: number; savedAt: number };
      return { lastInput: w.lastInput, savedAt: w.savedAt };
    });
    expect(savedAt).toBeGreaterThan(lastInput);
    expect(savedAt - lastInput).toBeLessThan(500);

    // Score before (the form as read) → after (the draft), as the two numbers.
    const before = expectedFor(FORM.file, FORM.url).report!.score;
    const after = await panel.getByTestId('score').getAttribute('data-score');
    const change = panel.getByTestId('draft-score');
    expect(await change.getAttribute('data-before')).toBe(String(before));
    expect(await change.getAttribute('data-after')).toBe(after);
    expect(await change.textContent()).toBe(`Skor: ${before} sebelum → ${after} sesudah`);

    // "Draf saya" opens this draft on the drafts page.
    const link = panel.getByRole('link', { name: /Draf saya/ });
    expect(await link.getAttribute('href')).toBe(extensionUrl(b, `drafts.html#draft=${encodeURIComponent(FORM_KEY)}`));
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await screenshot(panel, 'panel-draft-saved');

    const stored = await storedDraft(b, FORM_KEY);
    expect(stored?.listing).toMatchObject({ title: TITLE, description: DESCRIPTION });
    await panel.close();
    await page.close();
  });

  it('after the panel was closed, reopening it offers "Lanjutkan draf (terakhir diubah …)" and continuing brings the text back', async () => {
    const { page, panel } = await openFormAndPanel(browser!);
    // The form still holds its old text; the draft is offered, not forced.
    expect(await panel.locator('#title-input').inputValue()).toBe('Kopi Gayo');
    const offer = continueButton(panel);
    await offer.waitFor({ timeout: 5000 });
    expect(await offer.textContent()).toMatch(/^Lanjutkan draf \(terakhir diubah .+\)$/);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await offer.click();
    await expect.poll(() => panel.locator('#title-input').inputValue()).toBe(TITLE);
    expect(await panel.locator('#field-description').inputValue()).toBe(DESCRIPTION);
    expect(await panel.locator('[data-field="description"] [data-state]').getAttribute('data-state')).toBe('edited');
    await waitSaved(panel);

    // Typed and closed at once, before the autosave pause: kept (saved on pagehide, or replayed from the journal).
    await panel.locator('#title-input').press('End');
    await panel.locator('#title-input').pressSequentially(' Aceh', { delay: 5 });
    await panel.close({ runBeforeUnload: true });
    const again = await openPanel(browser!, page);
    await chooseLanguage(again, 'id');
    await continueButton(again).click({ timeout: 10_000 });
    await expect.poll(() => again.locator('#title-input').inputValue()).toBe(`${TITLE} Aceh`);
    expect(await again.locator('#field-description').inputValue()).toBe(DESCRIPTION);
    await again.locator('#title-input').fill(TITLE);
    await waitSaved(again);
    await again.close();
    await page.close();
  });

  it('is still there after the browser quit and started again with the same profile', async () => {
    await browser!.close();
    const b = await launch();
    const { page, panel } = await openFormAndPanel(b);
    await continueButton(panel).waitFor({ timeout: 10_000 });
    // One version: the text closed mid-pause earlier was stored, and is not brought back as a second one.
    expect(await panel.getByText('Draf ini punya 2 versi').count()).toBe(0);
    await continueButton(panel).click();
    await expect.poll(() => panel.locator('#title-input').inputValue()).toBe(TITLE);
    expect(await panel.locator('#field-description').inputValue()).toBe(DESCRIPTION);
    await panel.close();
    await page.close();
  });

  it('"Terapkan ke formulir" fills the Seller Centre form from the draft, and the form\'s own handlers take the values', async () => {
    const { page, panel } = await openFormAndPanel(browser!);
    await continueButton(panel).click({ timeout: 10_000 });
    await expect.poll(() => panel.locator('#title-input').inputValue()).toBe(TITLE);
    await panel.locator('#field-price').fill('Rp52.000');
    await panel.locator('#field-stock').fill('35');
    await panel.locator('#field-weightGrams').fill('250 gr');
    await waitSaved(panel);
    const eventsBefore = (await formEvents(page)).length;

    await panel.getByRole('button', { name: 'Terapkan ke formulir' }).click();
    const result = panel.getByTestId('draft-apply-result');
    await expect.poll(() => result.textContent()).toBe(
      'Sudah diisi di formulir: judul produk, deskripsi, harga, stok dan berat. Periksa formulirnya, lalu tekan tombol Simpan di Seller Centre.',
    );

    // The form holds the new values …
    const field = (id: string) => page.locator(`[data-product-edit-field-unique-id="${id}"] input`);
    expect(await field('name').inputValue()).toBe(TITLE);
    expect(await page.locator('[data-product-edit-field-unique-id="description"] .ql-editor p').allTextContents()).toEqual(DESCRIPTION.split('\n'));
    expect(await field('price').inputValue()).toBe('52000');
    expect(await field('stock').inputValue()).toBe('35');
    expect(await field('weight').inputValue()).toBe('250');
    // … and its own handlers saw them: input and change for each text field, input for the rich-text editor.
    const events = (await formEvents(page)).slice(eventsBefore);
    for (const [id, value] of [['name', TITLE], ['price', '52000'], ['stock', '35'], ['weight', '250']] as const) {
      expect(events).toContainEqual({ field: id, type: 'input', value });
      expect(events).toContainEqual({ field: id, type: 'change', value });
    }
    expect(events.some((e) => e.field === 'description' && e.type === 'input' && e.value.includes('Berat bersih: 250 gr'))).toBe(true);
    const model = await page.evaluate(() => (window as unknown as { __rapiFormModel: Record<string, string> }).__rapiFormModel);
    expect(model).toMatchObject({ name: TITLE, price: '52000', stock: '35', weight: '250' });
    expect(await page.locator('.name-counter').textContent()).toBe(`${TITLE.length}/255`);
    // Nothing was submitted: the seller still presses Seller Centre's own Save.
    expect(page.url()).toBe(FORM.url);

    // Read back from the form, the fields show as read, and the draft still holds the new values.
    await expect.poll(() => panel.locator('[data-field="title"] [data-state]').getAttribute('data-state'), { timeout: 10_000 }).toBe('read');
    await expect.poll(() => panel.locator('[data-field="price"] [data-state]').getAttribute('data-state')).toBe('read');
    expect(await panel.locator('#title-input').inputValue()).toBe(TITLE);
    const stored = await storedDraft(browser!, FORM_KEY);
    expect(stored?.listing).toMatchObject({ title: TITLE, description: DESCRIPTION, price: 52000, stock: 35, weightGrams: 250 });
    await screenshot(panel, 'panel-draft-applied');
    await panel.close();
    await page.close();
  });

  it('names the fields the form does not have, in Bahasa Indonesia and in English', async () => {
    const { page, panel } = await openFormAndPanel(browser!, VARIANTS.url);
    // Price and stock live in the variant table of this form: there is no single price or stock field.
    await panel.locator('#title-input').fill(TITLE);
    await panel.locator('#field-price').fill('Rp52.000');
    await panel.locator('#field-stock').fill('35');
    await waitSaved(panel);
    await panel.getByRole('button', { name: 'Terapkan ke formulir' }).click();
    // Its weight is locked (set per variant): named too.
    const problems = panel.getByTestId('draft-apply-problem');
    await expect.poll(() => problems.allTextContents()).toEqual([
      expect.stringMatching(/^Rapi tidak menemukan kolom harga dan stok di formulir ini\./),
      expect.stringMatching(/^Kolom berat terkunci di formulir ini/),
    ]);
    expect(await panel.getByTestId('draft-apply-result').textContent()).toContain('Sudah diisi di formulir: judul produk');
    expect(await page.locator('[data-product-edit-field-unique-id="name"] input').inputValue()).toBe(TITLE);
    await chooseLanguage(panel, 'en');
    expect(await problems.first().textContent()).toMatch(/^Rapi did not find the price and stock field in this form\./);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('another window saving a different version: the panel keeps both and lets the seller choose', async () => {
    const { page, panel } = await openFormAndPanel(browser!);
    await continueButton(panel).click({ timeout: 10_000 });
    await expect.poll(() => panel.locator('#title-input').inputValue()).toBe(TITLE);
    await waitSaved(panel);
    const other = `${TITLE} Kemasan Baru`;
    // The drafts page, open in another tab, saves from an older revision: its text cannot overwrite the draft.
    const drafts = await browser!.context.newPage();
    await drafts.goto(extensionUrl(browser!, 'drafts.html'));
    await drafts.waitForFunction(() => 'rapiDrafts' in globalThis);
    const saved = await drafts.evaluate(
      async ({ key, title }) => {
        const { rapiDrafts } = globalThis as unknown as {
          rapiDrafts: { service: { findDraft(k: string): Promise<{ rev: number; listing: object }>; saveDraft(input: object): Promise<{ status: string }> } };
        };
        const current = await rapiDrafts.service.findDraft(key);
        return (await rapiDrafts.service.saveDraft({ key, listing: { ...current.listing, title }, baseRev: current.rev - 1, editorId: 'other-window' })).status;
      },
      { key: FORM_KEY, title: other },
    );
    expect(saved).toBe('conflict');
    const choice = panel.getByTestId('draft-conflict');
    await choice.waitFor({ timeout: 5000 });
    expect(await choice.textContent()).toContain(other);
    expect(await status(panel).textContent()).toMatch(/Kedua versi disimpan/);
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await choice.getByRole('button', { name: 'Pakai versi lain' }).click();
    await expect.poll(() => panel.locator('#title-input').inputValue()).toBe(other);
    await expect.poll(() => choice.count()).toBe(0);
    await waitSaved(panel);
    expect((await storedDraft(browser!, FORM_KEY))?.listing.title).toBe(other);
    await drafts.close();
    await panel.close();
    await page.close();
  });
});
