import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createPhotoAnalyzer, bundledOcrPaths } from '../../../../extension/photos/analyzer';
import { PHOTO_ANALYZER, dexiePhotoCache } from '../../../../extension/photos/cache';
import { PHOTO_LIMITS } from '../../../../extension/photos/limits';
import { encodePgm } from '../../../../shared/photos/pgm';
import { PixelClient, type PixelWorkerLike } from '../../../../extension/photos/pixel-client';
import type { PixelRequest, PixelResponse } from '../../../../extension/photos/pixel-protocol';
import { CachedPhoto } from '../../../../shared/photos/results';
import { getPhotoResult } from '../../../../shared/storage/photo-cache';
import type { CreateWorker } from '../../../../shared/photos/ocr/engine';
import { createNodeOcrEngine } from '../../../../shared/photos/ocr/node';
import { measurePhoto } from '../../../../shared/photos/measure';
import { synthesize } from '../../../support/synth';
import { freshDB } from '../../storage/helpers';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');

/** A pixel worker stand-in: answers by a rule, or never (a decoder stuck on a hostile file). */
function fakeWorker(answer: (request: PixelRequest) => PixelResponse | null, log: string[] = []) {
  const spawned: PixelWorkerLike[] = [];
  const spawn = (): PixelWorkerLike => {
    const worker: PixelWorkerLike = {
      onmessage: null,
      postMessage(request) {
        log.push(`${spawned.indexOf(worker)}:${request.task}:${request.url}`);
        const response = answer(request);
        if (response) setTimeout(() => worker.onmessage?.({ data: response } as MessageEvent<PixelResponse>), 5);
      },
      terminate() {
        log.push(`${spawned.indexOf(worker)}:terminated`);
        worker.onmessage = null;
      },
    };
    spawned.push(worker);
    return worker;
  };
  return { spawn, spawned };
}

const metrics = measurePhoto(synthesize({ size: [128, 128] }));
const measured = (request: PixelRequest): PixelResponse =>
  request.task === 'measure'
    ? { id: request.id, task: 'measure', reply: { photo: { width: 128, height: 128 }, metrics } }
    : { id: request.id, task: 'ocr-image', image: { pgm: new Uint8Array(12), width: 2, height: 2 } };

describe('the pixel worker client', () => {
  it('replaces a worker stuck on one photo; that photo gets a message, the others are sent to the new worker', async () => {
    const log: string[] = [];
    const { spawn, spawned } = fakeWorker((r) => (r.url === 'blob:stuck' ? null : measured(r)), log);
    const client = new PixelClient(spawn, { ...PHOTO_LIMITS, measureTimeoutMs: 200 });
    const stuck = client.measure('blob:stuck');
    const fine = client.measure('blob:fine');
    const [a, b] = await Promise.all([stuck, fine]);
    expect(a.metrics).toBeNull();
    expect(a.error?.en).toBe('Rapi could not check this photo in time (over 0 seconds). Make it smaller, then try again.');
    expect(b.metrics).toEqual(metrics);
    expect(spawned).toHaveLength(1);

    // The next stuck photo kills the worker while another waits: that one moves to a fresh worker.
    let release = false;
    const { spawn: spawn2, spawned: spawned2 } = fakeWorker((r) => (r.url === 'blob:stuck' || !release ? null : measured(r)), log);
    const client2 = new PixelClient(spawn2, { ...PHOTO_LIMITS, measureTimeoutMs: 200 });
    const first = client2.measure('blob:stuck');
    await new Promise((r) => setTimeout(r, 100));
    const waiting = client2.measure('blob:later');
    release = true;
    const [x, y] = await Promise.all([first, waiting]);
    expect(x.error).toBeDefined();
    expect(y.metrics).toEqual(metrics);
    expect(spawned2.length).toBe(2);
    expect(log).toContain('0:terminated');
  });

  it('passes the grey copy for reading text, or the worker’s message', async () => {
    const { spawn } = fakeWorker((r) =>
      r.url === 'blob:bad' ? { id: r.id, task: 'ocr-image', error: { id: 'rusak', en: 'damaged' } } : measured(r),
    );
    const client = new PixelClient(spawn, PHOTO_LIMITS);
    expect(await client.ocrImage('blob:ok')).toMatchObject({ image: { width: 2, height: 2 } });
    expect(await client.ocrImage('blob:bad')).toEqual({ error: { id: 'rusak', en: 'damaged' } });
  });
});

