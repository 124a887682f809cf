import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../cli/extract';
import { extractListing } from '../shared/marketplaces/index';
import { median, timeRuns, type Bench, type BenchFigure } from './lib';

/**
 * Extraction time on the real Tokopedia product page (the budget: ≤ 20 ms). Measured twice: the
 * extraction alone on an already parsed document (what the content script pays: the browser has parsed the page),
 * and parse + extraction with happy-dom (what `rapi extract` pays in Node).
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const PAGE = path.join(ROOT, 'tests/fixtures/pages/tokopedia_pdp_enterelectronic_lg-oled-48c4.html');
const URL = 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4psa-oled-evo-4k-smart-tv-48-inch-120hz-dolby-vision-atmos-lg-48c4-oled48c4-oled48c4psa';
const RUNS = 15;
/** A page with no product at a product address, where the reader also works out why (the 1 MB category page). */
const NOT_A_PRODUCT = path.join(ROOT, 'tests/fixtures/pages/tokopedia_category_handphone_2021-12.html');
const NOT_A_PRODUCT_URL = 'https://www.tokopedia.com/somestore/handphone-murah';

const bench: Bench = async () => {
  const html = readFileSync(PAGE, 'utf8');
  const input = `tokopedia_pdp_enterelectronic_lg-oled-48c4.html (${Math.round(html.length / 1024)} KB, real page), 1 core`;
  const windows = Array.from({ length: RUNS + 1 }, () => parseHtml(html, URL));
  let next = 0;
  // A fresh document each run, so no run profits from another's work.
  const extractOnly = await timeRuns(() => {
    const result = extractListing(windows[next++]!.document as unknown as Document, URL);
    if (!result.listing.title) throw new Error('bench page was not read');
  }, RUNS);
  const withParse = await timeRuns(() => {
    const window = parseHtml(html, URL);
    extractListing(window.document as unknown as Document, URL);
    void window.happyDOM.close();
  }, RUNS);
  for (const window of windows) void window.happyDOM.close();
  // Its page-type meta removed, so the reader must look at the page itself to say "many products".
  const categoryHtml = readFileSync(NOT_A_PRODUCT, 'utf8').replace(/<meta[^>]*name="page-type"[^>]*>/, '');
  const categoryWindows = Array.from({ length: RUNS + 1 }, () => parseHtml(categoryHtml, NOT_A_PRODUCT_URL));
  let nextCategory = 0;
  const notRead = await timeRuns(() => {
    const result = extractListing(categoryWindows[nextCategory++]!.document as unknown as Document, NOT_A_PRODUCT_URL);
    if (result.notRead?.reason !== 'many-products') throw new Error('the category page was not recognised');
  }, RUNS);
  for (const window of categoryWindows) void window.happyDOM.close();
  const figures: BenchFigure[] = [
    {
      name: 'extract: no product at a product address (why not read), extraction only',
      median: median(notRead),
      unit: 'ms',
      input: `tokopedia_category_handphone_2021-12.html without its page-type meta (${Math.round(categoryHtml.length / 1024)} KB, real page), 1 core`,
      runs: RUNS,
    },
    { name: 'extract: Tokopedia product page, extraction only (DOM already parsed)', median: median(extractOnly), unit: 'ms', input, runs: RUNS, target: '≤ 20 ms' },
    { name: 'extract: Tokopedia product page, happy-dom parse + extraction (CLI)', median: median(withParse), unit: 'ms', input, runs: RUNS },
  ];
  return figures;
};

export default bench;
