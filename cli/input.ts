import { bi, type BilingualText } from '../shared/i18n/text';
import { DECODE_NOTES, TextFileDecoder, looksBinary } from '../shared/import/decode-text';
import { isZip } from '../shared/import/sniff';
import { listingFromObject } from '../shared/listing/from-object';
import type { RowResult } from '../shared/listing/from-row';
import type { Listing } from '../shared/listing/schema';
import { InputError } from './errors';
import { byteChunks, collectBytes } from './source';

/**
 * Reads listings from a file of any size as they come: CSV and JSONL row by row, so memory stays flat. A JSON
 * document and an .xlsx must be read whole; past their limits they are refused with a message saying what to do.
 * The format is decided by content, never by the file's name.
 */
export type InputEvent =
  | { kind: 'row'; where: BilingualText; listing: Listing }
  | { kind: 'rejected'; where: BilingualText; errors: BilingualText[] };

export interface ReadOptions {
  /** A note about the whole file (unused columns, the encoding, broken quoting): said once, never an error. */
  onNote: (text: BilingualText) => void;
}

export const INPUT_LIMITS = {
  /** A JSON document is parsed whole: its text and its objects must fit in memory together. */
  jsonChars: 24 * 1024 * 1024,
  /** One CSV row or JSONL line: a listing with a long description is a few thousand characters. */
  rowChars: 1024 * 1024,
  xlsxBytes: 50 * 1024 * 1024,
  /** read-excel-file holds every cell of the workbook: these keep it well under a few hundred MB. */
  xlsxUnzippedBytes: 32 * 1024 * 1024,
  xlsxRows: 50_000,
} as const;

const mb = (n: number) => Math.round(n / 1024 / 1024);

export const INPUT_PROBLEMS = {
  empty: bi('File kosong.', 'The file is empty.'),
  jsonTooBig: bi(
    `File JSON ini lebih dari ${mb(INPUT_LIMITS.jsonChars)} MB. Dokumen JSON harus dibaca utuh sekaligus; simpan sebagai JSONL (satu listing per baris) atau CSV, yang dibaca baris demi baris sebesar apa pun.`,
    `This JSON file is over ${mb(INPUT_LIMITS.jsonChars)} MB. A JSON document must be read whole at once; save it as JSONL (one listing per line) or CSV, which are read row by row however big.`,
  ),
  xlsxTooBig: bi(
    `File Excel ini lebih dari ${mb(INPUT_LIMITS.xlsxBytes)} MB. Simpan lembar produknya sebagai "CSV UTF-8" lalu periksa file CSV itu.`,
    `This Excel file is over ${mb(INPUT_LIMITS.xlsxBytes)} MB. Save the products sheet as "CSV UTF-8" and check that CSV file.`,
  ),
  brokenJson: (message: string) => bi(`File JSON rusak: ${message}`, `The JSON file is broken: ${message}`),
  lineTooLong: bi(
    `Baris ini lebih dari ${mb(INPUT_LIMITS.rowChars)} juta huruf; itu bukan satu listing.`,
    `This line is over ${mb(INPUT_LIMITS.rowChars)} million characters; that is not one listing.`,
  ),
} as const;

/** Where a row is, as the seller finds it: "baris 3" of a spreadsheet, "item 2" of a JSON array, "line 4" of JSONL. */
export const rowWhere = (n: number) => bi(`baris ${n}`, `row ${n}`);
const lineWhere = (n: number) => bi(`baris ${n}`, `line ${n}`);

export function rowEvent(where: BilingualText, result: RowResult): InputEvent {
  return result.ok ? { kind: 'row', where, listing: result.listing } : { kind: 'rejected', where, errors: result.errors };
}

/** Decoded text, chunk by chunk, with room to put back what a reader looked at too early. */
export class TextSource {
  private readonly decoder = new TextFileDecoder();
  private readonly pending: string[] = [];
  private notesSaid = 0;
  private done = false;

  constructor(
    private first: Uint8Array | undefined,
    private readonly chunks: AsyncIterator<Uint8Array>,
    private readonly onNote: (text: BilingualText) => void,
  ) {}

