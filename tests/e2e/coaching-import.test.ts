import writeXlsxFile from 'write-excel-file/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, seriousA11yViolations } from './extension-helpers';
import { extensionUrl, launchWithExtension, type ExtensionBrowser } from './harness';

/**
 * A real trainer's file is bigger than a test template: a shop's Shopee mass-update sheet with a thousand products.
 * Its XML parts pass 512 KB, where the xlsx reader's unzipper would move to a blob: worker that the extension's CSP
 * forbids; the import must still read every row.
 */

const DESCRIPTION =
  'Keripik singkong balado pedas manis, digoreng dengan minyak baru setiap hari di dapur kami di Bukittinggi. ' +
  'Berat bersih 250 gr per bungkus, tahan 3 bulan di wadah tertutup, halal MUI, P-IRT 2071234010123-26. ' +
  'Isi paket: 1 bungkus keripik. Cocok untuk oleh-oleh dan camilan keluarga. ';

/** A workbook and how many characters of text it holds (its shared-strings part is at least that many bytes). */
async function bigWorkbook(products: number): Promise<{ bytes: Buffer; textLength: number }> {
  const cell = (value: string | number) => ({ value });
  const rows = [['Nama Produk', 'Deskripsi Produk', 'Harga', 'Berat'].map(cell)];
  let textLength = 0;
  for (let i = 1; i <= products; i++) {
    const title = `Keripik Singkong Balado Varian ${i} 250 gr`;
    const description = `${DESCRIPTION.repeat(5)}Kode ${i}.`;
    textLength += title.length + description.length;
    rows.push([cell(title), cell(description), cell(15_000 + i), cell(260)]);
  }
  return { bytes: await writeXlsxFile(rows, { sheet: 'Produk' }).toBuffer(), textLength };
}

const HOSTILE = '<img src=x onerror="alert(1)">Ibu Rina';

describe('spreadsheet import of a big workbook in the extension page', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const dialogs: string[] = [];
  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(extensionUrl(browser, 'pelatihan.html'));
    await chooseLanguage(page, 'id');
  });
  afterAll(async () => browser?.close());

  it('reads 450 products from a workbook whose text part is over 512 KB', async () => {
    await page.getByLabel('Nama sesi').fill('Pelatihan besar');
    await page.getByRole('button', { name: 'Buat sesi' }).click();
    await page.locator('#session-title').waitFor();
    // A name pasted from somewhere hostile: it must stay text everywhere it is shown.
    await page.getByLabel('Nama penjual').fill(HOSTILE);
    await page.getByRole('button', { name: 'Tambah peserta' }).click();
    const rina = page.locator('section.participant');
    await rina.waitFor();
    await rina.getByText('Impor spreadsheet (CSV atau Excel)').click();
    const { bytes, textLength } = await bigWorkbook(450);
    expect(textLength).toBeGreaterThan(600 * 1024);
    await rina.locator('input[type="file"]').setInputFiles({ name: 'besar.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    await expect.poll(() => rina.locator('.import-outcome').textContent(), { timeout: 30_000 }).toMatch(/besar\.xlsx/);
    expect(await rina.locator('.import-outcome').textContent()).toBe('besar.xlsx: 450 produk ditambahkan.');
    expect(await rina.locator('table.listings tbody tr').count()).toBe(450);
    expect(await rina.locator('table.listings tbody tr').last().locator('td').first().textContent()).toContain('besar.xlsx, baris 451');
    expect(await rina.locator('h3').first().textContent()).toBe(HOSTILE);
    expect(await page.getByTestId('progress-chart').locator('desc').textContent()).toContain(HOSTILE);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('deletes a session from the list by keyboard, and undoes it', async () => {
    await page.getByRole('button', { name: '← Semua sesi' }).click();
    const item = page.locator('li.session-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Hapus sesi "Pelatihan besar"' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => item.count()).toBe(0);
    await expect.poll(() => page.getByTestId('page-notice').textContent()).toBe('Sesi "Pelatihan besar" dihapus.');
    await page.getByRole('button', { name: 'Batalkan hapus' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('.meta').textContent()).toContain('1 peserta · 450 produk');
  });
});
