import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPhotos, splitPhotoList } from '../../../cli/photos';
import { OcrEngine, type CreateWorker } from '../../../shared/photos/ocr/engine';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/photos');
let dir: string;
let server: Server;
let base: string;
let clean: Buffer;
/**
 * The fixtures' folder is read besides each test's own folder, and the stand-in photo host on 127.0.0.1 is let
 * through (rapi check refuses local addresses: see photo-addresses.test.ts).
 */
const local = { allowLocalPhotos: [fixtures], network: { allowAddresses: ['127.0.0.1'] } };

/** A local server standing in for a seller's image host: every route is one kind of trouble. */
function serve(): Promise<Server> {
  const s = createServer((req, res) => {
    if (req.url === '/ok.jpg') return res.writeHead(200, { 'content-type': 'image/jpeg' }).end(clean);
    if (req.url === '/missing.jpg') return res.writeHead(404).end('not found');
    if (req.url === '/error.jpg') return res.writeHead(500).end('boom');
    if (req.url === '/slow.jpg') return; // never answers
    if (req.url === '/declared-huge.jpg') {
      res.writeHead(200, { 'content-length': String(30 * 1024 * 1024), 'content-type': 'image/jpeg' });
      return res.write(clean.subarray(0, 1024));
    }
    if (req.url === '/endless.jpg') {
      // No length declared, and far more bytes than allowed.
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      const chunk = Buffer.alloc(256 * 1024, 1);
      let sent = 0;
      const push = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once('drain', push);
        else res.end();
      };
      return push();
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rapi-photos-'));
  clean = await readFile(path.join(fixtures, 'product-clean.jpg'));
  server = await serve();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  await writeFile(path.join(dir, 'truncated.jpg'), clean.subarray(0, Math.floor(clean.length / 3)));
  await writeFile(path.join(dir, 'random.jpg'), Buffer.from('this is not a photo at all, just text'));
  // The start of an iPhone HEIC file: a box of type "ftyp", brand "heic".
  await writeFile(path.join(dir, 'iphone.heic'), Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]));
  await writeFile(path.join(dir, 'huge.jpg'), await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#ffffff' } }).jpeg({ quality: 50 }).toBuffer());
  await writeFile(path.join(dir, 'heavy.jpg'), Buffer.concat([clean, Buffer.alloc(30 * 1024 * 1024)]));
  const frames = Buffer.alloc(64 * 128 * 4, 255);
  frames.fill(0, 64 * 64 * 4);
  await writeFile(path.join(dir, 'animated.gif'), await sharp(frames, { raw: { width: 64, height: 128, channels: 4, pageHeight: 64 } }).gif().toBuffer());
  await writeFile(path.join(dir, 'wide.png'), await sharp({ create: { width: 900, height: 600, channels: 3, background: '#ffcc00' } }).png().toBuffer());
}, 30_000);

