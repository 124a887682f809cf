import { afterEach, describe, expect, it, vi } from 'vitest';
import { OCR_CACHE } from '../../../web/ocr/cache-name';
import { downloadOcr, isDownloaded, OcrDownloadError } from '../../../web/ocr/download';
import { createPhoneOcr, workerOptions } from '../../../web/ocr/engine';
import { filesFor, OCR_FILES, totalBytes } from '../../../web/ocr/files';
import { createOcrModel } from '../../../web/ocr/model';
import { OCR_COPY } from '../../../web/ocr/copy';
import { memoryStorage } from '../storage/helpers';
import { fakeCaches } from './fake-caches';

const BASE = 'https://situs.id/rapi/';

/** A host that serves each OCR file as `bytes` zero bytes, in chunks; counts what it was asked for. */
function fakeHost(options: { failOn?: string } = {}) {
  const asked: string[] = [];
  const fetch: typeof globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    if (options.failOn && url.endsWith(options.failOn)) throw new TypeError('Failed to fetch');
    const file = [OCR_FILES.worker, ...Object.values(OCR_FILES.cores).flat(), ...OCR_FILES.langs].find((f) => new URL(f.path, BASE).href === url);
    if (!file) return new Response('not found', { status: 404 });
    const chunk = 256 * 1024;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const n = Math.min(chunk, file.bytes - sent);
        if (n <= 0) return controller.close();
        controller.enqueue(new Uint8Array(n));
        sent += n;
      },
    });
    return new Response(body, { status: 200 });
  };
  return { fetch, asked };
}

describe('the OCR files a phone downloads', () => {
  it('are the worker, one core (loader and wasm) and ind + eng, with their real sizes', () => {
    const files = filesFor('relaxedsimd');
    expect(files.map((f) => f.path.split('/').pop())).toEqual([
      'worker.min.js',
      'tesseract-core-relaxedsimd-lstm.js',
      'tesseract-core-relaxedsimd-lstm.wasm',
      'ind.traineddata.gz',
      'eng.traineddata.gz',
    ]);
    // The sizes are measured from node_modules at build time: several MB, the language data most of it.
    expect(totalBytes(files)).toBeGreaterThan(5_000_000);
    expect(totalBytes(files)).toBeLessThan(10_000_000);
    expect(files.every((f) => f.path.startsWith(`ocr/${OCR_FILES.version}/`))).toBe(true);
  });

  it('tells tesseract.js where they are: the core file itself, its language folder, no blob worker, no second cache', () => {
    const options = workerOptions(BASE, 'simd');
    expect(options).toMatchObject({
      workerPath: `${BASE}ocr/${OCR_FILES.version}/worker.min.js`,
      corePath: `${BASE}ocr/${OCR_FILES.version}/tesseract-core-simd-lstm.js`,
      langPath: `${BASE}ocr/${OCR_FILES.version}/lang`,
      workerBlobURL: false,
      cacheMethod: 'none',
      gzip: true,
    });
  });
});