describe('the photo analyzer (offscreen document / Firefox sidebar)', () => {
  it('uses the bundled tesseract files, with no blob: worker', () => {
    const paths = bundledOcrPaths();
    expect(paths).toMatchObject({ workerBlobURL: false, gzip: true, cacheMethod: 'none' });
    expect(String(paths.workerPath)).toMatch(/\/tesseract\/worker\.min\.js$/);
    expect(String(paths.corePath)).toMatch(/\/tesseract\/core$/);
    expect(String(paths.langPath)).toMatch(/\/tesseract\/lang$/);
    for (const value of [paths.workerPath, paths.corePath, paths.langPath]) expect(String(value)).not.toMatch(/https?:|cdn|jsdelivr/);
  });

  it('starts one OCR worker with (langs, oem, options) and reuses it for every photo, reporting progress', async () => {
    const starts: unknown[][] = [];
    const createWorker = (async (...args: unknown[]) => {
      starts.push(args);
      const options = args[2] as { logger: (m: { status: string; progress: number }) => void };
      return {
        async recognize() {
          options.logger({ status: 'recognizing text', progress: 0.5 });
          options.logger({ status: 'recognizing text', progress: 1 });
          return { data: { text: 'Netto 250 g', blocks: [] } };
        },
        async terminate() {},
      };
    }) as unknown as CreateWorker;
    const { spawn } = fakeWorker(measured);
    const analyzer = createPhotoAnalyzer({ spawnPixelWorker: spawn, createWorker: async () => createWorker, workerOptions: { langPath: '/x' } });
    const progress: number[] = [];
    const replies = await Promise.all([analyzer.readText('blob:1', (p) => progress.push(p)), analyzer.readText('blob:2'), analyzer.readText('blob:3')]);
    expect(replies.map((r) => ('ocr' in r ? r.ocr.text : r.error.en))).toEqual(['Netto 250 g', 'Netto 250 g', 'Netto 250 g']);
    expect(starts).toHaveLength(1);
    // tesseract.js takes the options in the third place and silently ignores them anywhere else.
    expect(starts[0]![0]).toBe('ind+eng');
    expect(starts[0]![1]).toBe(1);
    expect(starts[0]![2]).toMatchObject({ langPath: '/x' });
    expect(progress).toEqual([0.5, 1]);
    await analyzer.dispose();
  });

  it('when OCR cannot start, every waiting photo says so at once instead of each waiting for its own timeout', async () => {
    let starts = 0;
    const never = (() => {
      starts++;
      return new Promise(() => undefined);
    }) as unknown as CreateWorker;
    const { spawn } = fakeWorker(measured);
    const analyzer = createPhotoAnalyzer({
      spawnPixelWorker: spawn,
      createWorker: async () => never,
      workerOptions: {},
      limits: { ...PHOTO_LIMITS, ocrStartTimeoutMs: 300 },
    });
    const begin = performance.now();
    const replies = await Promise.all([1, 2, 3, 4].map((n) => analyzer.readText(`blob:${n}`)));
    expect(replies.every((r) => 'error' in r && r.error.en === 'Rapi could not start reading text, so the text on this photo was not checked.')).toBe(true);
    expect(performance.now() - begin).toBeLessThan(2000);
    expect(starts).toBe(1);
    // The pixel checks do not depend on OCR.
    expect((await analyzer.measure('blob:5')).metrics).toEqual(metrics);
    await analyzer.dispose();
  });
});

describe('the grey PGM copy Tesseract reads', () => {
  let engine: Awaited<ReturnType<typeof createNodeOcrEngine>> | undefined;
  afterAll(() => engine?.terminate());

  it('is read by tesseract.js (same core and ind+eng data as the extension) word for word', async () => {
    const { data, info } = await sharp(readFileSync(path.join(FIXTURES, 'photos/label-netto-pirt.jpg')))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pgm = encodePgm({ width: info.width, height: info.height, data: Float32Array.from(data) });
    const header = `P5\n${info.width} ${info.height}\n255\n`;
    expect(new TextDecoder().decode(pgm.subarray(0, header.length))).toBe(header);
    expect(Buffer.from(pgm.subarray(header.length)).equals(data)).toBe(true);
    engine = await createNodeOcrEngine();
    const ocr = await engine.recognize(pgm, { width: info.width, height: info.height });
    expect(ocr.text).toContain('Netto 250 g');
    expect(ocr.text).toContain('P-IRT No. 2063271010876-27');
  }, 60_000);
});

describe('the photo cache over the photoResults table', () => {
  it('stores a photo’s results under its hash and this analyzer’s name, and ignores what does not fit', async () => {
    const db = freshDB();
    const cache = dexiePhotoCache(() => db);
    const hash = 'a'.repeat(64);
    const result: CachedPhoto = { photo: { width: 128, height: 128, mime: 'image/jpeg', bytes: 900 }, metrics };
    expect(await cache.get(hash)).toBeUndefined();
    await cache.put(hash, result);
    expect(await cache.get(hash)).toEqual(result);
    expect(await getPhotoResult(db, hash, PHOTO_ANALYZER, CachedPhoto)).toEqual(result);
    // Something else stored under the key (an older analyzer, a damaged row) is a miss, never a crash.
    await db.photoResults.put({ hash, analyzer: PHOTO_ANALYZER, result: { metrics: 'nonsense' }, savedAt: Date.now(), usedAt: Date.now() });
    expect(await cache.get(hash)).toBeUndefined();
    db.close();
  });

  it('keeps checking when IndexedDB fails: the cache just stays empty', async () => {
    const broken = dexiePhotoCache(() => {
      throw new Error('IndexedDB is not available');
    });
    await expect(broken.put('b'.repeat(64), { photo: {}, metrics })).resolves.toBeUndefined();
    await expect(broken.get('b'.repeat(64))).resolves.toBeUndefined();
  });
});
