import { bi, type BilingualText } from '../shared/i18n/text';
import { canonicalColumn, rowReader, unknownColumns } from '../shared/listing/from-row';
import { InputError } from './errors';
import { INPUT_LIMITS, rowEvent, rowWhere, type InputEvent, type ReadOptions, type TextSource } from './input';

const NO_TITLE = bi(
  'Tidak ada kolom judul. Baris pertama harus berisi nama kolom, minimal "title" (atau "Nama Produk").',
  'There is no title column. The first row must hold column names, at least "title" (or "Nama Produk").',
);

const QUOTE_PROBLEMS: Record<string, BilingualText> = {
  MissingQuotes: bi('tanda kutip (") dibuka tetapi tidak ditutup', 'a quote (") is opened but never closed'),
  InvalidQuotes: bi('tanda kutip (") salah letak', 'a quote (") is in the wrong place'),
};

const rowTooLong = (row: number) =>
  bi(
    `Baris ${row} lebih dari 1 juta huruf: biasanya tanda kutip (") yang tidak ditutup. Perbaiki baris itu, lalu periksa lagi.`,
    `Row ${row} is over 1 million characters: usually a quote (") that is never closed. Fix that row, then check again.`,
  );

/**
 * CSV read as it streams in, with papaparse's own parser: each chunk is parsed up to its last complete row, and the
 * unfinished rest waits for the next chunk (papaparse's chunked reading, driven here so that rows are checked and
 * written before the next chunk is read). Rows are arrays, never objects keyed by header, so a header "__proto__"
 * cannot reach a prototype. Row numbers are the spreadsheet's own (the header is row 1).
 */
export async function* readCsv(source: TextSource, options: ReadOptions): AsyncGenerator<InputEvent> {
  const { default: Papa } = await import('papaparse');
  const first = (await source.next()) ?? '';
  // papaparse guesses the separator (",", ";", tab …) and the line ending from the start, as it does for a whole text.
  const guess = Papa.parse<string[]>(first.slice(0, 64 * 1024), { preview: 10, skipEmptyLines: true }).meta;
  const parser = new Papa.Parser({ delimiter: guess.delimiter, newline: guess.linebreak as '\n' | '\r' | '\r\n' });
  source.unshift(first);
  let rest = '';
  let base = 0;
  let rowNumber = 0;
  let readRow: ((cells: readonly unknown[]) => ReturnType<ReturnType<typeof rowReader>>) | undefined;
  let width = 0;
  let widthNotes = 0;
  for (let done = false; !done; ) {
    const chunk = await source.next();
    done = chunk === undefined;
    const input = rest + (chunk ?? '');
    const result = parser.parse(input, base, !done) as { data: string[][]; errors: Papa.ParseError[]; meta: { cursor: number } };
    const firstRow = rowNumber + 1;
    for (const error of result.errors) {
      const problem = QUOTE_PROBLEMS[error.code];
      if (problem) options.onNote(bi(`Baris ${firstRow + (error.row ?? 0)}: ${problem.id}.`, `Row ${firstRow + (error.row ?? 0)}: ${problem.en}.`));
    }
    for (const cells of result.data) {
      rowNumber++;
      if (cells.every((c) => !c.trim())) continue;
      if (!readRow) {
        if (!cells.some((h) => canonicalColumn(h) === 'title')) throw new InputError(NO_TITLE);
        const unknown = unknownColumns(cells);
        if (unknown.length) options.onNote(bi(`Kolom yang tidak dipakai Rapi: ${unknown.join(', ')}.`, `Columns Rapi does not use: ${unknown.join(', ')}.`));
        readRow = rowReader(cells);
        width = cells.length;
        continue;
      }
      if (cells.length > width && widthNotes++ < 20) {
        options.onNote(
          bi(
            `Baris ${rowNumber}: ada ${cells.length} kolom, padahal baris judul kolom hanya ${width}. Periksa tanda koma dan kutip di baris ini.`,
            `Row ${rowNumber}: it has ${cells.length} columns, the header only ${width}. Check the commas and quotes in this row.`,
          ),
        );
      }
      yield rowEvent(rowWhere(rowNumber), readRow(cells));
    }
    rest = input.slice(result.meta.cursor - base);
    base = result.meta.cursor;
    if (rest.length > INPUT_LIMITS.rowChars) throw new InputError(rowTooLong(rowNumber + 1));
  }
  if (!readRow) throw new InputError(NO_TITLE);
}
