/**
 * Widget speed and size (issue 6): first render of 50 cards after the feed arrives, in Chromium, measured with
 * performance marks inside the page (target ≤ 50 ms); the same for a 5,000-item feed; with those 5,000 items shown,
 * "Lihat lebih banyak", a search keystroke and a category switch (each until layout is done); and the gzipped size.
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

    /** Clicks and keystrokes on a widget holding 5,000 items: main-thread time until layout is done. */
    const interactions = async (text: string) => {
      await page.evaluate((feedText) => {
        const el = document.createElement('rapi-etalase');
        el.id = 'interactive';
        el.setAttribute('max', '24');
        const data = document.createElement('script');
        data.type = 'application/json';
        data.textContent = feedText;
        el.append(data);
        document.body.append(el);
      }, text);
      const act = (action: string) =>
        page.evaluate((a) => {
          const root = document.querySelector('#interactive')!.shadowRoot!;
          const start = performance.now();
          if (a === 'more') (root.querySelector('.more-btn') as HTMLButtonElement).click();
          else if (a.startsWith('chip:')) ([...root.querySelectorAll('.chip')].find((b) => b.textContent === a.slice(5)) as HTMLButtonElement).click();
          else {
            const input = root.querySelector('.search') as HTMLInputElement;
            input.value = a.slice(7);
            input.dispatchEvent(new Event('input'));
          }
          root.querySelector('.root')!.getBoundingClientRect();
          void document.body.offsetHeight;
          return performance.now() - start;
        }, action);
      const more: number[] = [];
      for (let i = 0; i < 20; i++) more.push(await act('more'));
      const search: number[] = [];
      const query = 'kopi arabika batch 7';
      for (let i = 1; i <= query.length; i++) search.push(await act(`search:${query.slice(0, i)}`));
      await act('search:');
      const chips: number[] = [];
      for (const chip of ['Kopi', 'Camilan', 'Batik & Kain', 'Semua', 'Gula Aren', 'Semua']) chips.push(await act(`chip:${chip}`));
      await page.evaluate(() => document.querySelector('#interactive')!.remove());
      return { more, search, chips };
    };

    const fifty = JSON.stringify(generateFeed(50));
    const big = JSON.stringify(generateFeed(5000));
    const size = measure(readFileSync(WIDGET));
    const big5000 = await interactions(big);
    const interaction = (name: string, times: number[], input: string): BenchFigure => ({
      name,
      median: median(times),
      unit: 'ms',
      input: `${input}; max ${Math.max(...times).toFixed(1)} ms`,
      runs: times.length,
      target: '≤ 50 (max ≤ 200)',
    });
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
      interaction('widget: "Lihat lebih banyak" with 5,000 items (24 more cards)', big5000.more, '20 clicks, 24 → 504 cards shown, until layout is done'),
      interaction('widget: search keystroke with 5,000 items', big5000.search, '"kopi arabika batch 7" letter by letter, 504 cards open at the start'),
      interaction('widget: category switch with 5,000 items', big5000.chips, 'Kopi, Camilan, Batik & Kain, Semua, Gula Aren, Semua'),
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
