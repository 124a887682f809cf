/**
 * npm run size: how big the widget is after compression, and whether it fits its budget (issue 6: 12 KB
 * gzipped, everything included). Exits 1 over budget or when the widget is not built, so CI fails.
 * The extension's content scripts and total size, the standalone page's QR script and the standalone page and
 * one-block snippet made from the demo feed are printed for information only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildEmbed } from '../shared/embed';
import { parseFeedText } from '../shared/feed/parse';

const ROOT = path.resolve(import.meta.dirname, '..');
export const WIDGET = path.join(ROOT, '.output/widget/rapi-etalase.js');
const WIDGET_ESM = path.join(ROOT, '.output/widget/rapi-etalase.mjs');
const PAGE_SCRIPT = path.join(ROOT, '.output/widget/rapi-etalase-page.js');
const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
/** 12 KB, counted as 12,000 bytes: the stricter reading. */
export const WIDGET_BUDGET_GZIP = 12_000;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function measure(bytes: Buffer): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n: number) => `${(n / 1000).toFixed(2)} KB`;
const line = (label: string, s: Sizes) =>
  `${label.padEnd(58)} ${kb(s.raw).padStart(10)} raw  ${kb(s.gzip).padStart(9)} gzip  ${kb(s.brotli).padStart(9)} brotli`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

function main(): number {
  if (!existsSync(WIDGET)) {
    console.error('Widget belum dibangun: jalankan "npm run build:widget". / The widget is not built: run "npm run build:widget".');
    return 1;
  }
  const widget = measure(readFileSync(WIDGET));
  console.log(line('widget  .output/widget/rapi-etalase.js', widget));
  if (existsSync(WIDGET_ESM)) console.log(line('widget  .output/widget/rapi-etalase.mjs', measure(readFileSync(WIDGET_ESM))));
  if (existsSync(PAGE_SCRIPT)) {
    const scripts = { widget: readFileSync(WIDGET, 'utf8'), page: readFileSync(PAGE_SCRIPT, 'utf8') };
    console.log(line('(info) .output/widget/rapi-etalase-page.js (QR, page only)', measure(Buffer.from(scripts.page))));
    const demo = parseFeedText(readFileSync(path.join(ROOT, 'demo/etalase.json'), 'utf8'));
    if (demo.ok) {
      const n = demo.feed.items.length;
      console.log(line(`(info) standalone etalase.html, demo feed (${n} products)`, measure(Buffer.from(buildEmbed(demo.feed, { form: 'page', scripts })))));
      console.log(line(`(info) one-block snippet, demo feed (${n} products)`, measure(Buffer.from(buildEmbed(demo.feed, { form: 'block', scripts })))));
    }
  }

  const scripts = path.join(EXTENSION, 'content-scripts');
  if (existsSync(scripts)) {
    for (const file of filesUnder(scripts).filter((f) => f.endsWith('.js')).sort()) {
      console.log(line(`(info) ${path.relative(ROOT, file)}`, measure(readFileSync(file))));
    }
  }
  if (existsSync(EXTENSION)) {
    const all = filesUnder(EXTENSION);
    // The offline OCR (tesseract worker, wasm cores, ind+eng data) is most of the extension: show it on its own.
    const ocr = all.filter((f) => f.includes(`${path.sep}tesseract${path.sep}`));
    for (const file of ocr.sort()) {
      console.log(`${`(info) ${path.relative(ROOT, file)}`.padEnd(58)} ${kb(statSync(file).size).padStart(10)} raw`);
    }
    const sum = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);
    console.log(`${'(info) extension OCR files (tesseract/), bundled'.padEnd(58)} ${kb(sum(ocr)).padStart(10)} raw`);
    console.log(`${'(info) extension without OCR files'.padEnd(58)} ${kb(sum(all) - sum(ocr)).padStart(10)} raw`);
    console.log(`${'(info) extension .output/chrome-mv3, all files'.padEnd(58)} ${kb(sum(all)).padStart(10)} raw`);
  }

  const left = WIDGET_BUDGET_GZIP - widget.gzip;
  if (left < 0) {
    console.error(
      `Widget melebihi anggaran: ${kb(widget.gzip)} gzip, batas ${kb(WIDGET_BUDGET_GZIP)}. / Widget over budget: ${kb(widget.gzip)} gzipped, limit ${kb(WIDGET_BUDGET_GZIP)}.`,
    );
    return 1;
  }
  console.log(`Widget budget: ${kb(widget.gzip)} of ${kb(WIDGET_BUDGET_GZIP)} gzipped (${kb(left)} left).`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