  async next(): Promise<string | undefined> {
    if (this.pending.length) return this.pending.shift();
    while (!this.done) {
      let text: string;
      if (this.first) {
        text = this.decoder.push(this.first);
        this.first = undefined;
      } else {
        const next = await this.chunks.next();
        if (next.done) this.done = true;
        text = next.done ? this.decoder.end() : this.decoder.push(next.value);
      }
      while (this.notesSaid < this.decoder.notes.length) this.onNote(this.decoder.notes[this.notesSaid++]!);
      if (text) return text;
    }
    return undefined;
  }

  unshift(text: string): void {
    if (text) this.pending.unshift(text);
  }
}

/** Lines of text (without their line ending); a line past `maxChars` is given as `tooLong`, never held in memory. */
async function* lines(source: TextSource, maxChars: number): AsyncGenerator<{ number: number; text: string; tooLong?: true }> {
  let buffer = '';
  let number = 0;
  let skipping = false;
  for (let chunk = await source.next(); chunk !== undefined; chunk = await source.next()) {
    buffer += chunk;
    let start = 0;
    for (let end = buffer.indexOf('\n'); end !== -1; end = buffer.indexOf('\n', start)) {
      number++;
      if (skipping || end - start > maxChars) {
        skipping = false;
        yield { number, text: '', tooLong: true };
      } else {
        yield { number, text: buffer.slice(start, buffer[end - 1] === '\r' ? end - 1 : end) };
      }
      start = end + 1;
    }
    buffer = buffer.slice(start);
    if (buffer.length > maxChars) {
      skipping = true;
      buffer = '';
    }
  }
  if (skipping) yield { number: number + 1, text: '', tooLong: true };
  else if (buffer.trim()) yield { number: number + 1, text: buffer };
}

/** Names JSON fields Rapi does not use, each the first time it appears (a bounded set: a hostile file can't grow it). */
function unusedFieldNotes(onNote: ReadOptions['onNote']) {
  const seen = new Set<string>();
  return (names: string[], where: BilingualText) => {
    const fresh = names.map((n) => n.slice(0, 40)).filter((n) => !seen.has(n));
    if (!fresh.length || seen.size >= 200) return;
    for (const name of fresh) seen.add(name);
    const list = fresh.join(', ');
    onNote(bi(`Isian yang tidak dipakai Rapi (mulai ${where.id}): ${list}.`, `Fields Rapi does not use (from ${where.en}): ${list}.`));
  };
}

function objectEvent(record: unknown, where: BilingualText, unused: ReturnType<typeof unusedFieldNotes>): InputEvent {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { kind: 'rejected', where, errors: [bi('Bukan objek listing.', 'Not a listing object.')] };
  }
  const result = listingFromObject(record);
  unused(result.unused, where);
  return rowEvent(where, result);
}

async function* jsonLines(source: TextSource, options: ReadOptions): AsyncGenerator<InputEvent> {
  const unused = unusedFieldNotes(options.onNote);
  for await (const line of lines(source, INPUT_LIMITS.rowChars)) {
    const where = lineWhere(line.number);
    if (line.tooLong) {
      yield { kind: 'rejected', where, errors: [INPUT_PROBLEMS.lineTooLong] };
      continue;
    }
    if (!line.text.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line.text);
    } catch {
      yield { kind: 'rejected', where, errors: [bi('Baris ini bukan JSON yang valid.', 'This line is not valid JSON.')] };
      continue;
    }
    yield objectEvent(record, where, unused);
  }
}

