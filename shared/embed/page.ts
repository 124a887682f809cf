/**
 * The standalone page: one self-contained etalase.html with the café's name, a short intro, the widget and the
 * feed inside, and the small script that shows a product's QR code ("Pindai untuk beli"). It needs no hosting and
 * no network: open it from a phone's files, put it on the counter tablet, or upload it anywhere.
 */
import { formatDate } from '../feed/format';
import type { ShowcaseFeed } from '../feed/schema';
import { escapeHtml, inlineScript } from './html';
import { fallbackLinks, inlineFeedLines } from './snippet';

export type PageLang = 'id' | 'en';

export interface PageOptions {
  lang?: PageLang;
  /** A sentence or two under the café's name; a plain one is written when it is missing. */
  intro?: string;
}

/** The built files the page carries inside it (.output/widget). */
export interface EmbedScripts {
  /** rapi-etalase.js */
  widget: string;
  /** rapi-etalase-page.js: answers "Pindai untuk beli" with a QR code. */
  page: string;
}

const MAX_AT_ONCE = 100;

const COPY = {
  id: {
    intro: (name: string) =>
      `Produk lokal pilihan ${name}. Ketuk tombol di kartu untuk membeli langsung dari penjualnya, atau "Pindai untuk beli" lalu arahkan kamera ponsel Anda ke kodenya.`,
    updated: (date: string) => `Diperbarui ${date}`,
    made: 'Dibuat dengan Rapi',
  },
  en: {
    intro: (name: string) =>
      `Local products chosen by ${name}. Tap a button on a card to buy straight from the seller, or "Scan to buy" and point your phone's camera at the code.`,
    updated: (date: string) => `Updated ${date}`,
    made: 'Made with Rapi',
  },
};

/* The café's page around the widget: light, readable on a phone and a tablet, and the QR dialog's look. */
const PAGE_CSS = `
:root{color-scheme:light}
body{margin:0;background:#f6f1ea;color:#1f1a14;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 12px}
header{padding-top:20px}
h1{margin:0 0 4px;font-size:1.6em;line-height:1.2;overflow-wrap:break-word}
header p{margin:0 0 12px;color:#4d443a}
rapi-etalase{margin-bottom:16px}
footer{padding-bottom:24px;color:#5b5247;font-size:.9em}
.qr-dialog{max-width:min(92vw,380px);padding:20px;border:0;border-radius:12px;text-align:center;color:#1f1a14}
.qr-dialog::backdrop{background:#000a}
.qr-dialog h2{margin:0 0 4px;font-size:1.25em}
.qr-dialog p{margin:0 0 12px;overflow-wrap:break-word}
.qr-dialog svg{display:block;width:min(72vw,300px);height:auto;margin:0 auto 12px}
.qr-dialog .where{color:#5b5247;font-size:.9em}
.qr-dialog button{min-height:44px;padding:8px 24px;border:2px solid #8a3b12;border-radius:8px;background:#fff;color:#1f1a14;font:inherit;font-weight:600;cursor:pointer}
.qr-dialog button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
`.trim();

export function standalonePage(feed: ShowcaseFeed, scripts: EmbedScripts, options: PageOptions = {}): string {
  const lang = options.lang === 'en' ? 'en' : 'id';
  const copy = COPY[lang];
  const name = feed.curator?.name ?? feed.title;
  const title = name === feed.title ? name : `${name} · ${feed.title}`;
  const updated = feed.updated && formatDate(feed.updated, lang);
  const footer = [updated && copy.updated(updated), copy.made].filter(Boolean).join(' · ');
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    '<meta name="generator" content="Rapi">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(name)}</h1>`,
    `<p>${escapeHtml(options.intro?.trim() || copy.intro(name))}</p>`,
    '</header>',
    '<main>',
    // Every product at once (up to a long tablet scroll), then "Lihat lebih banyak" for very long feeds.
    `<rapi-etalase id="etalase" lang="${lang}" max="${Math.min(Math.max(feed.items.length, 12), MAX_AT_ONCE)}" qr>`,
    ...inlineFeedLines(feed, true),
    ...fallbackLinks(feed, feed.items.length),
    '</rapi-etalase>',
    '</main>',
    `<footer>${escapeHtml(footer)}</footer>`,
    inlineScript(scripts.widget),
    inlineScript(scripts.page),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
