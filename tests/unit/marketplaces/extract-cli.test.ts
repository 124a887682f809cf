import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseHtml } from '../../../cli/extract';
import { fixtureText, TOKOPEDIA_PDP } from './helpers';

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
      <body><img src="x" onerror="document.title='onerror'"><h1>Judul</h1></body></html>`;
    const window = parseHtml(html, 'https://shopee.co.id/Judul-i.1.2');
    expect(window.document.title).toBe('Asli');
    expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined();
    const result = extractFromHtml(html, 'https://shopee.co.id/Judul-i.1.2');
    expect(result.listing.title).toBe('Judul');
  });

  it('keeps markup in page text as text', () => {
    const html = `<html><body><div id="sll2-normal-pdp-main"><section><h1>&lt;script&gt;alert(1)&lt;/script&gt; Kopi</h1></section></div></body></html>`;
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