afterAll(async () => {
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('checkPhotos', () => {
  it('checks good photos and gives every bad one its own bilingual message, without hanging', async () => {
    const srcs = [
      path.join(fixtures, 'product-clean.jpg'),
      `${base}/ok.jpg`,
      `${base}/missing.jpg`,
      `${base}/error.jpg`,
      `${base}/slow.jpg`,
      `${base}/declared-huge.jpg`,
      'truncated.jpg',
      'random.jpg',
      'iphone.heic',
      'huge.jpg',
      'heavy.jpg',
      'animated.gif',
      'nowhere.jpg',
      'ftp://example.invalid/a.jpg',
    ];
    const started = Date.now();
    const { photos, findings } = await checkPhotos(srcs, { profile: 'tokopedia', baseDir: dir, ...local, limits: { fetchTimeoutMs: 800 } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(photos.map((p) => p.src)).toEqual(srcs);

    const byName = (name: string) => photos.find((p) => p.src === name || p.src.endsWith(`/${name}`))!;
    expect(byName('product-clean.jpg').checked).toBe(true);
    expect(byName('product-clean.jpg').error).toBeUndefined();
    expect(byName('product-clean.jpg').analysis?.metrics?.phash).toMatch(/^[0-9a-f]{16}$/);
    expect(byName('ok.jpg').checked).toBe(true);

    const messages: Array<[string, RegExp]> = [
      ['missing.jpg', /tidak ditemukan.*404/],
      ['error.jpg', /menolak.*500/],
      ['slow.jpg', /terlalu lama diunduh/],
      ['declared-huge.jpg', /terlalu besar untuk diperiksa: 30 MB/],
      ['truncated.jpg', /rusak atau tidak lengkap/],
      ['random.jpg', /^Tidak ada foto JPG, PNG, WEBP, atau GIF di /],
      ['iphone.heic', /HEIC/],
      ['huge.jpg', /8000 × 8000 piksel \(64 juta piksel\)/],
      ['heavy.jpg', /terlalu besar untuk diperiksa/],
      ['nowhere.jpg', /^Tidak ada foto JPG, PNG, WEBP, atau GIF di /],
      ['a.jpg', /tidak didukung/],
    ];
    for (const [name, pattern] of messages) {
      const photo = byName(name);
      expect(photo.checked, name).toBe(false);
      expect(photo.error?.id, name).toMatch(pattern);
      expect(photo.error?.en, name).toBeTruthy();
      expect(photo.error?.en, name).not.toBe(photo.error?.id);
    }

    // What is known about an unreadable photo still feeds the file checks.
    const huge = srcs.indexOf('huge.jpg');
    expect(findings.some((f) => f.photoIndex === huge && f.checkId === 'photo-pixel-size-rejected')).toBe(true);
    const heavy = srcs.indexOf('heavy.jpg');
    expect(findings.some((f) => f.photoIndex === heavy && f.checkId === 'photo-file-size' && f.severity === 'quality' && f.outcome === 'refused-at-upload')).toBe(true);
    const declared = srcs.indexOf(`${base}/declared-huge.jpg`);
    expect(findings.some((f) => f.photoIndex === declared && f.checkId === 'photo-file-size')).toBe(true);

    // An animation is decoded (first frame) and refused by the format check.
    const animated = byName('animated.gif');
    expect(animated.checked).toBe(true);
    expect(animated.photo.animated).toBe(true);
    expect(animated.findings.find((f) => f.checkId === 'photo-format')?.message.id).toMatch(/animasi/);
    // The same picture twice is a duplicate.
    expect(byName('ok.jpg').findings.map((f) => f.checkId)).toContain('photo-duplicate');
  }, 30_000);

  it('stops reading a download that goes past the size limit', async () => {
    const { photos } = await checkPhotos([`${base}/endless.jpg`], { profile: 'shopee', ...local, limits: { maxBytes: 2 * 1024 * 1024 } });
    expect(photos[0]!.error?.id).toMatch(/lebih dari 2 MB/);
  });

  it('reads real size, format and shape from the file', async () => {
    const { photos, findings } = await checkPhotos(['wide.png'], { profile: 'shopee', baseDir: dir });
    expect(photos[0]!.photo).toMatchObject({ width: 900, height: 600, mime: 'image/png' });
    expect(findings.map((f) => f.checkId)).toContain('photo-aspect-ratio');
  });

  it('still checks the pixels when OCR cannot start, and says so once per photo without waiting on each', async () => {
    const never: CreateWorker = () => new Promise(() => undefined);
    const engine = new OcrEngine({ createWorker: never, workerOptions: {}, startTimeoutMs: 200 });
    const started = Date.now();
    const { photos } = await checkPhotos([path.join(fixtures, 'product-clean.jpg'), 'wide.png'], {
      profile: 'shopee',
      ocr: true,
      baseDir: dir,
      ...local,
      ocrEngine: engine,
    });
    expect(Date.now() - started).toBeLessThan(3_000);
    for (const photo of photos) {
      expect(photo.checked).toBe(true);
      expect(photo.ocrError?.id).toMatch(/tidak bisa menyiapkan pembaca tulisan/);
    }
    expect(photos[1]!.findings.map((f) => f.checkId)).toContain('photo-aspect-ratio');
  });

  it('gives up on a photo whose reading hangs and goes on with the next', async () => {
    const page = { text: 'Halo', blocks: [] };
    let calls = 0;
    const createWorker: CreateWorker = async () => {
      return {
        recognize: () => (++calls === 1 ? new Promise(() => undefined) : Promise.resolve({ data: page })),
        terminate: async () => undefined,
      };
    };
    const engine = new OcrEngine({ createWorker, workerOptions: {}, recognizeTimeoutMs: 200 });
    const { photos } = await checkPhotos([path.join(fixtures, 'product-clean.jpg'), 'wide.png'], {
      profile: 'shopee',
      ocr: true,
      baseDir: dir,
      ...local,
      ocrEngine: engine,
      limits: { ocrTimeoutMs: 200 },
    });
    // Text is read in the order photos are ready: whichever came first hung, and the other was still read.
    const [hung, read] = photos[0]!.ocrError ? [photos[0]!, photos[1]!] : [photos[1]!, photos[0]!];
    expect(hung.ocrError?.id).toMatch(/tidak sempat membaca tulisan/);
    expect(hung.checked).toBe(true);
    expect(read.ocr?.text).toBe('Halo');
    await engine.terminate();
  });

  it('splits a CSV photo_urls cell on spaces and bars', () => {
    expect(splitPhotoList('a.jpg | https://x.test/b.jpg  c.png')).toEqual(['a.jpg', 'https://x.test/b.jpg', 'c.png']);
    expect(splitPhotoList(undefined)).toEqual([]);
  });
});
