import { bi, both, type Lang } from '../shared/i18n/text';
import { decodeTextFile } from '../shared/import/decode-text';
import type { Extraction, NotReadReason, PageInfo } from '../shared/marketplaces/types';
import { InputError, UsageError } from './errors';
import { readWhole } from './source';
import { options } from './options';

/** A saved product page is a few MB; more is not a page Rapi can read in memory. */
const MAX_PAGE_BYTES = 32 * 1024 * 1024;

/** Reads a saved page (happy-dom loads only here) and what Rapi reads from it. */
export async function readExtraction(file: string, url: string): Promise<Extraction> {
  const bytes = await readWhole(file, MAX_PAGE_BYTES, bi(`Halaman "${file}" lebih dari 32 MB; itu bukan halaman produk yang disimpan.`, `The page "${file}" is over 32 MB; that is not a saved product page.`));
  const decoded = decodeTextFile(bytes);
  const html = decoded.ok ? decoded.text : '';
  if (!/<html|<body|<head|<meta|<div/i.test(html)) {
    throw new InputError(bi(`"${file}" bukan halaman HTML.`, `"${file}" is not an HTML page.`));
  }
  const { extractFromHtml } = await import('./extract');
  return extractFromHtml(html, url);
}

export async function extract(args: string[]): Promise<number> {
  const opts = options(args);
  const file = opts.positionals[0];
  if (!file || !opts.url) throw new UsageError(bi('Pakai: rapi extract HALAMAN.html --url URL', 'Use: rapi extract PAGE.html --url URL'));
  const extraction = await readExtraction(file, opts.url);
  if (opts.format === 'text') {
    const { listing, fields, problems, page } = extraction;
    console.log(`${page.site} · ${page.kind}`);
    for (const [field, state] of Object.entries(fields)) {
      const value = (listing as Record<string, unknown>)[field];
      console.log(`  ${field.padEnd(16)} ${String(state).padEnd(8)} ${value === undefined ? '' : JSON.stringify(value).slice(0, 100)}`);
    }
    for (const p of problems) console.log(`  ! ${p[opts.lang]}`);
  } else {
    process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
  }
  // The page was parsed, but no product was found on it: say so, and exit as `check` does.
  if (!extraction.read) {
    console.error(both(extraction.notRead!.message));
    return 2;
  }
  return 0;
}

/** What `rapi check --url … --format json|jsonl` prints for a page on which no product was found (exit code 2). */
export interface NotReadJson {
  read: false;
  reason: NotReadReason;
  /** The headline "Rapi belum bisa membaca produk di halaman ini." and the reason, in the --lang language. */
  message: string;
  url: string;
  page: PageInfo;
}

/**
 * A page on which Rapi found no product: exit 2, nothing scored. The reason goes to stderr in both languages and,
 * with --format json or jsonl, to stdout as a `NotReadJson`, so a script can tell why.
 */
export function pageNotRead(extraction: Extraction, format: string, lang: Lang): number {
  const { reason, message } = extraction.notRead!;
  const json: NotReadJson = { read: false, reason, message: message[lang], url: extraction.listing.sourceUrl ?? '', page: extraction.page };
  if (format === 'json') process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else if (format === 'jsonl') process.stdout.write(`${JSON.stringify(json)}\n`);
  console.error(both(message));
  return 2;
}
