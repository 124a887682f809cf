import { describe, expect, it } from 'vitest';
import { PHOTO_LIMITS } from '../../../../extension/photos/limits';
import { loadPhoto } from '../../../../extension/photos/load';
import { PhotoProblem } from '../../../../shared/photos/problems';
import { PHOTO_HOSTS, foreignPhotoHost, isMarketplacePhotoUrl, photoCspSources } from '../../../../shared/marketplaces/photo-hosts';

/** Photo addresses as the saved pages and API JSON carry them (tests/fixtures/pages, shared adapters' output). */
const REAL = [
  'https://down-id.img.susercontent.com/file/id-11134207-7r98o-lz1cover0001',
  'https://down-sg.img.susercontent.com/file/sg-11134201-22090-3f29yybttqhva3',
  'https://images.tokopedia.net/img/cache/700/VqbcmM/2025/1/10/seblak-pedas-1.jpg',
  'https://p16-images-sign-sg.tokopedia-static.net/tos-alisg-i-aphluv4xwc-sg/img/VqbcmM/2024/7/4/33f23dc9.jpg~tplv-aphluv4xwc-resize-jpeg:200:0.webp?lk3s=0ccea506',
  'https://p19-images-sign-sg.tokopedia-static.net/tos-alisg-i-aphluv4xwc-sg/img/VqbcmM/2024/7/4/74e93c11.jpg',
];

const FOREIGN = [
  'http://down-id.img.susercontent.com/file/a', // not https
  'https://tracker.evil.example/pixel.jpg',
  'https://down-id.img.susercontent.com.evil.example/file/a',
  'https://evil-tokopedia-static.net/a.jpg',
  'https://img.susercontent.com/file/a',
  'https://down-cvs-sg.vod.susercontent.com/api/v4/video.mp4', // Shopee's video CDN, not photos
  'https://user:pw@images.tokopedia.net/img/a.jpg',
  'https://images.tokopedia.net:8443/img/a.jpg',
  'https://127.0.0.1/a.jpg',
  'https://192.168.1.1/a.jpg',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'not a url',
];

describe('the photo host allow-list', () => {
  it.each(REAL)('accepts the marketplaces’ photo CDN: %s', (src) => expect(isMarketplacePhotoUrl(src)).toBe(true));
  it.each(FOREIGN)('refuses %s', (src) => expect(isMarketplacePhotoUrl(src)).toBe(false));

  it('gives the CSP sources from the same list: self, blob:, data: and https:// on each host', () => {
    expect(photoCspSources()).toBe(`'self' blob: data: ${PHOTO_HOSTS.map((h) => `https://${h}`).join(' ')}`);
    expect(photoCspSources()).toContain('https://*.tokopedia-static.net');
    expect(photoCspSources()).not.toMatch(/https:\/\/\*\.susercontent\.com/);
  });
});

describe('loadPhoto and foreign hosts', () => {
  it.each(FOREIGN.filter((src) => /^https?:/.test(src)))('never fetches %s, and says what to do instead', async (src) => {
    const asked: string[] = [];
    const fetchSpy = (async (input: RequestInfo | URL) => {
      asked.push(String(input));
      return new Response(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]));
    }) as typeof fetch;
    const error = await loadPhoto({ kind: 'url', src }, PHOTO_LIMITS, { fetch: fetchSpy }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(asked).toEqual([]);
    expect(error).toBeInstanceOf(PhotoProblem);
    expect((error as PhotoProblem).text).toEqual(foreignPhotoHost(src));
    expect((error as PhotoProblem).text.id).toMatch(/tarik filenya ke kotak foto/);
  });

  it('still downloads from the CDNs', async () => {
    const got = await loadPhoto({ kind: 'url', src: REAL[3]! }, PHOTO_LIMITS, {
      fetch: (async () => new Response(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]))) as typeof fetch,
    });
    expect(got.bytes.byteLength).toBe(6);
  });
});
