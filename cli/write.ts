import { csvLine } from '../shared/csv/write';
import type { Lang } from '../shared/i18n/text';
import { CSV_HEADER, SummaryTally, csvRecord, listingRecord, textBlock, type CheckedListing } from './format';

export const FORMATS = ['text', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * stdout, written in blocks of about 64 KB and paced by the reader: when the pipe is full, the next listing waits
 * for 'drain' instead of piling up in memory. What waits in the block is written within a quarter second, so a
 * trainer watching a slow file (photos, a pipe) sees each result soon after it is checked.
 */
export class Output {
  private parts: string[] = [];
  private size = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 64 * 1024) await this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), 250);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.size) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}

/** Writes checked listings in one format as they come; `end` finishes the document (a JSON array is closed). */
export interface ListingWriter {
  add(item: CheckedListing): Promise<void>;
  end(): Promise<void>;
}

/** Nothing is written before the first listing: a file with no listing to check leaves stdout empty. */
export function listingWriter(format: Format, lang: Lang, out: Output): ListingWriter {
  let started = false;
  switch (format) {
    case 'json':
      return {
        // A streamed array, still one valid JSON document, in the same layout as JSON.stringify(array, null, 2).
        async add(item) {
          // Stringified inside an array so that JSON.stringify indents it as an item; the brackets are cut off.
          const record = JSON.stringify([listingRecord(item, lang)], null, 2).slice(2, -2);
          await out.write(started ? `,\n${record}` : `[\n${record}`);
          started = true;
        },
        async end() {
          if (started) await out.write('\n]\n');
          await out.flush();
        },
      };
    case 'jsonl':
      return {
        add: (item) => out.write(`${JSON.stringify(listingRecord(item, lang))}\n`),
        end: () => out.flush(),
      };
    case 'csv':
      return {
        async add(item) {
          if (!started) await out.write(`${csvLine(CSV_HEADER)}\r\n`);
          started = true;
          await out.write(`${csvLine(csvRecord(item, lang))}\r\n`);
        },
        end: () => out.flush(),
      };
    case 'text': {
      const tally = new SummaryTally();
      return {
        async add(item) {
          started = true;
          tally.add(item.report);
          await out.write(textBlock(item, lang));
        },
        async end() {
          if (started) await out.write(`${tally.text(lang)}\n`);
          await out.flush();
        },
      };
    }
  }
}
