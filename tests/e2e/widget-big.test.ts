/**
 * 5,000 items: every click and keystroke does its job. How long each takes is a figure of `npm run bench`
 * (bench/widget.bench.ts), not a pass mark here: timings on a loaded CI machine say little.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateFeed } from '../fixtures/feeds/generate';
import { startRig, waitForWidget, type WidgetRig } from './widget-helpers';

const W = 'rapi-etalase#big';
const ITEMS = 5000;

/** Runs `action` in the page and returns the main-thread time until layout is done, in ms. */
async function timed(page: Page, action: string): Promise<number> {
  return page.evaluate(
    ([sel, act]) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      const start = performance.now();
      if (act === 'more') (root.querySelector('.more-btn') as HTMLButtonElement).click();
      else if (act.startsWith('chip:')) {
        const label = act.slice(5);
        ([...root.querySelectorAll('.chip')].find((b) => b.textContent === label) as HTMLButtonElement).click();
      } else {
        const input = root.querySelector('.search') as HTMLInputElement;
        input.value = act.slice(7);
        input.dispatchEvent(new Event('input'));
      }
      root.querySelector('.root')!.getBoundingClientRect();
      void document.body.offsetHeight;
      return performance.now() - start;
    },
    [W, action] as const,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe(`widget: ${ITEMS.toLocaleString('en')} items stay smooth`, () => {
  let rig: WidgetRig;
  let page: Page;
  const body = JSON.stringify(generateFeed(ITEMS));

  beforeAll(async () => {
    rig = await startRig();
    page = await rig.browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.route('**/big.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.route('**/big.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="id"><head><script src="/widget/rapi-etalase.js" defer></script></head><body><rapi-etalase id="big" feed="big.json" max="24"></rapi-etalase></body></html>',
      }),
    );
    await page.goto(`${rig.server.origin}/big.html`);
    await waitForWidget(page, W);
  });
  afterAll(async () => rig?.close());

  it('loads all of them and shows the first page', async () => {
    await expect(page.locator(`${W} .count`).textContent()).resolves.toBe('5.000 produk');
    expect(await page.locator(`${W} .card`).count()).toBe(24);
  });

  it('"Lihat lebih banyak" twenty times: each click adds 24 cards', async () => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) times.push(await timed(page, 'more'));
    expect(await page.locator(`${W} .card`).count()).toBe(24 * 21);
    console.log(`show more: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  });

  it('typing a search, letter by letter, with 500 cards open', async () => {
    const times: number[] = [];
    const query = 'kopi arabika batch 7';
    for (let i = 1; i <= query.length; i++) times.push(await timed(page, `search:${query.slice(0, i)}`));
    await expect(page.locator(`${W} .count`).textContent()).resolves.toMatch(/^\d+ produk$/);
    expect(await page.locator(`${W} .card .name`).first().textContent()).toContain('Kopi Arabika');
    console.log(`search keystroke: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
    await timed(page, 'search:');
  });

  it('switching categories', async () => {
    const times: number[] = [];
    for (const chip of ['Kopi', 'Camilan', 'Batik & Kain', 'Semua', 'Gula Aren', 'Semua']) times.push(await timed(page, `chip:${chip}`));
    await expect(page.locator(`${W} .count`).textContent()).resolves.toBe('5.000 produk');
    console.log(`category: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  });

  it(`parses and first renders a ${ITEMS.toLocaleString('en')}-item feed given inline`, async () => {
    const shown = await page.evaluate((text) => {
      const el = document.createElement('rapi-etalase');
      el.setAttribute('max', '24');
      const data = document.createElement('script');
      data.type = 'application/json';
      data.textContent = text;
      el.append(data);
      document.body.append(el);
      const root = el.shadowRoot!;
      const result = { cards: root.querySelectorAll('.card').length, count: root.querySelector('.count')?.textContent };
      el.remove();
      return result;
    }, body);
    // Rendered in the same task as it was added: no network, no waiting.
    expect(shown).toEqual({ cards: 24, count: '5.000 produk' });
  });
});
