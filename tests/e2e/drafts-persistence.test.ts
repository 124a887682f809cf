import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionUrl, launchWithExtension, reloadExtension, type ExtensionBrowser } from './harness';

/**
 * A draft survives everything a seller's browser goes through: the page closed, the browser quit and started
 * again with the same profile, the extension reloaded (as on an update). Real Chromium, real IndexedDB.
 */

const TITLE = 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium';
const DESCRIPTION = 'Kopi arabika dari dataran tinggi Gayo, Aceh.\nBerat bersih: 250 gr\nMasa simpan: 12 bulan';

async function openDrafts(browser: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, `drafts.html${hash}`));
  await page.locator('input[name="rapi-lang"][value="id"]').check();
  await page.waitForFunction(() => document.documentElement.lang === 'id');
  return page;
}

async function waitSaved(page: Page): Promise<void> {
  const status = page.getByTestId('save-status');
  await expect.poll(() => status.getAttribute('data-status'), { timeout: 5000 }).toBe('saved');
  expect(await status.textContent()).toBe('Tersimpan');
}

async function expectDraft(page: Page, title: string, description: string): Promise<void> {
  await expect.poll(() => page.locator('#edit-title').inputValue(), { timeout: 5000 }).toBe(title);
  expect(await page.locator('#edit-description').inputValue()).toBe(description);
}

describe('a draft is never lost', () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'rapi-drafts-profile-'));
  let browser: ExtensionBrowser | undefined;
  let key = '';
  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('saves as the seller types, showing "Menyimpan…" then "Tersimpan"', async () => {
    browser = await launchWithExtension({ userDataDir: profile });
    const page = await openDrafts(browser);
    await page.getByRole('button', { name: 'Draf baru' }).click();
    await page.locator('#edit-title').waitFor();
    key = decodeURIComponent(new URL(page.url()).hash.replace('#draft=', ''));
    expect(key).toMatch(/^manual:/);

    // Every text the status shows, in order: on a busy machine a save can finish between two checks.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { statusSeen: string[] }).statusSeen = seen;
      const note = () => {
        const text = document.querySelector('[data-testid="save-status"]')?.textContent ?? '';
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('#edit-title').pressSequentially(TITLE.slice(0, 10), { delay: 15 });
    await page.locator('#edit-title').pressSequentially(TITLE.slice(10), { delay: 15 });
    await page.locator('#edit-description').fill(DESCRIPTION);
    await waitSaved(page);
    // While typing, the status said it was saving, and then that it was saved.
    const seen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
    expect(seen.indexOf('Menyimpan…')).toBeGreaterThanOrEqual(0);
    expect(seen.lastIndexOf('Tersimpan')).toBeGreaterThan(seen.indexOf('Menyimpan…'));
    // The compare view scores the draft with the same checks as the panel.
    expect(await page.getByTestId('score-change').textContent()).toMatch(/^Skor \d+$/);
    await page.close();
  });

  it('is there after the page was closed and opened again, in the list and in the editor', async () => {
    const page = await openDrafts(browser!);
    const item = page.locator(`li.draft-item[data-key="${key}"]`);
    await item.waitFor();
    expect(await item.locator('.draft-title').textContent()).toBe(TITLE);
    await item.getByRole('link').click();
    await expectDraft(page, TITLE, DESCRIPTION);
    await page.close();
  });

  it('keeps text typed just before the page was closed, before the autosave pause (journal + save on pagehide)', async () => {
    const page = await openDrafts(browser!, `#draft=${encodeURIComponent(key)}`);
    await expectDraft(page, TITLE, DESCRIPTION);
    await page.locator('#edit-title').press('End');
    await page.locator('#edit-title').pressSequentially(' Aceh', { delay: 5 });
    await page.close({ runBeforeUnload: true });
    const again = await openDrafts(browser!, `#draft=${encodeURIComponent(key)}`);
    await expectDraft(again, `${TITLE} Aceh`, DESCRIPTION);
    await again.close();
  });

  it('is there after the browser quit and started again with the same profile', async () => {
    await browser!.close();
    browser = await launchWithExtension({ userDataDir: profile });
    const page = await openDrafts(browser, `#draft=${encodeURIComponent(key)}`);
    await expectDraft(page, `${TITLE} Aceh`, DESCRIPTION);
    // History came along: the first version (empty) and the saves since.
    const revisions = page.locator('.revisions li');
    expect(await revisions.count()).toBeGreaterThan(1);
    await page.close();
  });

  it('is there after the extension reloaded (as on an update)', async () => {
    const b = browser!;
    const open = await openDrafts(b, `#draft=${encodeURIComponent(key)}`);
    const closed = new Promise<void>((resolve) => open.once('close', () => resolve()));
    const worker = await reloadExtension(b);
    await closed; // the reload unloaded the extension: its pages closed with it
    expect(worker).not.toBe(b.serviceWorker);
    expect(new URL(worker.url()).host).toBe(b.extensionId);
    const page = await openDrafts(b, `#draft=${encodeURIComponent(key)}`);
    await expectDraft(page, `${TITLE} Aceh`, DESCRIPTION);
    await page.close();
  });
});
