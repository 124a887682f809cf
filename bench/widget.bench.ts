/**
 * Widget speed and size (issue 6): first render of 50 cards after the feed arrives, in Chromium, measured with
 * performance marks inside the page (target ≤ 50 ms); the same for a 5,000-item feed; and the gzipped size.
 * Needs the built widget (npm run build:widget) and Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { generateFeed } from '../tests/fixtures/feeds/generate';
import { startServer } from '../scripts/serve';
import { measure, WIDGET, WIDGET_BUDGET_GZIP } from '../scripts/size';
import { median, type Bench, type BenchFigure } from './lib';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 9;

const bench: Bench = async () => {
  if (!existsSync(WIDGET)) throw new Error('Widget belum dibangun / not built: run "npm run build:widget" first.');
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.route('**/bench.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="id"><head><script src="/widget/rapi-etalase.js"></script></head><body></body></html>' }),
    );
    await page.goto(`${server.origin}/bench.html`);

    /** One run: the feed text is in hand ("arrived"); parse, validate, build and lay out the cards. */
    const firstRender = (text: string, max: number) =>
      page.evaluate(
        ([feedText, pageSize]) => {
          performance.clearMarks();
          performance.mark('rapi:feed-arrived');
          const el = document.createElement('rapi-etalase');
          el.setAttribute('max', String(pageSize));
          const data = document.createElement('script');
          data.type = 'application/json';
          data.textContent = feedText;
          el.append(data);
          document.body.append(el);
          const cards = el.shadowRoot!.querySelectorAll('.card');
          cards[cards.length - 1]!.getBoundingClientRect(); // layout done
          performance.mark('rapi:cards-rendered');
          const ms = performance.measure('rapi:first-render', 'rapi:feed-arrived', 'rapi:cards-rendered').duration;
          el.remove();
          return { ms, cards: cards.length };
        },
        [text, max] as const,
      );

    const run = async (text: string, max: number) => {
      await firstRender(text, max); // warm-up: JIT and font loading
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const { ms, cards } = await firstRender(text, max);
        if (cards !== Math.min(max, JSON.parse(text).items.length)) throw new Error(`rendered ${cards} cards`);
        times.push(ms);
      }
      return median(times);
    };

    const fifty = JSON.stringify(generateFeed(50));
    const big = JSON.stringify(generateFeed(5000));
    const size = measure(readFileSync(WIDGET));
    const figures: BenchFigure[] = [
      {
        name: 'widget: first render of 50 cards after the feed arrives',
        median: await run(fifty, 50),
        unit: 'ms',
        input: `50-item feed (${(fifty.length / 1000).toFixed(0)} KB JSON, demo products), parse + validate + cards + layout, Chromium headless, performance marks in page`,
        runs: RUNS,
        target: '≤ 50',
      },
      {
        name: 'widget: 5,000-item feed, parse + first page of 24 cards',
        median: await run(big, 24),
        unit: 'ms',
        input: `5,000-item feed (${(big.length / 1e6).toFixed(1)} MB JSON), Chromium headless`,
        runs: RUNS,
      },
      {
        name: 'widget: rapi-etalase.js gzipped',
        median: size.gzip / 1000,
        unit: 'KB',
        input: `.output/widget/rapi-etalase.js, ${(size.raw / 1000).toFixed(1)} KB raw, ${(size.brotli / 1000).toFixed(2)} KB brotli`,
        runs: 1,
        target: `≤ ${WIDGET_BUDGET_GZIP / 1000}`,
      },
    ];
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
};

export default bench;
