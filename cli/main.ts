import { bi } from '../shared/i18n/text';
import { UsageError, reportFailure } from './errors';

/**
 * The `rapi` command. This module loads nothing heavy: `rapi --help` answers at once, and each command loads only
 * what it needs (the checks for `check`, happy-dom for saved pages, the spreadsheet reader for .xlsx, photos only
 * when a listing names some).
 */
export const USAGE = `Rapi — periksa listing Shopee & Tokopedia / check Shopee & Tokopedia listings

  rapi check FILE [--marketplace shopee|tokopedia|generic] [--lang id|en] [--format text|json|jsonl|csv]
      FILE: JSON listing, JSON array, JSONL, CSV with a header (at least "title"), or a Shopee/Tokopedia
      bulk-upload .xlsx; "-" reads stdin. CSV and JSONL are read row by row, however big.
      --ocr: also read the text on the photos (photos[].src in JSON, or the CSV column photo_urls:
      local files or http(s) URLs; the photos' pixels are always checked when they are named)
      --allow-local-photos DIR: also read local photos in DIR (by default only photos in the listing
      file's folder are read; addresses on this computer or the local network are never opened)
  rapi check --url URL PAGE.html [...]   read a saved product page, then check it
  rapi extract PAGE.html --url URL [--format json|text]
  rapi fix-photo FILE... --out DIR [--marketplace shopee|tokopedia|generic] [--lang id|en]
      writes a fixed copy of each photo to DIR (square 1:1 on white, at least 1,024 px when the photo
      allows, JPEG under 2 MB, no EXIF/GPS) and prints what changed and the photo checks before → after.
      The first FILE is checked as the cover photo. Exit 2 when a photo cannot be read.
  rapi etalase FEED.json --out etalase.html [--lang id|en] [--intro TEXT]
      one self-contained showcase page (widget + feed inside, works offline, QR code per product)
  rapi etalase FEED.json --snippet [--lang id|en]
      prints one block (widget script + feed) for Blogger's HTML gadget or WordPress's Custom HTML

Results go to stdout; notes, skipped rows and "N listing dibaca / read" go to stderr.
Exit 0: checked (findings are not errors). Exit 2: the input could not be read, including a saved page on
which Rapi found no product (login, home or search page, a page still loading): it is never scored.
Exit 1: an error inside Rapi.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      console.log(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'check') return await (await import('./check')).check(rest);
    if (command === 'extract') return await (await import('./extract-command')).extract(rest);
    if (command === 'fix-photo') return await (await import('./fix-photo')).fixPhotoCommand(rest);
    if (command === 'etalase') return await (await import('./etalase')).runEtalase(rest);
    throw new UsageError(bi(`Perintah "${command}" tidak dikenal.`, `Unknown command "${command}".`));
  } catch (error) {
    return reportFailure(error, USAGE);
  }
}

/** The process around `main`: errors that escape every await (a stream's error event) get the same plain message. */
export async function run(argv: string[]): Promise<void> {
  const last = (error: unknown) => {
    process.exitCode = reportFailure(error, USAGE);
    process.exit();
  };
  process.on('uncaughtException', last);
  process.on('unhandledRejection', last);
  process.exitCode = await main(argv);
}