describe('downloading the text reader', () => {
  it('reports progress up to the announced size, caches every file, and fetches nothing again', async () => {
    const { caches } = fakeCaches();
    const host = fakeHost();
    const deps = { caches, fetch: host.fetch, base: BASE };
    const seen: number[] = [];
    await downloadOcr(deps, 'plain', (done, total) => {
      expect(total).toBe(totalBytes(filesFor('plain')));
      seen.push(done);
    });
    expect(seen.at(-1)).toBe(totalBytes(filesFor('plain')));
    expect(seen.length).toBeGreaterThan(10); // bytes as they arrive, not one jump per file
    expect(await isDownloaded(deps, filesFor('plain'))).toBe(true);
    const before = host.asked.length;
    await downloadOcr(deps, 'plain', () => {});
    expect(host.asked.length).toBe(before);
  });

  it('goes on where a cut download stopped', async () => {
    const { caches } = fakeCaches();
    const broken = fakeHost({ failOn: 'eng.traineddata.gz' });
    await expect(downloadOcr({ caches, fetch: broken.fetch, base: BASE }, 'simd', () => {})).rejects.toMatchObject({ reason: 'network' });
    const host = fakeHost();
    await downloadOcr({ caches, fetch: host.fetch, base: BASE }, 'simd', () => {});
    expect(host.asked.map((u) => u.split('/').pop())).toEqual(['eng.traineddata.gz']);
  });

  it('says "storage" when the phone is full', async () => {
    const { caches } = fakeCaches({ failPut: () => true });
    const error = await downloadOcr({ caches, fetch: fakeHost().fetch, base: BASE }, 'plain', () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OcrDownloadError);
    expect((error as OcrDownloadError).reason).toBe('storage');
  });

  it('removes the files of an older version once the new one is in', async () => {
    const { caches } = fakeCaches();
    const cache = await caches.open(OCR_CACHE);
    await cache.put(`${BASE}ocr/t6.0.0-c6.0.0/worker.min.js`, new Response('old'));
    await downloadOcr({ caches, fetch: fakeHost().fetch, base: BASE }, 'plain', () => {});
    const left = (await cache.keys()).map((r) => r.url);
    expect(left.some((u) => u.includes('t6.0.0'))).toBe(false);
    expect(left).toHaveLength(filesFor('plain').length);
  });
});

describe('the text reader model: asked only when a photo comes', () => {
  const rig = (storage = memoryStorage(), host = fakeHost()) => {
    const { caches } = fakeCaches();
    return { storage, host, model: createOcrModel({ caches, fetch: host.fetch, base: BASE, storage, variant: async () => 'relaxedsimd' }) };
  };

  it('asks nothing before a photo, then asks with the size for this phone', async () => {
    const { model, host } = rig();
    await model.ready;
    expect(model.state.value).toBe('idle');
    expect(host.asked).toEqual([]); // nothing downloaded without asking
    await model.photosAdded();
    expect(model.state.value).toBe('ask');
    expect(model.size.value).toBe(totalBytes(filesFor('relaxedsimd')));
    expect(OCR_COPY.ask(model.size.value).id).toMatch(/^Unduh pembaca tulisan, \d+,\d MB\?$/);
  });

  it('remembers a "not now" (the pixel checks run alone) and downloads on "yes"', async () => {
    const storage = memoryStorage();
    const first = rig(storage);
    await first.model.photosAdded();
    first.model.decline();
    expect(first.model.engine()).toBeNull();
    const again = rig(storage);
    await again.model.photosAdded();
    expect(again.model.state.value).toBe('declined');
    await again.model.accept();
    expect(again.model.state.value).toBe('ready');
    expect(again.model.engine()).not.toBeNull();
  });

  it('says why when the download fails, and offers to try again', async () => {
    const { model } = rig(memoryStorage(), fakeHost({ failOn: 'worker.min.js' }));
    await model.photosAdded();
    await model.accept();
    expect(model.state.value).toBe('failed');
    expect(model.problem.value).toEqual(OCR_COPY.network);
  });
});

describe('one OCR worker, stopped when idle', () => {
  afterEach(() => vi.useRealTimers());

  it('starts on the first photo, reads photos one at a time on the same worker, and stops after the idle time', async () => {
    vi.useFakeTimers();
    let started = 0;
    let stopped = 0;
    const page = { text: 'Netto 250 g', confidence: 90, blocks: [] };
    const createWorker = async () => {
      started++;
      return {
        recognize: async () => ({ data: page as never }),
        terminate: async () => void stopped++,
      };
    };
    const ocr = createPhoneOcr({ base: BASE, variant: 'plain', createWorker, idleMs: 1000 });
    await ocr.recognize({}, { width: 10, height: 10 });
    await ocr.recognize({}, { width: 10, height: 10 });
    expect(started).toBe(1);
    expect(ocr.running()).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(stopped).toBe(0);
    await vi.advanceTimersByTimeAsync(2);
    expect(stopped).toBe(1);
    expect(ocr.running()).toBe(false);
    await ocr.recognize({}, { width: 10, height: 10 });
    expect(started).toBe(2);
  });
});
