import { describe, expect, it } from 'vitest';
import {
  isPhotoSource,
  parseHttpsUrl,
  safeHttpsHref,
  safeMarketplaceHref,
  safeResourceHref,
} from '../../../shared/feed/urls';
import { xssPayloads } from './helpers';

describe('safeHttpsHref', () => {
  it.each([
    ['https://toko.example/produk', 'https://toko.example/produk'],
    ['  https://toko.example/a b  ', 'https://toko.example/a%20b'],
    ['HTTPS://TOKO.EXAMPLE/', 'https://toko.example/'],
  ])('keeps https links, normalized: %s', (input, expected) => {
    expect(safeHttpsHref(input)).toBe(expected);
  });

  it.each([
    'http://toko.example/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' \u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//toko.example/',
    '/relative/path',
    'toko.example',
    '',
    'https://',
  ])('refuses %j', (input) => {
    expect(safeHttpsHref(input)).toBeUndefined();
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://a.example/']]) expect(parseHttpsUrl(value)).toBeUndefined();
  });
});

describe('safeMarketplaceHref: a buy button opens the marketplace it names', () => {
  it.each([
    ['shopee', 'https://shopee.co.id/toko', true],
    ['shopee', 'https://s.shopee.co.id/abc', true],
    ['shopee', 'https://shp.ee/abc', true],
    ['shopee', 'https://shopee.co.id.evil.example/', false],
    ['shopee', 'https://evilshopee.co.id/', false],
    ['shopee', 'https://evil.example/?u=https://shopee.co.id', false],
    ['shopee', 'http://shopee.co.id/toko', false],
    ['tokopedia', 'https://www.tokopedia.com/toko/produk', true],
    ['tokopedia', 'https://tokopedia.link/abc', true],
    ['tokopedia', 'https://tokopedia.com.evil.example/', false],
    ['instagram', 'https://www.instagram.com/toko', true],
    ['instagram', 'https://instagram.evil.example/', false],
  ] as const)('%s %s → %s', (kind, url, allowed) => {
    expect(safeMarketplaceHref(url, kind) !== undefined).toBe(allowed);
  });
});

describe('photo sources', () => {
  it('accepts https URLs and paths relative to the feed', () => {
    for (const src of ['https://img.example/a.jpg', 'foto/kopi.jpg', './foto/kopi.jpg', '/foto/kopi.jpg', '//cdn.example/a.jpg']) {
      expect(isPhotoSource(src), src).toBe(true);
    }
  });

  it('refuses other schemes however they are disguised', () => {
    for (const src of ['http://img.example/a.jpg', 'data:image/png;base64,AA', 'java\nscript:alert(1)', 'blob:https://a.example/x', 'file:///etc/passwd', ' ']) {
      expect(isPhotoSource(src), src).toBe(false);
    }
  });

  it('resolves against the feed and allows plain http only on the page own origin', () => {
    const page = 'http://localhost:8080';
    expect(safeResourceHref('foto/kopi.svg', 'http://localhost:8080/etalase.json', page)).toBe('http://localhost:8080/foto/kopi.svg');
    expect(safeResourceHref('foto/kopi.svg', 'https://cafe.example/data/etalase.json', 'https://cafe.example')).toBe(
      'https://cafe.example/data/foto/kopi.svg',
    );
    expect(safeResourceHref('http://other.example/a.jpg', 'http://localhost:8080/etalase.json', page)).toBeUndefined();
    expect(safeResourceHref('//other.example/a.jpg', 'http://localhost:8080/etalase.json', page)).toBeUndefined();
    expect(safeResourceHref('javascript:alert(1)', 'https://cafe.example/', 'https://cafe.example')).toBeUndefined();
  });

  it('lets a page opened from local files (the standalone etalase.html) show photos kept beside it, and no other page', () => {
    expect(safeResourceHref('foto/kopi.jpg', 'file:///sdcard/Download/etalase.html', 'null')).toBe('file:///sdcard/Download/foto/kopi.jpg');
    expect(safeResourceHref('file:///sdcard/foto/kopi.jpg', 'https://cafe.example/etalase.json', 'https://cafe.example')).toBeUndefined();
    expect(safeResourceHref('file:///sdcard/foto/kopi.jpg', 'http://localhost:8080/etalase.json', 'http://localhost:8080')).toBeUndefined();
  });
});

describe('the XSS corpus', () => {
  const payloads = xssPayloads();

  it('holds at least 100 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
  });

  it('never yields a link or image address that is not https (or the page own origin)', () => {
    for (const p of payloads) {
      for (const href of [
        safeHttpsHref(p),
        safeMarketplaceHref(p, 'shopee'),
        safeMarketplaceHref(p, 'tokopedia'),
        safeMarketplaceHref(p, 'instagram'),
        safeResourceHref(p, 'https://cafe.example/etalase.json', 'https://cafe.example'),
      ]) {
        if (href !== undefined) // The URL parser percent-encodes spaces, quotes and angle brackets; the widget sets hrefs as attributes, never as markup.
          expect(href, p).toMatch(/^https:\/\/[^\s"<>]+$/);
      }
    }
  });
});
