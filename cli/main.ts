import { parseArgs } from 'node:util';
import { checkListing, profileFor, type ProfileId } from '../shared/checks';
import { Listing } from '../shared/listing/schema';
import { both, bi, Lang, type BilingualText } from '../shared/i18n/text';
import path from 'node:path';
import { PhotoChecker, groupPhotoProblems } from './check-photos';
import { extractFromHtml } from './extract';
import { toCsv, toJson, toText, type CheckedListing } from './format';
import { InputError, isXlsx, parseListings, parseXlsx, readBytes, readSource, type ParsedInput } from './input';

const USAGE = `Rapi — periksa listing Shopee & Tokopedia / check Shopee & Tokopedia listings

  rapi check FILE [--marketplace shopee|tokopedia|generic] [--lang id|en] [--format text|json|csv]
      FILE: JSON listing, JSON array, JSONL, CSV with a header (at least "title"), or a Shopee/Tokopedia
      bulk-upload .xlsx; "-" reads stdin.
      --ocr: also read the text on the photos (photos[].src in JSON, or the CSV column photo_urls:
      local files or http(s) URLs; the photos' pixels are always checked when they are named)
  rapi check --url URL PAGE.html [...]   read a saved product page, then check it
  rapi extract PAGE.html --url URL [--format json|text]

Exit 0: checked (findings are not errors). Exit 2: the input could not be read.`;

const PROFILES_ALLOWED = ['shopee', 'tokopedia', 'generic'] as const;

class UsageError extends Error {
  constructor(readonly text: BilingualText) {
    super(text.en);
  }
}

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      marketplace: { type: 'string' },
      lang: { type: 'string', default: 'id' },
      format: { type: 'string', default: 'text' },
      url: { type: 'string' },
      ocr: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const lang = Lang.safeParse(values.lang);
  if (!lang.success) throw new UsageError(bi(`--lang harus id atau en, bukan "${values.lang}".`, `--lang must be id or en, not "${values.lang}".`));
  const marketplace = values.marketplace;
  if (marketplace !== undefined && !(PROFILES_ALLOWED as readonly string[]).includes(marketplace)) {
    throw new UsageError(bi(`--marketplace harus shopee, tokopedia atau generic, bukan "${marketplace}".`, `--marketplace must be shopee, tokopedia or generic, not "${marketplace}".`));
  }
  return { ...values, lang: lang.data, profile: marketplace as ProfileId | undefined, positionals };
}

function readExtraction(file: string, url: string) {
  const html = readSource(file);
  if (!/<html|<body|<head|<meta|<div/i.test(html)) {
    throw new InputError(bi(`"${file}" bukan halaman HTML.`, `"${file}" is not an HTML page.`));
  }
  return extractFromHtml(html, url);
}

async function check(args: string[]): Promise<number> {
  const opts = options(args);
  const file = opts.positionals[0];
  if (!file) throw new UsageError(bi('Sebutkan file yang diperiksa, misalnya: rapi check listing.csv', 'Name the file to check, e.g.: rapi check listing.csv'));
  if (!['text', 'json', 'csv'].includes(opts.format!)) throw new UsageError(bi(`--format harus text, json atau csv.`, `--format must be text, json or csv.`));

  let input: ParsedInput;
  if (opts.url) {
    const extraction = readExtraction(file, opts.url);
    input = { rows: [{ where: bi('halaman', 'page'), listing: extraction.listing }], rejected: [], notes: extraction.problems };
    if (extraction.loginWall || extraction.page.kind !== 'product' && extraction.page.kind !== 'seller-form') {
      if (!extraction.listing.title) throw new InputError(extraction.problems[0] ?? bi('Halaman ini bukan halaman produk.', 'This page is not a product page.'));
    }
  } else {
    const bytes = readBytes(file);
    input = isXlsx(bytes) ? await parseXlsx(bytes) : parseListings(bytes.toString('utf8'));
  }
  for (const note of input.notes) console.error(`catatan / note: ${both(note)}`);
  for (const bad of input.rejected) {
    console.error(`dilewati / skipped ${bad.where.id}: ${bad.errors.map(both).join('; ')}`);
  }
  if (input.rows.length === 0) {
    throw new InputError(bi('Tidak ada listing yang bisa diperiksa di file ini.', 'There is no listing in this file that can be checked.'));
  }
  const photoChecker = new PhotoChecker({
    ocr: Boolean(opts.ocr),
    baseDir: file === '-' ? process.cwd() : path.dirname(path.resolve(file)),
    ...(process.stderr.isTTY ? { onProgress: (text: string) => process.stderr.write(`\r${text.padEnd(50)}`) } : {}),
  });
  const checked: CheckedListing[] = [];
  try {
    for (const [i, row] of input.rows.entries()) {
      const profile = opts.profile ?? profileFor(Listing.parse(row.listing).marketplace);
      const photos = await photoChecker.check(row.listing, profile);
      for (const line of groupPhotoProblems(photos?.problems ?? [])) console.error(`${row.where.id}: ${both(line)}`);
      const listing = photos?.listing ?? row.listing;
      checked.push({
        index: i + 1,
        where: row.where[opts.lang],
        listing,
        report: checkListing(listing, { profile, extraFindings: photos?.findings, measuredPhotoIndexes: photos?.measured, failedPhotoIndexes: photos?.failed }),
        ...(photos?.problems.length ? { photoProblems: photos.problems } : {}),
      });
    }
  } finally {
    await photoChecker.close();
    if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(52) + '\r');
  }
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify(toJson(checked, opts.lang), null, 2)}\n`);
  else if (opts.format === 'csv') process.stdout.write(`${toCsv(checked, opts.lang)}\n`);
  else process.stdout.write(`${toText(checked, opts.lang)}\n`);
  return 0;
}

function extract(args: string[]): number {
  const opts = options(args);
  const file = opts.positionals[0];
  if (!file || !opts.url) throw new UsageError(bi('Pakai: rapi extract HALAMAN.html --url URL', 'Use: rapi extract PAGE.html --url URL'));
  const extraction = readExtraction(file, opts.url);
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
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      console.log(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'check') return await check(rest);
    if (command === 'extract') return extract(rest);
    throw new UsageError(bi(`Perintah "${command}" tidak dikenal.`, `Unknown command "${command}".`));
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      console.error(both(error.text));
      if (error instanceof UsageError) console.error(`\n${USAGE}`);
      return 2;
    }
    if (error instanceof TypeError && /ERR_PARSE_ARGS/.test(String((error as NodeJS.ErrnoException).code))) {
      console.error(both(bi(`Pilihan tidak dikenal: ${error.message}`, `Unknown option: ${error.message}`)));
      return 2;
    }
    throw error;
  }
}
