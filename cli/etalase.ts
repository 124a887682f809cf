/**
 * `rapi etalase`: a showcase feed → the standalone page (etalase.html) or the one-block snippet, for curators
 * without the extension. Same builder as the extension's "Etalase saya" (shared/embed). A feed with any item the
 * widget would skip is refused (exit 2), every bad item named: a café should not print a page that silently
 * lacks products.
 */
import { statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildEmbed, EmbedError } from '../shared/embed';
import { parseFeedText, type ShowcaseFeed } from '../shared/feed';
import { bi, both, type BilingualText } from '../shared/i18n/text';
import { InputError, UsageError } from './errors';
import { readWhole } from './source';
import { readEmbedScripts } from './widget-scripts';


function fail(text: BilingualText): never {
  throw new InputError(text);
}

function usage(text: BilingualText): never {
  throw new UsageError(text);
}

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      snippet: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'id' },
      intro: { type: 'string' },
    },
  });
  if (values.lang !== 'id' && values.lang !== 'en') usage(bi(`--lang harus id atau en, bukan "${values.lang}".`, `--lang must be id or en, not "${values.lang}".`));
  const file = positionals[0];
  if (!file || (!values.out && !values.snippet)) {
    usage(
      bi(
        'Sebutkan feed dan hasilnya, misalnya: rapi etalase etalase.json --out etalase.html (atau --snippet).',
        'Name the feed and what to make, e.g.: rapi etalase etalase.json --out etalase.html (or --snippet).',
      ),
    );
  }
  return { ...values, lang: values.lang as 'id' | 'en', file };
}

/** A feed with items the widget would skip: the message, then one line per bad item. */
export class BadItemsError extends InputError {
  constructor(
    text: BilingualText,
    readonly items: BilingualText[],
  ) {
    super(text);
  }
}

/** The feed, or exit 2 naming the problem: unreadable JSON, a bad envelope, or each item the widget would skip. */
export function readFeedStrictly(text: string): ShowcaseFeed {
  const result = parseFeedText(text);
  if (!result.ok) fail(result.error);
  const bad = result.skipped.length;
  if (bad) {
    throw new BadItemsError(
      bi(`${bad} barang di feed ini tidak valid. Perbaiki dulu, lalu jalankan lagi:`, `${bad} item(s) in this feed are not valid. Fix them, then run again:`),
      result.skipped.map(({ index, id, reason }) => {
        const which = id ? ` (id "${id}")` : '';
        return { id: `barang ke-${index + 1}${which}: ${reason.id}`, en: `item ${index + 1}${which}: ${reason.en}` };
      }),
    );
  }
  return result.feed;
}

/** A feed of 5,000 items is about 3 MB; far beyond that is a wrong file, not a showcase. */
const MAX_FEED_BYTES = 20_000_000;
const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;

export async function runEtalase(args: string[]): Promise<number> {
  try {
    const opts = options(args);
    const bytes = await readWhole(opts.file, MAX_FEED_BYTES, bi('Feed ini lebih dari 20 MB: terlalu besar untuk satu halaman.', 'This feed is over 20 MB: too large for one page.'));
    const feed = readFeedStrictly(Buffer.from(bytes).toString('utf8'));
    if (!feed.items.length) console.error(both(bi('Catatan: feed ini belum berisi produk.', 'Note: this feed has no products yet.')));
    const scripts = await readEmbedScripts(() =>
      console.error(both(bi('Membangun widget dulu (sekali saja)…', 'Building the widget first (once)…'))),
    );
    if (opts.snippet) process.stdout.write(buildEmbed(feed, { form: 'block', scripts, lang: opts.lang }));
    if (opts.out) {
      const page = buildEmbed(feed, { form: 'page', scripts, lang: opts.lang, intro: opts.intro });
      try {
        if (statSync(opts.out, { throwIfNoEntry: false })?.isDirectory()) throw new Error('directory');
        writeFileSync(opts.out, page);
      } catch {
        fail(bi(`Tidak bisa menulis "${opts.out}". Periksa nama folder dan izinnya.`, `Could not write "${opts.out}". Check the folder name and its permissions.`));
      }
      const size = Buffer.byteLength(page);
      console.error(
        both(bi(`Etalase ditulis ke ${opts.out}: ${feed.items.length} produk, ${kb(size)}.`, `Showcase written to ${opts.out}: ${feed.items.length} products, ${kb(size)}.`)),
      );
    }
    return 0;
  } catch (error) {
    // Our own problems end here with their details; the rest (usage, unreadable file) is cli/errors.ts's to say.
    if (error instanceof EmbedError) {
      console.error(both(error.text));
      return 2;
    }
    if (error instanceof BadItemsError) {
      console.error(both(error.text));
      for (const item of error.items) console.error(`  - ${both(item)}`);
      return 2;
    }
    throw error;
  }
}
