/**
 * npm run size: how big the widget is after compression, and whether it fits its budget (issue 6: 12 KB
 * gzipped, everything included); how much JavaScript the phone page loads first, without OCR, and whether it fits
 * its budget (issue 16: 150 KB gzipped). Exits 1 over a budget or when either is not built, so CI fails.
 * The extension's content scripts and total size, the standalone page's QR script and the standalone page and
 * one-block snippet made from the demo feed, and the phone page's other files are printed for information only.
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
export const WEB = path.join(ROOT, '.output/web');
/** 150 KB of JavaScript, gzipped, for the phone page's first load (OCR and lazy parts not included). */
export const WEB_FIRST_LOAD_BUDGET_GZIP = 150_000;

interface ViteChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** The JavaScript files index.html loads before anything is asked for: the entry and its static imports. */
export function firstLoadFiles(webDir: string = WEB): string[] {
  const manifest = JSON.parse(readFileSync(path.join(webDir, '.vite/manifest.json'), 'utf8')) as Record<string, ViteChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry && key.endsWith('index.html')) visit(key);
  return [...seen].filter((f) => f.endsWith('.js')).map((f) => path.join(webDir, f));
}

export function webFirstLoad(webDir: string = WEB): Sizes {
  const files = firstLoadFiles(webDir);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const s = measure(readFileSync(file));
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

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

  const web = webSizes();
  if (web === null) return 1;

  const left = WIDGET_BUDGET_GZIP - widget.gzip;
  let failed = false;
  if (left < 0) {
    console.error(
      `Widget melebihi anggaran: ${kb(widget.gzip)} gzip, batas ${kb(WIDGET_BUDGET_GZIP)}. / Widget over budget: ${kb(widget.gzip)} gzipped, limit ${kb(WIDGET_BUDGET_GZIP)}.`,
    );
    failed = true;
  } else {
    console.log(`Widget budget: ${kb(widget.gzip)} of ${kb(WIDGET_BUDGET_GZIP)} gzipped (${kb(left)} left).`);
  }
  const webLeft = WEB_FIRST_LOAD_BUDGET_GZIP - web.gzip;
  if (webLeft < 0) {
    console.error(
      `Rapi di HP melebihi anggaran: JavaScript pertama ${kb(web.gzip)} gzip, batas ${kb(WEB_FIRST_LOAD_BUDGET_GZIP)}. / Phone page over budget: first-load JavaScript ${kb(web.gzip)} gzipped, limit ${kb(WEB_FIRST_LOAD_BUDGET_GZIP)}.`,
    );
    failed = true;
  } else {
    console.log(`Phone page budget: first-load JavaScript ${kb(web.gzip)} of ${kb(WEB_FIRST_LOAD_BUDGET_GZIP)} gzipped (${kb(webLeft)} left).`);
  }
  return failed ? 1 : 0;
}

/** The phone page's figures: first-load JavaScript (budgeted), the rest for information. Null when not built. */
function webSizes(): Sizes | null {
  if (!existsSync(path.join(WEB, '.vite/manifest.json'))) {
    console.error('Rapi di HP belum dibangun: jalankan "npm run build:web". / The phone page is not built: run "npm run build:web".');
    return null;
  }
  const first = firstLoadFiles();
  const firstLoad = webFirstLoad();
  for (const file of first) console.log(line(`web     ${path.relative(ROOT, file)} (first load)`, measure(readFileSync(file))));
  console.log(line('web     first-load JavaScript, all files', firstLoad));
  const all = filesUnder(WEB).filter((f) => !f.includes(`${path.sep}.vite${path.sep}`));
  const ocr = all.filter((f) => f.includes(`${path.sep}ocr${path.sep}`));
  const lazy = all.filter((f) => f.endsWith('.js') && !first.includes(f) && !ocr.includes(f) && !f.endsWith(`${path.sep}sw.js`));
  for (const file of lazy.sort()) console.log(line(`(info) ${path.relative(ROOT, file)} (loaded when needed)`, measure(readFileSync(file))));
  console.log(line('(info) web service worker .output/web/sw.js', measure(readFileSync(path.join(WEB, 'sw.js')))));
  const sum = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);
  console.log(`${'(info) web OCR files, all cores (a phone downloads one)'.padEnd(58)} ${kb(sum(ocr)).padStart(10)} raw`);
  console.log(`${'(info) web without OCR files'.padEnd(58)} ${kb(sum(all) - sum(ocr)).padStart(10)} raw`);
  return firstLoad;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
