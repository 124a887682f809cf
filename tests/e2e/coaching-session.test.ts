import Papa from 'papaparse';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkListing } from '../../shared/checks';
import { importSpreadsheet } from '../../extension/coaching/sheet-import';
import { createListingEditor } from '../../shared/ui/listing-editor';
import { shopeeTemplate } from '../fixtures/xlsx/templates';
import { chooseLanguage, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';
import { ARTIFACTS, extensionUrl, launchWithExtension, type ExtensionBrowser } from './harness';

/**
 * A trainer's session from start to printed report, in Chromium with the built extension: two participants, one
 * listing from a routed Shopee product page through the side panel's "Tambah ke sesi", three from Shopee's bulk-upload
 * spreadsheet; a listing fixed in the session; before → after on the dashboard, in the CSV, and in the printed PDF.
 */

const SHOPEE = {
  file: 'pages/rapi_shopee_id_pdp_rendered.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123',
};

/** The fix the seller makes together with the trainer: a real title and a description that says what buyers ask. */
const FIX = {
  title: 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast',
  description:
    'Kopi Arabika Gayo asli dari Aceh Tengah, disangrai medium.\n- Berat bersih 250 gr biji utuh\n- Masa simpan 6 bulan sejak sangrai\n- Halal MUI, P-IRT 2071234010123-26\nIsi paket: 1 bungkus kopi 250 gr dengan katup udara.',
};

/** PDF pages, counted from the page objects Chromium writes. */
function pdfPages(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('a coaching session in the extension', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const xlsx: { name: string; buffer: Buffer } = { name: 'toko-budi-shopee.xlsx', buffer: Buffer.alloc(0) };
  // What Node computes for the spreadsheet rows and for the fixed listing: the page must show the same numbers.
  let rows: Awaited<ReturnType<typeof expectedRows>>;

  async function expectedRows() {
    const read = await importSpreadsheet(new Blob([new Uint8Array(xlsx.buffer)]), { fileName: xlsx.name });
    if (!read.ok) throw new Error(read.problem.en);
    const kopi = read.rows.find((r) => r.listing.title === 'KOPI GAYO MURAH!!!')!.listing;
    const editor = createListingEditor();
    editor.load({ key: 'x', listing: kopi, fields: {}, problems: [], loginWall: false });
    editor.edit('title', FIX.title);
    editor.edit('description', FIX.description);
    return { read, kopiStart: checkListing(kopi).score, kopiNow: checkListing(editor.listing.peek()).score };
  }

  beforeAll(async () => {
    xlsx.buffer = await shopeeTemplate();
    rows = await expectedRows();
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [SHOPEE]);
    page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, 'pelatihan.html'));
    await chooseLanguage(page, 'id');
  });
  afterAll(async () => browser?.close());

  it('creates a session with two participants, all from the keyboard-reachable forms', async () => {
    await page.getByLabel('Nama sesi').fill('Pelatihan UMKM Kopi Bandung');
    await page.getByLabel('Tanggal').fill('2026-05-14');
    await page.getByLabel(/^Tempat/).fill('Kafe Kopi Aroma, Bandung');
    await page.getByLabel(/^Pelatih/).fill('Rina');
    await page.getByRole('button', { name: 'Buat sesi' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Pelatihan UMKM Kopi Bandung');
    expect(page.url()).toMatch(/#sesi=/);

    const add = page.locator('form.participant-form').last();
    await add.getByLabel('Nama penjual').fill('Ibu Sari');
    await add.getByLabel(/^Nama toko/).fill('Kopi Sari');
    await add.getByLabel(/^Nomor WhatsApp/).fill('bukan nomor');
    await add.getByRole('button', { name: 'Tambah peserta' }).click();
    // A number it cannot read: said next to the field, the field focused, nothing added.
    await expect.poll(() => add.locator('.field-problem').textContent()).toMatch(/Nomor WhatsApp tidak terbaca/);
    await expect.poll(() => add.getByLabel(/^Nomor WhatsApp/).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('section.participant').count()).toBe(0);
    await add.getByLabel(/^Nomor WhatsApp/).fill('0812-3456-7890');
    await add.getByLabel(/^Nomor WhatsApp/).press('Enter');
    await page.locator('section.participant').first().waitFor();
    await add.getByLabel('Nama penjual').fill('Pak Budi');
    await add.getByLabel(/^Nama toko/).fill('Kopi Budi');
    await add.getByRole('button', { name: 'Tambah peserta' }).click();
    await expect.poll(() => page.locator('section.participant h3').allTextContents()).toEqual(['Ibu Sari · Kopi Sari', 'Pak Budi · Kopi Budi']);
    expect(await page.locator('section.participant').first().textContent()).toContain('WhatsApp +6281234567890');
  });

  it('imports Pak Budi\'s Shopee spreadsheet offline: good rows added with their start scores, bad rows named', async () => {
    await browser.context.setOffline(true);
    const budi = page.locator('section.participant').nth(1);
    await budi.getByText('Impor spreadsheet (CSV atau Excel)').click();
    await budi.locator('input[type="file"]').setInputFiles({ name: xlsx.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx.buffer });
    const outcome = budi.locator('.import-outcome');
    await expect.poll(() => outcome.textContent(), { timeout: 10_000 }).toContain('toko-budi-shopee.xlsx: 3 produk ditambahkan.');
    const text = await outcome.textContent();
    expect(text).toContain('2 baris tidak bisa dibaca:');
    expect(text).toContain('Baris 9: Judul produk kosong.');
    expect(text).toContain('Baris 10: Harga "tiga puluh ribu" tidak terbaca.');
    expect(text).toContain('Kolom yang tidak dipakai Rapi: Catatan Internal.');
    const titles = await budi.locator('table.listings th[scope="row"]').allTextContents();
    expect(titles).toEqual(rows.read.rows.map((r) => r.listing.title));
    const scores = await budi.locator('table.listings .score-change').evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-start')), Number(e.getAttribute('data-now'))]));
    expect(scores).toEqual(rows.read.rows.map((r) => [checkListing(r.listing).score, checkListing(r.listing).score]));
    await browser.context.setOffline(false);
  });

  it('adds Ibu Sari\'s product from the Shopee page with the side panel\'s "Tambah ke sesi"; the session page updates by itself', async () => {
    const shop = await browser.context.newPage();
    await shop.goto(SHOPEE.url);
    await shop.locator('rapi-badge button').waitFor({ timeout: 15_000 });
    const panel = await openPanel(browser, shop);
    await chooseLanguage(panel, 'id');
    await panel.getByTestId('score').waitFor();
    await panel.getByRole('button', { name: 'Tambah ke sesi' }).click();
    await panel.getByLabel('Sesi', { exact: true }).waitFor();
    expect(await panel.getByLabel('Sesi', { exact: true }).locator('option:checked').textContent()).toBe('Pelatihan UMKM Kopi Bandung (2026-05-14)');
    // No participant chosen yet: the panel asks for one rather than guessing.
    await panel.getByRole('button', { name: 'Tambahkan' }).click();
    await expect.poll(() => panel.locator('.session-add .field-error').textContent()).toBe('Pilih pesertanya dulu.');
    await panel.getByLabel('Peserta', { exact: true }).selectOption({ label: 'Ibu Sari (Kopi Sari)' });
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Tambahkan' }).click();
    await expect.poll(() => panel.getByTestId('session-added').textContent()).toMatch(/^"Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast" ditambahkan untuk Ibu Sari di sesi "Pelatihan UMKM Kopi Bandung"/);
    const panelScore = Number(await panel.getByTestId('score').getAttribute('data-score'));
    await screenshot(panel, 'coaching-panel-added');

    const sari = page.locator('section.participant').first();
    await expect.poll(() => sari.locator('table.listings th[scope="row"]').allTextContents(), { timeout: 10_000 }).toEqual(['Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast']);
    expect(await sari.locator('.score-change').getAttribute('data-start')).toBe(String(panelScore));
    expect(await sari.locator('td').first().textContent()).toBe('halaman produk');

    // Adding it again updates "now" and keeps one entry.
    await panel.getByRole('button', { name: 'Tambah ke sesi' }).click();
    await panel.getByLabel('Peserta', { exact: true }).selectOption({ label: 'Ibu Sari (Kopi Sari)' });
    await panel.getByRole('button', { name: 'Perbarui skor sekarang' }).click();
    await expect.poll(() => panel.getByTestId('session-added').textContent()).toMatch(/^Skor sekarang .* untuk Ibu Sari diperbarui/);
    expect(await sari.locator('table.listings tbody tr').count()).toBe(1);
    await panel.close();
    await shop.close();
  });

  it('fixes a listing with the seller: the score goes up live, autosaves, and the start stays', async () => {
    expect(rows.kopiNow).toBeGreaterThan(rows.kopiStart + 20);
    const budi = page.locator('section.participant').nth(1);
    await budi.getByRole('button', { name: 'Perbaiki "KOPI GAYO MURAH!!!"' }).click();
    await page.locator('#fix-title').waitFor();
    // Focus moves once the page has rendered (a frame later on a busy machine).
    await expect.poll(() => page.locator('h1').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByTestId('live-score').textContent()).toBe(`Skor awal ${rows.kopiStart} → sekarang ${rows.kopiStart}`);
    await page.getByLabel('Judul produk').fill(FIX.title);
    await page.getByLabel('Deskripsi').fill(FIX.description);
    await expect.poll(() => page.getByTestId('live-score').textContent()).toBe(`Skor awal ${rows.kopiStart} → sekarang ${rows.kopiNow}`);
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    expect(await page.getByTestId('save-status').textContent()).toBe('Tersimpan');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'coaching-fix-listing');
    await page.getByRole('button', { name: '← Kembali ke sesi' }).click();
    await page.locator('#session-title').waitFor();
  });

  it('shows before → after on the dashboard, with the room\'s common problems and a chart with its numbers', async () => {
    const dashboard = page.getByTestId('dashboard');
    const row = dashboard.locator('tr', { hasText: FIX.title }).filter({ hasText: 'Pak Budi' });
    await expect.poll(() => row.locator('td.now').textContent()).toBe(String(rows.kopiNow));
    expect(await row.locator('td.start').textContent()).toBe(String(rows.kopiStart));
    expect(await row.locator('td.change').textContent()).toBe(`+${rows.kopiNow - rows.kopiStart}`);
    expect(await dashboard.locator('tbody tr').count()).toBe(4);
    const chart = page.getByTestId('progress-chart');
    expect(await chart.locator('svg').getAttribute('role')).toBe('img');
    const description = await chart.locator('desc').textContent();
    expect(description).toMatch(/Ibu Sari: awal \d+, sekarang \d+; Pak Budi: awal \d+, sekarang \d+/);
    const problems = await page.getByTestId('room-problems').locator('li').count();
    expect(problems).toBeGreaterThan(0);
    expect(problems).toBeLessThanOrEqual(5);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'coaching-dashboard');
  });

  it('exports the session as CSV with the scores at the start and now', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('pelatihan-umkm-kopi-bandung-2026-05-14.csv');
    const text = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '');
    const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(data).toHaveLength(4);
    const kopi = data.find((r) => r.judul_produk === FIX.title && r.peserta === 'Pak Budi')!;
    expect([kopi.skor_awal, kopi.skor_sekarang, kopi.asal]).toEqual([String(rows.kopiStart), String(rows.kopiNow), 'toko-budi-shopee.xlsx, baris 8']);
    expect(kopi.sudah_diperbaiki).toContain('Judul HURUF BESAR semua');
  });

  it('prints Pak Budi\'s report in Bahasa Indonesia on at most two A4 pages, with before → after', async () => {
    await chooseLanguage(page, 'en'); // the trainer's screen in English; the seller's report stays Indonesian
    await page.getByRole('button', { name: 'Report for Pak Budi' }).click();
    const sheet = page.locator('article.participant-report');
    await sheet.waitFor();
    expect(await sheet.getAttribute('lang')).toBe('id');
    const kopi = sheet.locator('section.report-listing', { hasText: FIX.title });
    // The spreadsheet's photos were never checked: both scores are "sementara", and the report says which part waits.
    expect(await kopi.locator('.report-score').textContent()).toBe(
      `Skor sebelum → sesudah: ${rows.kopiStart} (sementara) → ${rows.kopiNow} (sementara) (naik ${rows.kopiNow - rows.kopiStart} poin)`,
    );
    expect(await kopi.getByTestId('report-provisional').textContent()).toMatch(/^Skor sementara: (.+, )?foto( dan .+)? belum dinilai\.$/);
    expect(await kopi.locator('ul.fixed li').allTextContents()).toContain('Judul HURUF BESAR semua');
    const toDo = await kopi.locator('ol.to-do li').count();
    expect(toDo).toBeGreaterThan(0);
    expect(toDo).toBeLessThanOrEqual(3);
    // The fixed title needs nothing; the batik shirt's gets "Judul usulan" beside "Judul sekarang", its blank marked.
    expect(await kopi.getByTestId('report-titles').count()).toBe(0);
    const batik = sheet.locator('section.report-listing', { hasText: 'Kemeja Batik' });
    expect(await batik.locator('.title-now').textContent()).toBe('Kemeja Batik Pria Lengan Panjang Motif Parang');
    expect(await batik.getByTestId('report-suggested-title').textContent()).toMatch(/^Kemeja Batik Pria Lengan Panjang Motif Parang .*\[ukuran yang tersedia\]/);
    expect(await batik.locator('.title-suggested mark').allTextContents()).toEqual(['[ukuran yang tersedia]']);
    expect(await seriousA11yViolations(page)).toEqual([]);

    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: path.join(ARTIFACTS, 'coaching-report-pak-budi.pdf') });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    // What print shows: the report only (no page header, buttons or language switch).
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await kopi.isVisible()).toBe(true);
    await screenshot(page, 'coaching-report-pak-budi-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints the whole session\'s report, and every participant\'s with each one on its own pages', async () => {
    await page.getByRole('button', { name: '← Back to the session' }).click();
    await page.getByRole('button', { name: 'Session report' }).click();
    const sheet = page.locator('article.session-report');
    await sheet.waitFor();
    expect(await sheet.getByTestId('report-average').textContent()).toMatch(/^Rata-rata skor produk: \d+ → \d+$/);
    expect(await sheet.getByTestId('report-provisional-footnote').textContent()).toMatch(/^Skor sementara: ada bagian yang belum dinilai/);
    expect(await sheet.locator('table.all-listings td[data-provisional="true"]').count()).toBeGreaterThan(0);
    expect(await sheet.locator('figure desc').textContent()).toMatch(/^Ibu Sari: awal/); // Indonesian inside the report
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: path.join(ARTIFACTS, 'coaching-report-session.pdf') });
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);

    await page.getByRole('button', { name: '← Back to the session' }).click();
    await page.getByRole('button', { name: 'Every participant\'s report' }).click();
    await expect.poll(() => page.locator('article.participant-report').count()).toBe(2);
    const all = await page.pdf({ format: 'A4', printBackground: true, path: path.join(ARTIFACTS, 'coaching-report-everyone.pdf') });
    // Each participant starts a new page.
    expect(pdfPages(all)).toBeGreaterThanOrEqual(2);
    await chooseLanguage(page, 'id');
  });

  it('keeps the session after a reload, and a bad spreadsheet changes nothing', async () => {
    await page.goto(extensionUrl(browser, 'pelatihan.html'));
    const item = page.locator('li.session-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('.meta').textContent()).toContain('2 peserta · 4 produk');
    await item.getByRole('link').click();
    const sari = page.locator('section.participant').first();
    await sari.getByText('Impor spreadsheet (CSV atau Excel)').click();
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('<script>alert(1)</script> bukan excel')]);
    page.on('dialog', () => {
      throw new Error('a dialog opened');
    });
    await sari.locator('input[type="file"]').setInputFiles({ name: 'rusak.xlsx', mimeType: 'application/octet-stream', buffer: broken });
    await expect.poll(() => sari.locator('.import-outcome').textContent()).toContain('rusak.xlsx: File Excel ini rusak atau bukan .xlsx.');
    expect(await sari.locator('table.listings tbody tr').count()).toBe(1);
    writeFileSync(path.join(ARTIFACTS, 'coaching-note.txt'), 'PDFs: coaching-report-*.pdf (page.pdf in headless Chromium)\n');
  });
});
