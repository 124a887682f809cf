import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { median, type Bench, type BenchFigure } from './lib';

/**
 * The content scripts' cost to a marketplace page: their gzipped size in the Chrome build (budget 25 KB each),
 * and the extraction's time in real Chromium on the real Tokopedia product page (budget 20 ms): the page is
 * loaded as the browser loads it, and the same adapter code the content script bundles runs inside it.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const BUILT = path.join(ROOT, '.output/chrome-mv3/content-scripts');
const PAGE = path.join(ROOT, 'tests/fixtures/pages/tokopedia_pdp_enterelectronic_lg-oled-48c4.html');
const URL = 'https://www.tokopedia.com/enterelectronic/lg-oled-48c4psa-oled-evo-4k-smart-tv-48-inch-120hz-dolby-vision-atmos-lg-48c4-oled48c4-oled48c4psa';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 25;

function sizes(): BenchFigure[] {
  if (!existsSync(BUILT)) throw new Error(`No Chrome build at ${BUILT}. Run "npm run build" first.`);
  return readdirSync(BUILT)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(BUILT, file));
      return {
        name: `content script ${file}: gzipped size`,
        median: gzipSync(bytes, { level: 9 }).length / 1024,
        unit: 'KB',
        input: `.output/chrome-mv3/content-scripts/${file} (${(bytes.length / 1024).toFixed(1)} KB minified)`,
        runs: 1,
        target: '≤ 25 KB',
      };
    });
}

/** The adapters as one script that puts `extractListing` on window, built the way Vite builds the extension. */
async function extractionBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(ROOT, 'shared/marketplaces/index.ts'), formats: ['iife'], name: 'RapiAdapters' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((o) => o.type === 'chunk');
    if (chunk && 'code' in chunk) return chunk.code;
  }
  throw new Error('the adapter bundle was not built');
}

async function extractionInChromium(): Promise<BenchFigure> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium`);
  const html = readFileSync(PAGE, 'utf8');
  const code = await extractionBundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    await page.route('https://www.tokopedia.com/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.route('**/*', (route) => (route.request().url().startsWith('https://www.tokopedia.com/') ? route.fallback() : route.abort()));
    await page.goto(URL, { waitUntil: 'domcontentloaded' });
    await page.evaluate(code);
    const times = await page.evaluate(
      ({ url, runs }) => {
        const { extractListing } = (window as unknown as { RapiAdapters: { extractListing(d: Document, u: string): { listing: { title: string } } } }).RapiAdapters;
        if (!extractListing(document, url).listing.title) throw new Error('bench page was not read');
        const out: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          extractListing(document, url);
          out.push(performance.now() - start);
        }
        return out;
      },
      { url: URL, runs: RUNS },
    );
    return {
      name: 'content script: extraction on the Tokopedia product page in Chromium',
      median: median(times),
      unit: 'ms',
      input: `tokopedia_pdp_enterelectronic_lg-oled-48c4.html (${Math.round(html.length / 1024)} KB, real page), headless Chromium, after 1 warm-up`,
      runs: RUNS,
      target: '≤ 20 ms',
    };
  } finally {
    await browser.close();
  }
}

const bench: Bench = async () => [...sizes(), await extractionInChromium()];

export default bench;
