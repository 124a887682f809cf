import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShowcaseFeed } from '../../shared/feed/schema';
import { parseFeedText } from '../../shared/feed/parse';
import { extensionUrl, launchWithExtension, type ExtensionBrowser } from './harness';
import { chooseLanguage, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';
import { demoSiteWith, openShowcasePage, widgetCardLinks, widgetCardNames } from './showcase-helpers';
import { requireWidgetBuild, waitForWidget } from './widget-helpers';

const SHOPEE = {
  file: 'pages/rapi_shopee_id_pdp_rendered.html',
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123',
};
const NAME = 'Kopi Arabika Gayo 250 gr Biji Sangrai Medium Roast';
const SHOWCASE = 'Produk lokal pilihan Kedai Kopi Kuru';

describe('curation: from a checked listing to a working widget', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    requireWidgetBuild();
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [SHOPEE]);
  });
  afterAll(async () => browser?.close());

  it('adds the product page to a new showcase from the side panel, exports the feed, and the widget demo shows the card', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHOPEE.url);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'id');
    await expect.poll(() => panel.getByTestId('score').getAttribute('data-score'), { timeout: 20_000 }).not.toBeNull();

    await panel.getByRole('button', { name: 'Tambah ke etalase' }).click();
    const summary = panel.getByTestId('showcase-summary');
    await expect.poll(() => summary.textContent()).toContain(NAME);
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Rp45.000');
    expect(text).toContain('Kopi Takengon Official · Kab. Aceh Tengah');
    expect(text).toContain(SHOPEE.url);
    // No showcase yet: a new one, named by the curator.
    expect(await panel.locator('#showcase-target').inputValue()).toBe('__new__');
    await panel.getByLabel('Nama etalase baru').fill(SHOWCASE);
    expect(await panel.locator('#showcase-category').inputValue()).toBe('Kopi');
    await panel.getByLabel('Cerita singkat').fill('Arabika petik merah dari Takengon, kami seduh setiap pagi.');

    // A wrong number is caught in the field, in plain words; nothing is saved.
    await panel.getByLabel('Nomor WhatsApp penjual').fill('12345');
    await panel.getByRole('button', { name: 'Simpan ke etalase' }).click();
    await expect.poll(() => panel.locator('#showcase-waNumber-error').textContent()).toBe('Nomor WhatsApp tidak valid. Contoh: 0812-3456-7890.');
    expect(await panel.getByLabel('Nomor WhatsApp penjual').getAttribute('aria-invalid')).toBe('true');
    await panel.getByLabel('Nomor WhatsApp penjual').fill('0812-3456-7890');
    await screenshot(panel, 'showcase-panel-add');
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Simpan ke etalase' }).click();
    await expect.poll(() => panel.getByTestId('showcase-saved').textContent()).toContain(`Tersimpan di etalase "${SHOWCASE}".`);
    const href = await panel.getByRole('link', { name: 'Buka Etalase saya' }).getAttribute('href');
    expect(href).toMatch(/^\.\/etalase\.html#\/s\/.+/);

    // "Etalase saya": the item, and the real widget's preview of it.
    const etalase = await openShowcasePage(browser, href!.replace('./etalase.html', ''));
    await expect.poll(() => etalase.getByTestId('showcase-title').textContent()).toBe(SHOWCASE);
    await expect.poll(() => etalase.locator('.item-name').allTextContents()).toEqual([NAME]);
    await waitForWidget(etalase, '[data-testid="preview"] rapi-etalase');
    expect(await widgetCardNames(etalase, '[data-testid="preview"] rapi-etalase')).toEqual([NAME]);

    // The feed file: valid for the shared schema, with what the panel read and the curator added.
    const download = etalase.waitForEvent('download');
    await etalase.getByRole('button', { name: 'Unduh feed (.json)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('etalase-produk-lokal-pilihan-kedai-kopi-kuru.json');
    const feedText = readFileSync((await file.path())!, 'utf8');
    const strict = ShowcaseFeed.safeParse(JSON.parse(feedText));
    expect(strict.error).toBeUndefined();
    const parsed = parseFeedText(feedText);
    expect(parsed.ok && parsed.skipped).toEqual([]);
    expect(strict.data?.title).toBe(SHOWCASE);
    expect(strict.data?.items).toEqual([
      {
        id: 'kopi-arabika-gayo-250-gr-biji-sangrai-medium-roast',
        name: NAME,
        price: { idr: 45000 },
        photo: { src: 'https://down-id.img.susercontent.com/file/id-11134207-7r98o-lz1cover0001' },
        seller: { name: 'Kopi Takengon Official', city: 'Kab. Aceh Tengah' },
        category: 'Kopi',
        blurb: 'Arabika petik merah dari Takengon, kami seduh setiap pagi.',
        links: { shopee: SHOPEE.url, whatsapp: { number: '0812-3456-7890' } },
      },
    ]);

    // The café's page: the demo site with this feed as its etalase.json, and a page with the copied inline snippet.
    await etalase.getByLabel(/Versi hosting/).check();
    await etalase.getByLabel('Alamat rapi-etalase.js').fill('/widget/rapi-etalase.js');
    const snippet = await etalase.getByTestId('snippet').inputValue();
    expect(snippet.startsWith('<script src="/widget/rapi-etalase.js" defer></script>\n<rapi-etalase>\n  <script type="application/json">')).toBe(true);
    const site = await demoSiteWith({
      'etalase.json': feedText,
      'tempel.html': `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Tempel</title></head><body>\n${snippet}</body></html>`,
    });
    try {
      const cafe = await browser.context.newPage();
      await cafe.goto(`${site.origin}/`);
      await waitForWidget(cafe);
      expect(await widgetCardNames(cafe)).toEqual([NAME]);
      const waText = `Halo, saya mau pesan ${NAME} (Rp45.000) yang saya lihat di etalase ${SHOWCASE}. Apakah masih tersedia?`;
      // Button text, then where it goes (the widget adds the product name and "(tab baru)" for screen readers).
      expect((await widgetCardLinks(cafe, NAME)).map(([label, to]) => [label.split(':')[0], to])).toEqual([
        ['Beli di Shopee', SHOPEE.url],
        ['Pesan via WhatsApp', `https://wa.me/6281234567890?text=${encodeURIComponent(waText)}`],
      ]);
      await screenshot(cafe, 'showcase-demo-with-exported-feed');

      await cafe.goto(`${site.origin}/tempel.html`);
      await waitForWidget(cafe);
      expect(await widgetCardNames(cafe)).toEqual([NAME]);
      await cafe.close();
    } finally {
      await site.close();
    }
    await etalase.close();
    await panel.close();
    await page.close();
  });

  it('warns under the score threshold but still adds; English throughout', async () => {
    const page = await browser.context.newPage();
    await page.goto(SHOPEE.url);
    const panel = await openPanel(browser, page);
    await chooseLanguage(panel, 'en');
    await panel.getByRole('button', { name: 'Enter manually' }).click();
    // A listing the checks mark down hard: shouting title, a phone number in the description.
    await panel.locator('#title-input').fill('KOPI MURAH!!! PROMO');
    await panel.locator('#field-description').fill('wa 08123456789');
    await expect.poll(async () => Number(await panel.getByTestId('score').getAttribute('data-score'))).toBeLessThan(60);
    const score = Number(await panel.getByTestId('score').getAttribute('data-score'));
    await panel.getByRole('button', { name: 'Add to showcase' }).click();
    await expect.poll(() => panel.getByTestId('showcase-warning').textContent()).toBe(
      `This listing scores ${score} of 100, below 60. Buyers from the showcase will open this listing, so fix it first if you can. You can still add it.`,
    );
    // The showcase made in the first test is offered first.
    await expect.poll(() => panel.locator('#showcase-target option:checked').textContent()).toBe(`${SHOWCASE} (1 product)`);
    await panel.getByRole('button', { name: 'Save to showcase' }).click();
    await expect.poll(() => panel.getByTestId('showcase-saved').textContent()).toContain(`Saved to the showcase "${SHOWCASE}".`);

    const etalase = await openShowcasePage(browser);
    await chooseLanguage(etalase, 'en');
    await etalase.getByRole('link', { name: SHOWCASE }).click();
    await expect.poll(() => etalase.locator('.item-name').allTextContents()).toEqual([NAME, 'KOPI MURAH!!! PROMO']);
    expect(await seriousA11yViolations(etalase)).toEqual([]);
    await screenshot(etalase, 'showcase-page-en');
    await etalase.close();
    await panel.close();
    await page.close();
  });

  it('adds a draft from "Etalase saya", badges found by the checks included', async () => {
    const drafts = await browser.context.newPage();
    await drafts.goto(extensionUrl(browser, 'drafts.html'));
    await drafts.waitForFunction(() => 'rapiDrafts' in globalThis);
    const title = 'Sambal Roa Manado 150 gr Pedas';
    await drafts.evaluate(async (t) => {
      const { rapiDrafts } = globalThis as unknown as { rapiDrafts: { service: { openDraft(key: string, init: object): Promise<unknown> } } };
      await rapiDrafts.service.openDraft('manual:sambal-roa', {
        listing: { marketplace: 'other', title: t, price: 38000, shopName: 'Dapur Oma', description: 'Sudah bersertifikat halal. P-IRT No. 2063273010123-25.' },
      });
    }, title);
    await drafts.close();

    const etalase = await openShowcasePage(browser);
    await chooseLanguage(etalase, 'id');
    await etalase.getByRole('link', { name: SHOWCASE }).click();
    await etalase.getByLabel('Produk yang Anda simpan di Draf saya.').selectOption('manual:sambal-roa');
    await etalase.getByRole('button', { name: 'Tambahkan', exact: true }).click();
    await expect.poll(() => etalase.getByTestId('notice').textContent()).toBe(`${title} ditambahkan.`);
    await expect.poll(() => etalase.locator('.item-name').allTextContents()).toEqual([NAME, 'KOPI MURAH!!! PROMO', title]);
    await expect
      .poll(() => etalase.evaluate(() => document.querySelector('[data-testid="preview"] rapi-etalase')?.shadowRoot?.textContent ?? ''))
      .toContain('HalalP-IRT');
    await etalase.close();
  });
});
