/**
 * Rapi's own pages at phone width (360 px), and at 390 and 1280 px: the side panel, Draf saya, Etalase saya (list,
 * one showcase, the three print views), Sesi pelatihan (list, session, reports). With realistic long Indonesian
 * product names, nothing is wider than the screen, no word is broken mid-word ("Arabik/a"), tables are stacked
 * cards on a phone, and axe finds nothing serious. Screenshots: test-results/phone-<page>-<width>.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportFile } from '../../shared/export/schema';
import { chooseLanguage, openPanel, screenshot, seriousA11yViolations, serveMarketplaces } from './extension-helpers';
import { extensionUrl, launchWithExtension, type ExtensionBrowser } from './harness';
import { longNamesExport, LONG } from './phone-width-data';

const TOKOPEDIA = { file: 'pages/tokopedia_pdp_enterelectronic_lg-oled-48c4.html', url: 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4' };
const WIDTHS = [360, 390, 1280];

/** What is wrong with the layout: the page wider than the screen, words split across lines, tables as tables. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth) problems.push(`page ${document.documentElement.scrollWidth} px wide on a ${innerWidth} px screen`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('textarea, script, style, [hidden], .visually-hidden, .sr') || !parent.getClientRects().length) continue;
      // Words of letters and digits (not addresses or codes with / and .), short enough to fit any line.
      for (const match of node.textContent!.matchAll(/(?<![^\s]*\/[^\s]*)[\p{L}\p{N}]{4,24}(?![^\s]*\/)/gu)) {
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        // Lines cut off by a two-line clamp are not seen: only what shows counts.
        const clip = parent.closest('.name, .item-name, [style*="line-clamp"]')?.getBoundingClientRect();
        const shown = [...range.getClientRects()].filter((r) => r.width > 0 && (!clip || r.bottom <= clip.bottom + 1));
        const tops = new Set(shown.map((r) => Math.round(r.top)));
        if (tops.size > 1) problems.push(`"${match[0]}" broken across lines in <${parent.tagName.toLowerCase()} class="${parent.className}">`);
      }
    }
    if (innerWidth < 500) {
      for (const table of document.querySelectorAll('table')) {
        if (table.getClientRects().length && getComputedStyle(table).display === 'table') problems.push(`a table (${table.className}) is not stacked`);
      }
    }
    return problems.slice(0, 10);
  });
}

describe('Rapi pages at phone width', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await serveMarketplaces(browser.context, [TOKOPEDIA]);
    // One Rapi data file with drafts, a showcase and a coaching session, all with long names, imported as a seller would.
    page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, 'drafts.html'));
    await chooseLanguage(page, 'id');
    const file = ExportFile.parse(longNamesExport());
    await page.locator('input[type="file"]').setInputFiles({ name: 'rapi-data.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.waitForSelector('.draft-title', { timeout: 20_000 });
  });
  afterAll(async () => browser?.close());

  async function check(name: string, url: string, ready: string) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 500 ? 800 : 900 });
      await page.goto(url);
      await page.waitForSelector(ready, { timeout: 20_000 });
      await page.waitForTimeout(150);
      expect(await layoutProblems(page), `${name} at ${width} px`).toEqual([]);
      await screenshot(page, `phone-${name}-${width}`);
      expect(await seriousA11yViolations(page), `${name} at ${width} px`).toEqual([]);
    }
  }

  it('Draf saya: the list and one draft', async () => {
    await check('drafts-list', extensionUrl(browser, 'drafts.html'), '.draft-title');
    await check('drafts-draft', extensionUrl(browser, `drafts.html#draft=${encodeURIComponent(LONG.draftKey)}`), '.draft-editor, [data-testid="draft-editor"], textarea');
  });

  it('Etalase saya: the list, the showcase and its three print views', async () => {
    await check('showcase-list', extensionUrl(browser, 'etalase.html#/'), '.showcase-list');
    await check('showcase-editor', extensionUrl(browser, `etalase.html#/s/${LONG.showcaseId}`), '.item-name');
    for (const layout of ['cards4', 'cards8', 'poster']) {
      await check(`showcase-print-${layout}`, extensionUrl(browser, `etalase.html#/print/${LONG.showcaseId}/${layout}/buy`), '[data-testid="print-card"]');
    }
  });

  it('Sesi pelatihan: the list, the session, and the reports', async () => {
    await check('coaching-list', extensionUrl(browser, 'pelatihan.html'), '.session-name');
    await check('coaching-session', extensionUrl(browser, `pelatihan.html#sesi=${LONG.sessionId}`), '.participant');
    await check('coaching-report-participant', extensionUrl(browser, `pelatihan.html#sesi=${LONG.sessionId}&laporan=${LONG.participantId}`), '.report-sheet');
    await check('coaching-report-session', extensionUrl(browser, `pelatihan.html#sesi=${LONG.sessionId}&laporan=sesi`), '.report-sheet');
  });

  it('the side panel on a product with a long title', async () => {
    const shop = await browser.context.newPage();
    await shop.goto(TOKOPEDIA.url);
    const panel = await openPanel(browser, shop);
    await expect.poll(() => panel.getByTestId('score').getAttribute('data-score'), { timeout: 20_000 }).not.toBeNull();
    page = panel;
    await check('sidepanel', panel.url(), '[data-testid="score"]');
    await shop.close();
  });
});
