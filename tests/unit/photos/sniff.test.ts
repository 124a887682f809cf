import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BROWSER_DECODABLE, readImageHeader, sniffMime } from '../../../shared/photos/sniff';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const file = (name: string) => readFile(path.join(FIXTURES, name));

/** A plain picture of the given size, for encoders to write. */
const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } });

describe('photo type from the bytes (sniffMime)', () => {
  it.each([
    ['jpeg', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
    ['gif', 'image/gif'],
    ['avif', 'image/avif'],
    ['tiff', 'image/tiff'],
  ] as const)('recognises %s written by sharp', async (format, mime) => {
    const bytes = await picture(40, 30).toFormat(format).toBuffer();
    expect(sniffMime(bytes)).toBe(mime);
  });

  it('recognises HEIC, BMP and SVG by their first bytes, and nothing in text or noise', () => {
    const heic = Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1');
    expect(sniffMime(heic)).toBe('image/heic');
    expect(sniffMime(Buffer.from('BM\x36\0\0\0'))).toBe('image/bmp');
    expect(sniffMime(Buffer.from('<?xml version="1.0"?><svg/>'))).toBe('image/svg+xml');
    expect(sniffMime(Buffer.from('<!doctype html><p>not a photo</p>'))).toBeUndefined();
    expect(sniffMime(new Uint8Array(0))).toBeUndefined();
    expect(sniffMime(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
  });

  it('lets the browser decode the usual photo formats, never SVG, HEIC or TIFF', () => {
    for (const mime of ['image/jpeg', 'image/png', 'image/webp', 'image/gif']) expect(BROWSER_DECODABLE.has(mime)).toBe(true);
    for (const mime of ['image/svg+xml', 'image/heic', 'image/tiff']) expect(BROWSER_DECODABLE.has(mime)).toBe(false);
  });
});

describe('size and animation from the header (readImageHeader), before decoding', () => {
  const sizes: Array<[number, number]> = [
    [1, 1],
    [37, 1200],
    [1024, 1024],
    [1600, 900],
    [5000, 40],
  ];
  it.each(['jpeg', 'png', 'webp', 'gif'] as const)('agrees with sharp on %s files of many sizes', async (format) => {
    for (const [width, height] of sizes) {
      const options = format === 'webp' ? { lossless: width % 2 === 0 } : {};
      const bytes = await picture(width, height).toFormat(format, options).toBuffer();
      const meta = await sharp(bytes).metadata();
      expect(readImageHeader(bytes, sniffMime(bytes)!), `${format} ${width}×${height}`).toEqual({
        width: meta.width,
        height: meta.height,
        animated: false,
      });
    }
  });

  it('reads an 8000 × 8000 JPEG’s size without decoding it', async () => {
    const bytes = await picture(8000, 8000).jpeg({ quality: 10 }).toBuffer();
    expect(readImageHeader(bytes, 'image/jpeg')).toEqual({ width: 8000, height: 8000, animated: false });
  });

  it('finds the frame size after a large EXIF block', async () => {
    const bytes = await picture(300, 200)
      .withExif({ IFD0: { ImageDescription: 'x'.repeat(20_000), Orientation: '6' } })
      .jpeg()
      .toBuffer();
    expect(readImageHeader(bytes, 'image/jpeg')).toEqual({ width: 300, height: 200, animated: false });
  });

  it('tells animated GIF and WebP files from still ones', async () => {
    const gif = await file('photos-extension/animated.gif');
    expect(readImageHeader(gif, 'image/gif')).toEqual({ width: 320, height: 320, animated: true });
    const webp = await sharp(gif, { pages: -1 }).webp().toBuffer();
    expect(readImageHeader(webp, sniffMime(webp)!)).toMatchObject({ width: 320, height: 320, animated: true });
    const still = await sharp(gif).webp().toBuffer();
    expect(readImageHeader(still, 'image/webp').animated).toBe(false);
    const stillGif = await picture(50, 50).gif().toBuffer();
    expect(readImageHeader(stillGif, 'image/gif')).toEqual({ width: 50, height: 50, animated: false });
  });

  it('tells an animated PNG (acTL chunk) from a still one', async () => {
    const png = await picture(20, 10).png().toBuffer();
    expect(readImageHeader(png, 'image/png').animated).toBe(false);
    // acTL: 2 frames, played once, placed right after IHDR (8-byte signature + 25-byte IHDR chunk).
    const body = Buffer.from([0, 0, 0, 2, 0, 0, 0, 1]);
    const acTL = Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from('acTL'), body, Buffer.alloc(4)]);
    const apng = Buffer.concat([png.subarray(0, 33), acTL, png.subarray(33)]);
    expect(readImageHeader(apng, 'image/png')).toEqual({ width: 20, height: 10, animated: true });
  });

  it('gives no size for a broken header instead of a wrong one', async () => {
    const corrupt = await file('photos-extension/corrupt.jpg');
    expect(readImageHeader(corrupt, 'image/jpeg')).toEqual({ animated: false });
    expect(readImageHeader(Buffer.from('\x89PNG\r\n\x1a\n'), 'image/png')).toEqual({ animated: false });
    expect(readImageHeader(Buffer.from('RIFF\0\0\0\0WEBPVP8X'), 'image/webp')).toEqual({ animated: false });
    expect(readImageHeader(Buffer.from('GIF89a'), 'image/gif')).toEqual({ animated: false });
  });

  it('never throws on cut or scrambled files, and any size it gives is whole and positive', async () => {
    const originals = await Promise.all(
      ['photos/label-netto-pirt.jpg', 'photos-extension/grey-bottle.png', 'photos-extension/animated.gif'].map(file),
    );
    originals.push(await picture(64, 48).webp().toBuffer(), await picture(64, 48).webp({ lossless: true }).toBuffer());
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 400; round++) {
      const original = originals[round % originals.length]!;
      const bytes = Buffer.from(original.subarray(0, 1 + Math.floor(random() * Math.min(original.length, 4000))));
      for (let flips = 0; flips < 8; flips++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const mime = sniffMime(bytes) ?? sniffMime(original)!;
      const header = readImageHeader(bytes, mime);
      for (const side of [header.width, header.height]) {
        if (side !== undefined) expect(Number.isInteger(side) && side > 0).toBe(true);
      }
    }
  });
});