/** A JSON listing or array, read whole (refused past its limit before it is parsed). */
async function* jsonDocument(source: TextSource, options: ReadOptions): AsyncGenerator<InputEvent> {
  const parts: string[] = [];
  let length = 0;
  for (let chunk = await source.next(); chunk !== undefined; chunk = await source.next()) {
    length += chunk.length;
    if (length > INPUT_LIMITS.jsonChars) throw new InputError(INPUT_PROBLEMS.jsonTooBig);
    parts.push(chunk);
  }
  let data: unknown;
  try {
    data = JSON.parse(parts.join(''));
  } catch (error) {
    throw new InputError(INPUT_PROBLEMS.brokenJson((error as Error).message));
  }
  parts.length = 0;
  const unused = unusedFieldNotes(options.onNote);
  if (!Array.isArray(data)) {
    yield objectEvent(data, bi('listing', 'listing'), unused);
    return;
  }
  for (let i = 0; i < data.length; i++) {
    yield objectEvent(data[i], bi(`item ${i + 1}`, `item ${i + 1}`), unused);
    data[i] = undefined;
  }
}

/** JSON (`[` or a pretty-printed `{`), JSONL (one `{…}` per line) or CSV, decided by the first characters. */
async function* textListings(source: TextSource, options: ReadOptions): AsyncGenerator<InputEvent> {
  let head = '';
  while (!/\S/.test(head) && head.length <= INPUT_LIMITS.rowChars) {
    const chunk = await source.next();
    if (chunk === undefined) break;
    head += chunk;
  }
  const start = head.search(/\S/);
  if (start === -1) throw new InputError(INPUT_PROBLEMS.empty);
  if (head[start] === '[') {
    source.unshift(head);
    yield* jsonDocument(source, options);
    return;
  }
  if (head[start] !== '{') {
    source.unshift(head);
    const { readCsv } = await import('./input-csv');
    yield* readCsv(source, options);
    return;
  }
  // One `{…}` per line is JSONL; a pretty-printed object spans lines.
  while (head.indexOf('\n', start) === -1 && head.length <= INPUT_LIMITS.rowChars) {
    const chunk = await source.next();
    if (chunk === undefined) break;
    head += chunk;
  }
  const lineEnd = head.indexOf('\n', start);
  let firstLineIsJson = false;
  try {
    firstLineIsJson = lineEnd !== -1 && JSON.parse(head.slice(start, lineEnd)) !== undefined;
  } catch {
    // A pretty-printed single object.
  }
  source.unshift(head);
  yield* firstLineIsJson ? jsonLines(source, options) : jsonDocument(source, options);
}

async function* xlsxListings(bytes: Uint8Array, options: ReadOptions): AsyncGenerator<InputEvent> {
  const [{ readXlsxSheet }, { recordsFromSheet }, { listingFromRow }, { default: readXlsxFile }] = await Promise.all([
    import('../shared/import/xlsx'),
    import('../shared/import/sheet'),
    import('../shared/listing/from-row'),
    import('read-excel-file/node'),
  ]);
  const limits = { unzippedBytes: INPUT_LIMITS.xlsxUnzippedBytes, rows: INPUT_LIMITS.xlsxRows };
  const read = await readXlsxSheet(bytes, limits, async (zip) => (await readXlsxFile(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength))) as never, 'csv');
  if (!read.ok) throw new InputError(read.problem);
  const { records, notes } = recordsFromSheet(read.rows, read.sheet);
  if (!records.length && notes.length) throw new InputError(notes[0]!);
  notes.forEach(options.onNote);
  for (const { row, record } of records) yield rowEvent(rowWhere(row), listingFromRow(record));
}

/** Every listing in `file` ("-": stdin), in order, as it is read. */
export async function* readListings(file: string, options: ReadOptions): AsyncGenerator<InputEvent> {
  const chunks = byteChunks(file);
  let first = await chunks.next();
  while (!first.done && first.value.length === 0) first = await chunks.next();
  if (first.done) throw new InputError(INPUT_PROBLEMS.empty);
  if (isZip(first.value)) {
    yield* xlsxListings(await collectBytes(first.value, chunks, INPUT_LIMITS.xlsxBytes, INPUT_PROBLEMS.xlsxTooBig), options);
    return;
  }
  if (looksBinary(first.value)) throw new InputError(DECODE_NOTES.notText);
  yield* textListings(new TextSource(first.value, chunks, options.onNote), options);
}
