import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseHtml } from '../../../cli/extract';
import { isPageReady } from '../../../shared/marketplaces/index';
import {
  fixtureText,
  loadDoc,
  parseDoc,
  SHOPEE_ID,
  SHOPEE_LOGIN_WALL,
  SHOPEE_PRODUCT_SHELL,
  SHOPEE_SEARCH_SHELL,
  SHOPEE_SELLER_NEW,
  TIKTOK_SELLER_EDIT,
  TOKOPEDIA_PDP,
  TOKOPEDIA_SELLER_ADD,
} from './helpers';

describe('extractFromHtml (Node entry for `rapi extract`)', () => {
  it('reads a saved page exactly like the content script would', () => {
    const result = extractFromHtml(fixtureText(TOKOPEDIA_PDP.file), TOKOPEDIA_PDP.url);
    expect(result.listing.title).toMatch(/^LG OLED 48C4PSA/);
    expect(result.listing.price).toBe(13_299_000);
    expect(result.problems).toEqual([]);
  });

  it('never runs the page’s scripts', () => {
    const html = `<html><head><title>Asli</title>
      <script>document.title = 'dijalankan'; window.__ran = true;</script></head>
      <body><img src="x" onerror="document.title='onerror'"><h1>Judul</h1><div aria-live="polite">Rp25.000</div></body></html>`;
    const window = parseHtml(html, 'https://shopee.co.id/Judul-i.1.2');
    expect(window.document.title).toBe('Asli');
    expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined();
    const result = extractFromHtml(html, 'https://shopee.co.id/Judul-i.1.2');
    expect(result.listing.title).toBe('Judul');
  });

  it('keeps markup in page text as text', () => {
    const html = `<html><body><div id="sll2-normal-pdp-main"><section><h1>&lt;script&gt;alert(1)&lt;/script&gt; Kopi</h1><section aria-live="polite">Rp25.000</section></section></div></body></html>`;
    expect(extractFromHtml(html, 'https://shopee.co.id/Kopi-i.1.2').listing.title).toBe('<script>alert(1)</script> Kopi');
  });

  it('answers for any URL, even one that is not a URL', () => {
    for (const url of ['', 'not a url', 'file:///tmp/page.html', 'https://example.com/']) {
      const result = extractFromHtml('<h1>x</h1>', url);
      expect(result.page).toEqual({ site: 'other', kind: 'other' });
      expect(result.problems[0]!.en).toContain('not a product page');
    }
  });
});

describe('isPageReady: when the content script may read', () => {
  it.each([
    [SHOPEE_ID, true],
    [SHOPEE_LOGIN_WALL, true],
    [SHOPEE_PRODUCT_SHELL, false], // Shopee has not rendered yet: wait
    [TOKOPEDIA_PDP, true],
    [SHOPEE_SELLER_NEW, true],
    [TOKOPEDIA_SELLER_ADD, true],
    [TIKTOK_SELLER_EDIT, true],
    [SHOPEE_SEARCH_SHELL, true], // not read at all: nothing to wait for
  ])('$file → $1', (page, ready) => {
    expect(isPageReady(loadDoc(page.file, page.url), page.url)).toBe(ready);
  });

  it('waits on Shopee until the product heading has its price (the heading renders first)', () => {
    const url = 'https://shopee.co.id/Kopi-i.1.2';
    const headingOnly = parseDoc('<html><body><div id="sll2-normal-pdp-main"><section><h1>Kopi</h1><section aria-live="polite"></section></section></div></body></html>', url);
    expect(isPageReady(headingOnly, url)).toBe(false);
    headingOnly.querySelector('[aria-live]')!.textContent = 'Rp45.000';
    expect(isPageReady(headingOnly, url)).toBe(true);
  });

  it('waits for a seller form that has not been built yet', () => {
    const empty = parseDoc('<html><body><div id="app"></div></body></html>', SHOPEE_SELLER_NEW.url);
    expect(isPageReady(empty, SHOPEE_SELLER_NEW.url)).toBe(false);
    expect(isPageReady(empty, TIKTOK_SELLER_EDIT.url)).toBe(false);
  });
});
