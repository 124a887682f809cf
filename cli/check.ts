import path from 'node:path';
import { checkListing, profileFor, type ProfileId } from '../shared/checks';
import { bi, both, type BilingualText } from '../shared/i18n/text';
import type { Listing } from '../shared/listing/schema';
import type { Extraction } from '../shared/marketplaces/types';
import type { PhotoChecker } from './check-photos';
import { InputError, UsageError } from './errors';
import type { CheckedListing } from './format';
import { readListings, type InputEvent } from './input';
import { options } from './options';
import { FORMATS, Output, listingWriter, type Format } from './write';

/**
 * stderr: notes, skipped rows and the final count, one line each; on a terminal also a progress line that is
 * rewritten in place and wiped before any other line.
 */
function stderrLines() {
  let progressShown = false;
  const wipe = () => {
    if (progressShown) process.stderr.write('\r'.padEnd(52) + '\r');
    progressShown = false;
  };
  return {
    progress: process.stderr.isTTY
      ? (text: string) => {
          process.stderr.write(`\r${text.padEnd(50)}`);
          progressShown = true;
        }
      : undefined,
    say(text: string) {
      wipe();
      console.error(text);
    },
    wipe,
  };
}

type Say = (text: string) => void;
const noteLine = (text: BilingualText) => `catatan / note: ${both(text)}`;

/** The listing read from a saved product page (`--url`) on which Rapi found the product, as one input event. */
async function* pageListing(extraction: Extraction, say: Say): AsyncGenerator<InputEvent> {
  for (const problem of extraction.problems) say(noteLine(problem));
  const { validateListing } = await import('../shared/listing/validate');
  const valid = validateListing(extraction.listing);
  yield valid.ok ? { kind: 'row', where: bi('halaman', 'page'), listing: valid.listing } : { kind: 'rejected', where: bi('halaman', 'page'), errors: valid.errors };
}

/** How many listings were read, checked and skipped: said on stderr, so stdout stays a clean document. */
function tallyLine(t: { read: number; checked: number; skipped: number }, stopped: boolean): string {
  const id = (n: number) => n.toLocaleString('id-ID');
  const en = (n: number) => n.toLocaleString('en');
  const start = stopped ? bi('Berhenti', 'Stopped') : bi('Selesai', 'Done');
  return both(
    bi(
      `${start.id}: ${id(t.read)} listing dibaca, ${id(t.checked)} diperiksa, ${id(t.skipped)} dilewati.`,
      `${start.en}: ${en(t.read)} listings read, ${en(t.checked)} checked, ${en(t.skipped)} skipped.`,
    ),
  );
}

export async function check(args: string[]): Promise<number> {
  const opts = options(args);
  const file = opts.positionals[0];
  if (!file) throw new UsageError(bi('Sebutkan file yang diperiksa, misalnya: rapi check listing.csv', 'Name the file to check, e.g.: rapi check listing.csv'));
  const format = opts.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(bi('--format harus text, json, jsonl atau csv.', '--format must be text, json, jsonl or csv.'));

  const { progress, say, wipe } = stderrLines();
  let photoModule: Promise<typeof import('./check-photos')> | undefined;
  let photoChecker: PhotoChecker | undefined;
  /** sharp, tesseract and the photo checks load only for the first listing that names photos. */
  const checkPhotos = async (listing: Listing, profile: ProfileId, where: BilingualText) => {
    if (!listing.photos?.some((p) => p.src)) return undefined;
    const photos = await (photoModule ??= import('./check-photos'));
    photoChecker ??= new photos.PhotoChecker({
      ocr: Boolean(opts.ocr),
      baseDir: file === '-' ? process.cwd() : path.dirname(path.resolve(file)),
      ...(opts['allow-local-photos'] ? { allowLocalPhotos: opts['allow-local-photos'] } : {}),
      ...(progress ? { onProgress: progress } : {}),
    });
    const result = await photoChecker.check(listing, profile);
    // One line per kind of failure with a count ("9 foto tidak bisa diunduh: foto 1–9. …"), not one per photo.
    for (const line of photos.groupPhotoProblems(result?.problems ?? [])) say(`${where.id}: ${both(line)}`);
    return result;
  };
  const checkOne = async (listing: Listing, where: BilingualText, index: number): Promise<CheckedListing> => {
    const profile = opts.profile ?? profileFor(listing.marketplace);
    const photos = await checkPhotos(listing, profile, where);
    const measured = photos?.listing ?? listing;
    return {
      index,
      where: where[opts.lang],
      listing: measured,
      report: checkListing(measured, { profile, extraFindings: photos?.findings, measuredPhotoIndexes: photos?.measured, failedPhotoIndexes: photos?.failed }),
      ...(photos?.problems.length ? { photoProblems: photos.problems } : {}),
      ...(photos?.texts.length ? { photoTexts: photos.texts } : {}),
    };
  };

  // A saved page without a product on it is not read: nothing is scored, and the reason is said (exit 2).
  let page: Extraction | undefined;
  if (opts.url) {
    const pages = await import('./extract-command');
    page = await pages.readExtraction(file, opts.url);
    if (!page.read) return pages.pageNotRead(page, format, opts.lang);
  }
  const writer = listingWriter(format, opts.lang, new Output());
  const tally = { read: 0, checked: 0, skipped: 0 };
  const events = page ? pageListing(page, say) : readListings(file, { onNote: (text) => say(noteLine(text)) });
  let lastProgress = 0;
  try {
    for await (const event of events) {
      tally.read++;
      if (event.kind === 'rejected') {
        tally.skipped++;
        say(`dilewati / skipped ${event.where.id}: ${event.errors.map(both).join('; ')}`);
        continue;
      }
      let checked: CheckedListing;
      try {
        checked = await checkOne(event.listing, event.where, tally.checked + 1);
      } catch (error) {
        // One listing that trips a check is skipped and named; the rest of the file is still checked.
        if (process.env.RAPI_DEBUG) console.error(error);
        tally.skipped++;
        say(`dilewati / skipped ${event.where.id}: ${both(bi('Rapi tidak bisa memeriksa listing ini.', 'Rapi could not check this listing.'))}`);
        continue;
      }
      tally.checked++;
      await writer.add(checked);
      if (progress && Date.now() - lastProgress > 500) {
        lastProgress = Date.now();
        progress(`${tally.checked.toLocaleString('id-ID')} listing diperiksa / checked`);
      }
    }
  } catch (error) {
    // Whatever was written stays a complete document (a JSON array is closed), then the reason is said.
    await writer.end();
    if (tally.read) say(tallyLine(tally, true));
    throw error;
  } finally {
    await photoChecker?.close();
    wipe();
  }
  if (tally.checked === 0) {
    if (tally.read) say(tallyLine(tally, true));
    throw new InputError(bi('Tidak ada listing yang bisa diperiksa di file ini.', 'There is no listing in this file that can be checked.'));
  }
  await writer.end();
  say(tallyLine(tally, false));
  return 0;
}
