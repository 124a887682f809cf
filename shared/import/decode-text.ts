import { bi, type BilingualText } from '../i18n/text';

/**
 * Turns a text file's bytes into text, chunk by chunk, as spreadsheets really save them:
 * - UTF-8, with or without a BOM;
 * - UTF-16 LE or BE with a BOM (Excel's "Unicode Text", tab-separated);
 * - Windows-1252 (Excel's "CSV (Comma delimited)" on a Windows PC set to English or Indonesian): bytes that are not
 *   UTF-8 before any other non-ASCII text are read as Windows-1252, so "Café" stays "Café", and a note says so.
 * A file that mixes valid UTF-8 with invalid bytes keeps "�" for the broken letters and a note says what to do.
 * Used by the CLI (streamed files of any size) and by the coaching import in the extension (one Blob).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const DECODE_NOTES = {
  windows1252: bi(
    'File ini bukan UTF-8, jadi Rapi membacanya sebagai Windows-1252 (CSV biasa dari Excel). Periksa huruf seperti "é" di hasilnya; lain kali simpan sebagai "CSV UTF-8".',
    'This file is not UTF-8, so Rapi read it as Windows-1252 (a plain Excel CSV). Check letters such as "é" in the result; next time save it as "CSV UTF-8".',
  ),
  brokenLetters: bi(
    'Sebagian huruf di file ini rusak (bukan UTF-8) dan tampil sebagai "�". Buka file di Excel atau Google Sheets, lalu simpan sebagai "CSV UTF-8".',
    'Some letters in this file are broken (not UTF-8) and show as "�". Open the file in Excel or Google Sheets, then save it as "CSV UTF-8".',
  ),
  notText: bi(
    'File ini bukan teks (mungkin gambar atau file Excel). Untuk spreadsheet: simpan sebagai .xlsx atau "CSV UTF-8".',
    'This file is not text (perhaps an image or an Excel file). For a spreadsheet: save it as .xlsx or "CSV UTF-8".',
  ),
} as const;

/** Where a byte-order mark says the encoding is, and how long the mark is. */
function byteOrderMark(head: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Binary data (an image, a document) has NUL bytes near its start; text without a UTF-16 mark has none. */
export function looksBinary(head: Uint8Array): boolean {
  const mark = byteOrderMark(head);
  return !mark?.encoding.startsWith('utf-16') && head.subarray(0, 8192).includes(0);
}

/** The end of the last complete UTF-8 sequence: a letter split between two chunks waits for the next one. */
function completeUtf8End(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (bytes[i]! & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return bytes.length;
  const lead = bytes[i]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - i < length ? i : bytes.length;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

export class TextFileDecoder {
  encoding: TextEncodingName | undefined;
  readonly notes: BilingualText[] = [];
  private decoder: TextDecoder | undefined;
  private carry = new Uint8Array(0);
  private sawNonAscii = false;
  private lenient = false;

  push(chunk: Uint8Array, final = false): string {
    let bytes = chunk;
    if (!this.encoding) {
      // The mark may come split over tiny chunks: wait for three bytes.
      bytes = this.carry.length ? concat(this.takeCarry(), bytes) : bytes;
      if (bytes.length < 3 && !final) {
        this.carry = bytes.slice();
        return '';
      }
      const mark = byteOrderMark(bytes);
      this.encoding = mark?.encoding ?? 'utf-8';
      if (mark) bytes = bytes.subarray(mark.length);
      // UTF-16 has no invalid bytes to sniff: its decoder keeps split letters itself.
      if (this.encoding !== 'utf-8') this.decoder = new TextDecoder(this.encoding);
    }
    if (this.encoding !== 'utf-8') return this.decoder!.decode(bytes, { stream: true });
    const joined = this.carry.length ? concat(this.carry, bytes) : bytes;
    const end = completeUtf8End(joined);
    this.carry = joined.slice(end);
    return this.utf8(joined.subarray(0, end));
  }

  end(): string {
    if (!this.encoding) return this.push(new Uint8Array(0), true) + this.end();
    if (this.encoding !== 'utf-8') return this.decoder?.decode() ?? '';
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    return rest.length ? this.utf8(rest) : '';
  }

  private utf8(bytes: Uint8Array): string {
    if (this.lenient) return new TextDecoder('utf-8').decode(bytes);
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      if (!this.sawNonAscii && hasNonAscii(bytes)) this.sawNonAscii = true;
      return text;
    } catch {
      if (!this.sawNonAscii) {
        // Everything so far was ASCII, which Windows-1252 reads the same: switching now loses nothing.
        this.encoding = 'windows-1252';
        this.decoder = new TextDecoder('windows-1252');
        this.notes.push(DECODE_NOTES.windows1252);
        return this.decoder.decode(concat(bytes, this.takeCarry()), { stream: true });
      }
      this.lenient = true;
      this.notes.push(DECODE_NOTES.brokenLetters);
      return new TextDecoder('utf-8').decode(bytes);
    }
  }

  private takeCarry(): Uint8Array {
    const carry = this.carry;
    this.carry = new Uint8Array(0);
    return carry;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** A whole file's text (the coaching import reads one Blob), or why it is not text. */
export function decodeTextFile(bytes: Uint8Array): { ok: true; text: string; notes: BilingualText[] } | { ok: false; problem: BilingualText } {
  if (looksBinary(bytes)) return { ok: false, problem: DECODE_NOTES.notText };
  const decoder = new TextFileDecoder();
  const text = decoder.push(bytes) + decoder.end();
  return { ok: true, text, notes: decoder.notes };
}
