import { describe, expect, it } from 'vitest';
import { PHOTO_LIMITS, type PhotoLimits } from '../../../../extension/photos/limits';
import { loadPhoto } from '../../../../extension/photos/load';
import { PhotoProblem } from '../../../../shared/photos/problems';

const SRC = 'https://down-id.img.susercontent.com/file/id-11134207-7r98o-lz1cover0001';
const limits: PhotoLimits = { ...PHOTO_LIMITS, fetchTimeoutMs: 300, maxBytes: 1000 };
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

/** A fetch that answers from a function, as the browser's would, honouring the abort signal. */
function fakeFetch(answer: (url: string, init?: RequestInit) => Response | Promise<Response>): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal?.aborted) throw init.signal.reason;
    return answer(String(input), init);
  }) as typeof fetch;
}

/** A body sent in chunks, with no content-length: the loader must count as it reads. */
function chunked(chunks: Uint8Array[], hang = false): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else if (!hang) controller.close();
    },
  });
}

async function problemOf(promise: Promise<unknown>): Promise<PhotoProblem> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PhotoProblem);
  return error as PhotoProblem;
}

describe('loading a photo in the panel (loadPhoto)', () => {
  it('reads a photo from the CDN; it is the marketplace’s copy, not the seller’s file', async () => {
    let init: RequestInit | undefined;
    const fetch = fakeFetch((_url, i) => {
      init = i;
      return new Response(jpeg, { headers: { 'content-type': 'image/jpeg' } });
    });
    const loaded = await loadPhoto({ kind: 'url', src: SRC }, limits, { fetch });
    expect([...loaded.bytes]).toEqual([...jpeg]);
    expect(loaded.sellerFile).toBe(false);
    // Nothing of the seller's goes to the CDN.
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('says "not found" for a 404 and "refused" for other errors, in both languages, with the address', async () => {
    const notFound = await problemOf(loadPhoto({ kind: 'url', src: SRC }, limits, { fetch: fakeFetch(() => new Response('no', { status: 404 })) }));
    expect(notFound.text.id).toBe(`Foto tidak ditemukan di alamat ini (404): ${SRC}.`);
    expect(notFound.text.en).toBe(`No photo at this address (404): ${SRC}.`);
    const refused = await problemOf(loadPhoto({ kind: 'url', src: SRC }, limits, { fetch: fakeFetch(() => new Response('no', { status: 503 })) }));
    expect(refused.text.en).toContain('refused the request (503)');
  });

  it('says the connection failed when the CDN cannot be reached (offline)', async () => {
    const fetch = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const problem = await problemOf(loadPhoto({ kind: 'url', src: SRC }, limits, { fetch }));
    expect(problem.text.id).toContain('periksa koneksi internet');
  });

  it('gives up on a server that never answers, and on a body that stalls, after the time limit', async () => {
    const never = fakeFetch((_url, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason))));
    const start = performance.now();
    const silent = await problemOf(loadPhoto({ kind: 'url', src: SRC }, limits, { fetch: never }));
    expect(silent.text.en).toMatch(/took too long to download \(over 0 seconds\)/);
    expect(performance.now() - start).toBeLessThan(2000);

    // Headers come at once, then the body stops after its first bytes.
    const stalls = fakeFetch(() => new Response(chunked([jpeg], true)));
    const stalled = await problemOf(loadPhoto({ kind: 'url', src: SRC }, limits, { fetch: stalls }));
    expect(stalled.text.en).toMatch(/took too long to download/);
  });

  it('refuses a declared size over the limit without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(100));
      },
    });
    const fetch = fakeFetch(() => new Response(body, { headers: { 'content-length': String(30 * 1024 * 1024) } }));
    const problem = await problemOf(loadPhoto({ kind: 'url', src: SRC }, limits, { fetch }));
    expect(problem.text.id).toBe('Foto terlalu besar untuk diperiksa: 30 MB (batas 1 KB). Perkecil foto dulu.');
    expect(problem.known.bytes).toBe(30 * 1024 * 1024);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a body that grows past the limit although no size was declared', async () => {
    const fetch = fakeFetch(() => new Response(chunked([new Uint8Array(600), new Uint8Array(600), new Uint8Array(600)])));
    const problem = await problemOf(loadPhoto({ kind: 'url', src: SRC }, limits, { fetch }));
    expect(problem.text.en).toMatch(/^The photo is too large to check: over 1 KB/);
  });

  it('says an empty file is empty', async () => {
    const problem = await problemOf(loadPhoto({ kind: 'url', src: SRC }, limits, { fetch: fakeFetch(() => new Response(new Uint8Array(0))) }));
    expect(problem.text.en).toBe('The photo file is empty (0 bytes).');
  });

  it('reads a data: preview from a seller form as the seller’s own file', async () => {
    const src = `data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}`;
    const loaded = await loadPhoto({ kind: 'url', src }, limits);
    expect([...loaded.bytes]).toEqual([...jpeg]);
    expect(loaded.sellerFile).toBe(true);
  });

  it('explains that a blob: preview made by the marketplace’s page cannot be opened, and reads its own', async () => {
    const origin = 'chrome-extension://abcdef';
    const pageBlob = 'blob:https://seller.shopee.co.id/4f6c2c1e-7f3a-4a7e-9d3c-0d2d1a1b2c3d';
    const problem = await problemOf(loadPhoto({ kind: 'url', src: pageBlob }, limits, { origin }));
    expect(problem.text.id).toContain('Tarik file foto yang sama');
    const own = `blob:${origin}/1234`;
    const loaded = await loadPhoto({ kind: 'url', src: own }, limits, { origin, fetch: fakeFetch(() => new Response(jpeg)) });
    expect(loaded.sellerFile).toBe(true);
  });

  it('asks the marketplace tab for a photo just chosen in its form, within the limits', async () => {
    const pageBlob = 'blob:https://seller.shopee.co.id/4f6c2c1e';
    const dataUrl = `data:application/octet-stream;base64,${Buffer.from(jpeg).toString('base64')}`;
    const asked: string[] = [];
    const loaded = await loadPhoto({ kind: 'url', src: pageBlob }, limits, {
      origin: 'chrome-extension://abcdef',
      readPageBlob: async (src) => {
        asked.push(src);
        return { dataUrl, bytes: jpeg.byteLength };
      },
    });
    expect(asked).toEqual([pageBlob]);
    expect([...loaded.bytes]).toEqual([...jpeg]);
    expect(loaded.sellerFile).toBe(true);

    const tooBig = await problemOf(loadPhoto({ kind: 'url', src: pageBlob }, limits, { readPageBlob: async () => ({ bytes: 5000 }) }));
    expect(tooBig.text.en).toMatch(/^The photo is too large to check: 5 KB/);
    // The tab was closed or went elsewhere: the seller is told to drop the file instead.
    const gone = await problemOf(loadPhoto({ kind: 'url', src: pageBlob }, limits, { readPageBlob: () => Promise.reject(new Error('no tab')) }));
    expect(gone.text.en).toContain('Drop the same photo file');
    const refused = await problemOf(loadPhoto({ kind: 'url', src: pageBlob }, limits, { readPageBlob: async () => ({ dataUrl: 'javascript:alert(1)' }) }));
    expect(refused.text.en).toContain('Drop the same photo file');
  });

  it('refuses addresses that are not photos on the web (javascript:, file:, chrome:)', async () => {
    for (const src of ['javascript:alert(1)', 'file:///etc/passwd', 'chrome://settings', 'data:text/html,<script>alert(1)</script>']) {
      const problem = await problemOf(loadPhoto({ kind: 'url', src }, limits, { fetch: fakeFetch(() => new Response(jpeg)) }));
      expect(problem.text.en).toMatch(/^Unsupported photo address/);
    }
  });

  it('reads a dropped file, refusing one over the limit without reading it', async () => {
    const loaded = await loadPhoto({ kind: 'file', file: new Blob([jpeg]), name: 'sampul.jpg' }, limits);
    expect(loaded).toMatchObject({ sellerFile: true });
    expect(loaded.bytes.byteLength).toBe(jpeg.byteLength);
    const big = await problemOf(loadPhoto({ kind: 'file', file: new Blob([new Uint8Array(2000)]), name: 'besar.jpg' }, limits));
    expect(big.known.bytes).toBe(2000);
    const empty = await problemOf(loadPhoto({ kind: 'file', file: new Blob([]), name: 'kosong.jpg' }, limits));
    expect(empty.text.id).toBe('File foto kosong (0 byte).');
  });

  it('passes the panel’s own abort on (a new page replaced this one) instead of calling it a timeout', async () => {
    const controller = new AbortController();
    const fetch = fakeFetch((_url, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason))));
    const loading = loadPhoto({ kind: 'url', src: SRC }, { ...limits, fetchTimeoutMs: 10_000 }, { fetch, signal: controller.signal });
    controller.abort(new Error('replaced'));
    await expect(loading).rejects.toThrow('replaced');
  });
});
