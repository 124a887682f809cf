import { describe, expect, it } from 'vitest';
import { DECODE_NOTES, TextFileDecoder, decodeTextFile, looksBinary } from '../../../shared/import/decode-text';

const TEXT = 'title,price\nKeripik Café – 250 gr,Rp25.000\n';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.from(le);
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
  return be;
}

/** Feeds the bytes in pieces of `size`, as a stream does, so letters and marks split across chunks. */
function decodeInPieces(bytes: Uint8Array, size: number) {
  const decoder = new TextFileDecoder();
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += decoder.push(bytes.subarray(i, i + size));
  return { text: text + decoder.end(), notes: decoder.notes, encoding: decoder.encoding };
}

describe('reading a text file in any encoding a spreadsheet saves', () => {
  it.each([1, 2, 3, 7, 4096])('reads UTF-8, with and without a BOM, in pieces of %i bytes', (size) => {
    expect(decodeInPieces(Buffer.from(TEXT), size)).toMatchObject({ text: TEXT, notes: [] });
    expect(decodeInPieces(Buffer.from(`\uFEFF${TEXT}`), size)).toMatchObject({ text: TEXT, notes: [] });
  });

  it.each([1, 3, 4096])('reads UTF-16 LE and BE with a BOM (Excel "Unicode Text"), in pieces of %i bytes', (size) => {
    expect(decodeInPieces(utf16(TEXT, 'le'), size)).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeInPieces(utf16(TEXT, 'be'), size)).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
    expect(looksBinary(utf16(TEXT, 'le'))).toBe(false);
  });

  it.each([1, 5, 4096])('reads Windows-1252 as Windows-1252 ("Café", not "Caf�") and says so, in pieces of %i bytes', (size) => {
    const bytes = Buffer.from('title\nCafé Kopi 250 gr\nKue “Lapis” 20 cm\n', 'latin1');
    bytes[bytes.indexOf('“', 0, 'latin1')] = 0x93;
    bytes[bytes.indexOf('”', 0, 'latin1')] = 0x94;
    const result = decodeInPieces(bytes, size);
    expect(result.text).toBe('title\nCafé Kopi 250 gr\nKue “Lapis” 20 cm\n');
    expect(result.notes).toEqual([DECODE_NOTES.windows1252]);
  });

  it('keeps the good UTF-8 and says what to do when a file mixes in broken bytes', () => {
    const bytes = Buffer.concat([Buffer.from('title\nKopi – Gayo\n'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]);
    const result = decodeInPieces(bytes, 4);
    expect(result.text).toBe('title\nKopi – Gayo\nCaf\uFFFD\n');
    expect(result.notes).toEqual([DECODE_NOTES.brokenLetters]);
  });

  it('refuses binary data plainly', () => {
    expect(decodeTextFile(Buffer.from('\u0089PNG\r\n\u001a\n\u0000\u0000garbage', 'latin1'))).toEqual({ ok: false, problem: DECODE_NOTES.notText });
    expect(decodeTextFile(Buffer.from(TEXT))).toEqual({ ok: true, text: TEXT, notes: [] });
  });
});
