import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkPhotos } from '../cli/photos';
import { fixPhoto } from '../shared/photos/fix/fix-photo';
import { nodeFixPlatform } from '../shared/photos/fix/render-node';
import { analyzePhotos } from '../shared/photos/analyze';
import { createNodeOcrEngine, ocrPhoto } from '../shared/photos/ocr/node';
import { synthesize } from '../tests/support/synth';
import { bigPhoto } from './big-photo';
import type { BenchFigure } from './lib';
import { median, timeRuns, type Bench } from './lib';

const fixtures = path.resolve(import.meta.dirname, '../tests/fixtures/photos');
const fixture = (name: string) => path.join(fixtures, name);

/** Pixel checks on one 1024 × 1024 photo: downscale, every metric, every check. */
async function pixelChecks(): Promise<BenchFigure> {
  const pixels = synthesize({ size: [1024, 1024], background: 'scene' });
  const photos = [{ width: 1024, height: 1024, bytes: 300_000, mime: 'image/jpeg', pixels }];
  const runs = 30;
  const times = await timeRuns(() => analyzePhotos(photos, 'shopee'), runs);
  return {
    name: 'photos: pixel checks for one photo',
    median: median(times),
    unit: 'ms',
    input: '1 decoded 1024 × 1024 RGBA photo (product in a room, drawn by synth.ts), all photo checks, 1 core',
    runs,
    target: '≤ 50 ms',
  };
}

/** The very first start on a machine: the language files are gathered into an empty folder first. */
async function ocrFirstStart(): Promise<BenchFigure> {
  const runs = 3;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'rapi-ocr-bench-'));
    const start = performance.now();
    const engine = await createNodeOcrEngine({ cacheDir });
    await engine.start();
    times.push(performance.now() - start);
    await engine.terminate();
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return {
    name: 'photos: OCR first start, empty language folder (ind+eng)',
    median: median(times),
    unit: 'ms',
    input: 'tesseract.js 7 in Node: copy the bundled .traineddata.gz files (4.1 MB), unpack them, load the LSTM core',
    runs,
  };
}

/** Starting a worker: wasm core plus ind + eng language data, unpacked in memory on every start. */
async function ocrColdStart(): Promise<BenchFigure> {
  const runs = 3;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const engine = await createNodeOcrEngine();
    await engine.start();
    times.push(performance.now() - start);
    await engine.terminate();
  }
  return {
    name: 'photos: OCR worker cold start (ind+eng)',
    median: median(times),
    unit: 'ms',
    input: 'tesseract.js 7 in Node, LSTM core, ind + eng 4.0.0_best_int .gz from the bundled npm data (already gathered)',
    runs,
  };
}

async function ocrWarm(file: string, name: string, input: string, target?: string, runs = 5): Promise<BenchFigure> {
  const engine = await createNodeOcrEngine();
  await engine.start();
  const bytes = readFileSync(fixture(file));
  try {
    const times = await timeRuns(() => ocrPhoto(bytes, { engine }), runs);
    return { name, median: median(times), unit: 'ms', input, runs, ...(target ? { target } : {}) };
  } finally {
    await engine.terminate();
  }
}

/** A whole listing through the CLI path: read 9 JPEG files, decode, pixel checks, OCR on one warm worker. */
async function nineListing(): Promise<BenchFigure> {
  const files = ['overlay-phone-promo.jpg', 'product-clean.jpg', 'label-netto-pirt.jpg'];
  const srcs = Array.from({ length: 9 }, (_, i) => fixture(files[i % files.length]!));
  const engine = await createNodeOcrEngine();
  await engine.start();
  try {
    const runs = 3;
    const times = await timeRuns(() => checkPhotos(srcs, { profile: 'shopee', ocr: true, ocrEngine: engine }), runs);
    return {
      name: 'photos: 9-photo listing with OCR (Node, rapi check --ocr)',
      median: median(times),
      unit: 'ms',
      input: '9 JPEG files of 1024 × 1024 (3 with overlay text, 3 labels, 3 clean), decode + pixel checks + OCR, warm worker',
      runs,
      target: '≤ 10,000 ms (extension target, for comparison)',
    };
  } finally {
    await engine.terminate();
  }
}

/** The photo fixer on the largest photo it takes, in Node (rapi fix-photo). */
async function fixerOnBigPhoto(): Promise<BenchFigure> {
  const buffer = await bigPhoto();
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) as Uint8Array<ArrayBuffer>;
  const runs = 3;
  const times = await timeRuns(() => fixPhoto(bytes, nodeFixPlatform), runs);
  const mb = (buffer.byteLength / 1e6).toFixed(1);
  return {
    name: 'photos: photo fixer on an 8000 × 8000 photo (Node, rapi fix-photo)',
    median: median(times),
    unit: 'ms',
    input: `8000 × 8000 JPEG, ${mb} MB: decode upright, find the product, 2048 px square on white, JPEG under 2 MB, decode and measure the result; sharp, 1 process`,
    runs,
  };
}

const bench: Bench = async () => [
  await pixelChecks(),
  await ocrFirstStart(),
  await ocrColdStart(),
  await ocrWarm(
    'overlay-phone-promo.jpg',
    'photos: OCR of one product photo, warm worker (ind+eng)',
    '1024 × 1024 JPEG product photo with 4 overlay lines (promo banner, WhatsApp number, Instagram handle), grey PNG to tesseract',
    '≤ 1,000 ms',
  ),
  await ocrWarm(
    'label-dense.jpg',
    'photos: OCR of a dense text label, warm worker (ind+eng)',
    '1024 × 1024 JPEG label, 19 lines / about 150 words (nutrition facts, ingredients)',
    undefined,
    3,
  ),
  await nineListing(),
  await fixerOnBigPhoto(),
];
export default bench;
