import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftService } from '../../shared/drafts/service';
import type { ExportFile } from '../../shared/export/schema';
import { seriousA11yViolations } from './extension-helpers';
import { extensionUrl, launchWithExtension, type ExtensionBrowser } from './harness';

/** Export → wipe → import gives back the same data; a bad file changes nothing; two tabs never overwrite. */

type PageGlobals = { rapiDrafts: { service: DraftService } };

async function openDrafts(browser: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, `drafts.html${hash}`));
  await page.waitForFunction(() => 'rapiDrafts' in globalThis);
  return page;
}

async function chooseIndonesian(page: Page): Promise<void> {
  await page.locator('input[name="rapi-lang"][value="id"]').check();
  await page.waitForFunction(() => document.documentElement.lang === 'id');
}

/** Everything exported, minus the time of export: what "identical" means. */
async function snapshot(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const file = await (globalThis as unknown as PageGlobals).rapiDrafts.service.exportAll();
    return JSON.stringify({ ...file, exportedAt: 0 });
  });
}

async function clickExport(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor semua data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^rapi-data-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync((await file.path())!, 'utf8');
}

async function importText(page: Page, text: string, name = 'rapi-data.json'): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('export and import in the browser', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let exported = '';
  let before = '';
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await openDrafts(browser);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await chooseIndonesian(page);
    // Three drafts with history, one of them carrying hostile text typed by a seller (or pasted from a page).
    await page.evaluate(async () => {
      const { service } = (globalThis as unknown as PageGlobals).rapiDrafts;
      const original = { marketplace: 'shopee' as const, title: 'KOPI GAYO MURAH!!!', price: 85000 };
      await service.openDraft('shopee:item:21448123549', { original });
      await service.saveDraft({ key: 'shopee:item:21448123549', listing: { ...original, title: 'Kopi Arabika Gayo 250 gr Biji Sangrai' }, baseRev: 1, editorId: 'seed' });
      await service.openDraft('tokopedia:item:toko/sambal-bawang', { original: { marketplace: 'tokopedia', title: 'sambal', description: 'enak' } });
      await service.openDraft('manual:xss', { listing: { marketplace: 'other', title: '<img src=x onerror="alert(1)">Tas Rajut</b>' } });
    });
  });
  afterAll(async () => browser?.close());

  it('lists the drafts, with hostile text shown as text', async () => {
    await page.reload();
    await page.locator('li.draft-item').nth(2).waitFor();
    expect(await page.locator('li.draft-item').count()).toBe(3);
    expect(await page.locator('li.draft-item[data-key="manual:xss"] .draft-title').textContent()).toBe('<img src=x onerror="alert(1)">Tas Rajut</b>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('exports everything to one file', async () => {
    await chooseIndonesian(page);
    before = await snapshot(page);
    exported = await clickExport(page);
    const file = JSON.parse(exported) as ExportFile;
    expect(file.format).toBe('rapi-export');
    expect(file.drafts.map((d) => d.key).sort()).toEqual(['manual:xss', 'shopee:item:21448123549', 'tokopedia:item:toko/sambal-bawang']);
    expect(file.revisions).toHaveLength(4);
    expect(file.preferences).toEqual({ lang: 'id' });
    expect(JSON.stringify({ ...file, exportedAt: 0 })).toBe(before);
    expect(await page.getByRole('status').first().textContent()).toMatch(/Data diekspor ke file rapi-data-/);
  });

  it('after a wipe, importing the file gives back identical data and settings', async () => {
    // Wipe: the database and the extension's local storage, as on a new computer.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('rapi');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
    await page.reload();
    await page.locator('.empty').waitFor();
    expect(await page.locator('li.draft-item').count()).toBe(0);

    await importText(page, exported);
    const status = page.locator('.notice');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/3 draf ditambahkan|3 drafts added/);
    await page.locator('li.draft-item').nth(2).waitFor();
    expect(await snapshot(page)).toBe(before);
    await page.waitForFunction(() => document.documentElement.lang === 'id'); // the language came back too
  });

  it.each([
    ['a truncated file', () => exported.slice(0, Math.floor(exported.length * 0.6)), /rusak atau terpotong/],
    ['another app\'s JSON', () => JSON.stringify({ users: [{ name: 'x' }] }), /bukan file ekspor Rapi/],
    ['a hostile file (a script URL as key, a prototype-polluting field)', () => exported.replace('"key":"manual:xss"', '"key":"javascript:alert(document.domain)","__proto__":{"isAdmin":true}'), /tidak sesuai format/],
    ['an image renamed to .json', () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /rusak atau terpotong/],
    // 4.7 KB that used to overflow the stack and leave the page on "Mengimpor…" until reload.
    ['a file nested 2,300 deep', () => `{"format":"rapi-export","version":1,"exportedAt":1,"drafts":[],"revisions":[],"preferences":{"lang":${'['.repeat(2300)}${']'.repeat(2300)}}}`, /terlalu dalam/],
  ])('%s changes nothing and gets a plain message', async (_name, make, message) => {
    await chooseIndonesian(page);
    const current = await snapshot(page);
    await importText(page, make());
    const alert = page.getByTestId('page-alert');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(message);
    expect(await alert.textContent()).toMatch(/Tidak ada yang diubah/);
    expect(await alert.isVisible()).toBe(true);
    // The page is ready for the next file: not stuck on "Mengimpor…".
    expect(await page.locator('input[type="file"]').isDisabled()).toBe(false);
    expect(await snapshot(page)).toBe(current);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).isAdmin)).toBeUndefined();
  });

  it('deletes with undo, from the keyboard', async () => {
    await page.reload();
    await chooseIndonesian(page);
    const item = page.locator('li.draft-item[data-key="tokopedia:item:toko/sambal-bawang"]');
    await item.waitFor();
    await item.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
    const undo = page.getByRole('button', { name: 'Batalkan' });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true); // focus moved to Undo
    await page.keyboard.press('Enter');
    await item.waitFor();
    expect(await page.locator('li.draft-item').count()).toBe(3);
  });

  it('searches and sorts', async () => {
    await page.getByLabel('Cari draf').fill('kopi gay');
    await expect.poll(() => page.locator('li.draft-item').count()).toBe(1);
    expect(await page.locator('li.draft-item').getAttribute('data-key')).toBe('shopee:item:21448123549');
    await page.getByLabel('Cari draf').fill('');
    await page.getByLabel('Urutkan').selectOption('score-high');
    // The list had 3 drafts before the sort changed too: wait for the order, not the count.
    const scoresShown = async () => (await page.locator('li.draft-item .score-change').allTextContents()).map((s) => Number(/(\d+)$/.exec(s)![1]));
    const highFirst = (scores: number[]) => scores.length === 3 && scores.every((score, i) => i === 0 || scores[i - 1]! >= score);
    await expect.poll(async () => highFirst(await scoresShown())).toBe(true);
    await page.getByLabel('Urutkan').selectOption('score-low');
    await expect.poll(async () => highFirst((await scoresShown()).reverse())).toBe(true);
  });

  it('has no serious accessibility problems on the list and in the editor', async () => {
    expect(await seriousA11yViolations(page)).toEqual([]);
    const editor = await openDrafts(browser, `#draft=${encodeURIComponent('shopee:item:21448123549')}`);
    await editor.locator('#edit-title').waitFor();
    await editor.locator('.revisions li').nth(1).waitFor();
    expect(await seriousA11yViolations(editor)).toEqual([]);
    await editor.close();
  });

  it('compares original and draft with the score before → after, and restores a revision', async () => {
    const editor = await openDrafts(browser, `#draft=${encodeURIComponent('shopee:item:21448123549')}`);
    await chooseIndonesian(editor);
    await editor.locator('#edit-title').waitFor();
    expect(await editor.getByTestId('score-change').textContent()).toMatch(/^Skor \d+ → \d+$/);
    const row = editor.locator('.compare tbody tr').first();
    expect(await row.locator('td').allTextContents()).toEqual(['KOPI GAYO MURAH!!!', 'Kopi Arabika Gayo 250 gr Biji Sangrai']);
    await editor.getByRole('button', { name: 'Pulihkan revisi 1' }).click();
    await expect.poll(() => editor.locator('#edit-title').inputValue()).toBe('KOPI GAYO MURAH!!!');
    await expect.poll(() => editor.locator('.revisions li').count()).toBe(3);
    expect(await editor.locator('.notice').textContent()).toMatch(/Revisi 1 dipulihkan/);
    await editor.close();
  });

  it('two tabs on one draft: the later save never overwrites, the seller chooses', async () => {
    const hash = `#draft=${encodeURIComponent('manual:xss')}`;
    const a = await openDrafts(browser, hash);
    const b = await openDrafts(browser, hash);
    for (const tab of [a, b]) {
      await chooseIndonesian(tab);
      await tab.locator('#edit-title').waitFor();
    }
    // A saves; B had nothing unsaved, so it shows A's text.
    await a.locator('#edit-title').fill('Tas Rajut Handmade');
    await expect.poll(() => b.locator('#edit-title').inputValue(), { timeout: 5000 }).toBe('Tas Rajut Handmade');

    // Both type at once: B's change waits for its autosave pause, A saves right away (A's page is being hidden).
    await b.locator('#edit-title').fill('Tas Rajut Handmade Coklat (dari tab B)');
    await a.locator('#edit-title').fill('Tas Rajut Handmade Krem (dari tab A)');
    await a.evaluate(() => (globalThis as unknown as { rapiDrafts: { model: { flush(): Promise<void> } } }).rapiDrafts.model.flush());

    const conflict = b.getByTestId('conflict');
    await conflict.waitFor({ timeout: 5000 });
    expect(await b.getByTestId('save-status').textContent()).toMatch(/juga diubah di jendela lain/);
    expect(await conflict.locator('[data-version="mine"] .version-title').textContent()).toBe('Tas Rajut Handmade Coklat (dari tab B)');
    expect(await conflict.locator('[data-version="theirs"] .version-title').textContent()).toBe('Tas Rajut Handmade Krem (dari tab A)');
    // Both versions are stored while the seller decides.
    const stored = await a.evaluate(async () => {
      const draft = await (globalThis as unknown as PageGlobals).rapiDrafts.service.findDraft('manual:xss');
      return [draft?.listing.title, draft?.conflicts.map((c) => c.listing.title)];
    });
    expect(stored).toEqual(['Tas Rajut Handmade Krem (dari tab A)', ['Tas Rajut Handmade Coklat (dari tab B)']]);
    // Tab A is told as well.
    await a.getByTestId('conflict').waitFor({ timeout: 5000 });

    await conflict.getByRole('button', { name: 'Pakai versi di sini' }).click();
    await conflict.waitFor({ state: 'detached' });
    await expect.poll(() => a.locator('#edit-title').inputValue(), { timeout: 5000 }).toBe('Tas Rajut Handmade Coklat (dari tab B)');
    await a.getByTestId('conflict').waitFor({ state: 'detached' });
    expect(await b.getByTestId('save-status').textContent()).toBe('Tersimpan');
    await a.close();
    await b.close();
  });
});
