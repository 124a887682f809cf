/**
 * The feed grows (version 1 gained `stock`) without breaking anyone, in both directions:
 * - a café that never updated its rapi-etalase.js (the build kept in tests/fixtures/widget) shows every product of
 *   a feed written today, out-of-stock items included;
 * - today's widget shows feeds written before `stock` existed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { demoFeed, startRig, waitForWidget, type WidgetRig } from './widget-helpers';

const OLD_WIDGET = readFileSync(path.join(ROOT, 'tests/fixtures/widget/rapi-etalase-ce395c5.js'), 'utf8');
const OLD_FEED = readFileSync(path.join(ROOT, 'tests/fixtures/showcase/kedai-kuru.json'), 'utf8');

describe('widget: old and new feeds, old and new widgets', () => {
  let rig: WidgetRig;
  const feed = demoFeed() as { items: { name: string; stock?: string }[] };

  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => rig?.close());

  async function show(script: string, feedAttr: string) {
    const page = await rig.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.route('**/old/rapi-etalase.js', (route) => route.fulfill({ contentType: 'text/javascript', body: OLD_WIDGET }));
    await page.route('**/old-feed.json', (route) => route.fulfill({ contentType: 'application/json', body: OLD_FEED }));
    await page.route('**/compat.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="id"><head><script src="${script}" defer></script></head><body><rapi-etalase id="w" feed="${feedAttr}" max="100"></rapi-etalase></body></html>`,
      }),
    );
    await page.goto(`${rig.server.origin}/compat.html`);
    await waitForWidget(page, '#w');
    return { page, warnings };
  }

  it('today’s feed has an item out of stock (the case old widgets never saw)', () => {
    expect(feed.items.some((i) => i.stock === 'out')).toBe(true);
  });

  it('an old widget shows every product of today’s feed and skips none', async () => {
    const { page, warnings } = await show('/old/rapi-etalase.js', 'etalase.json');
    await expect(page.locator('#w .count').textContent()).resolves.toBe(`${feed.items.length} produk`);
    expect(await page.locator('#w .card').count()).toBe(feed.items.length);
    expect(warnings.filter((w) => w.includes('dilewati'))).toEqual([]);
    // It knows nothing of stock: the card simply has its old buttons.
    await expect(page.locator('#w .card', { hasText: 'Gula Aren Cair 500 ml' }).locator('a.shopee').count()).resolves.toBe(1);
    await page.close();
  });

  it('today’s widget shows a feed written before stock existed', async () => {
    const old = JSON.parse(OLD_FEED) as { items: object[] };
    expect(OLD_FEED).not.toContain('"stock"');
    const { page, warnings } = await show('/widget/rapi-etalase.js', 'old-feed.json');
    expect(await page.locator('#w .card').count()).toBe(old.items.length);
    expect(await page.locator('#w .stock').count()).toBe(0);
    expect(warnings.filter((w) => w.includes('dilewati'))).toEqual([]);
    await page.close();
  });
});
