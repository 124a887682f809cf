/**
 * What a photo file is, from its own bytes: the type (names and servers' headers lie), the pixel size written in
 * its header (read before decoding, so a 64-megapixel photo is refused without filling memory) and whether it is
 * animated (the marketplaces refuse animations; the browser would quietly show the first frame).
 * Pure functions over bytes: the first step of the photo pipeline, in the extension's pixel worker and in the CLI.
 */

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

/** The MIME type from the first bytes, or undefined when it is no image format Rapi knows. */
export function sniffMime(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
  }
  if (ascii(bytes, 0, 2) === 'BM') return 'image/bmp';
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'image/tiff';
  if (/^\s*(<\?xml|<svg)/i.test(ascii(bytes, 0, 64))) return 'image/svg+xml';
  return undefined;
}

/**
 * Formats each decoder reads (decode-browser.ts, decode-node.ts). SVG is refused on purpose: a drawing that can
 * reference other files. HEIC is refused with its own message (limits.ts).
 */
export const BROWSER_DECODABLE: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']);
export const NODE_DECODABLE: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/tiff']);

export interface ImageHeader {
  /** As stored, before any EXIF rotation. Undefined when the header could not be read. */
  width?: number;
  height?: number;
  animated: boolean;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const u32le = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + ((b[i + 3]! << 24) >>> 0);

function jpegHeader(b: Uint8Array): ImageHeader {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return { animated: false };
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7), animated: false };
    }
    if (marker === 0xd9 || marker === 0xda) return { animated: false };
    i += 2 + u16be(b, i + 2);
  }
  return { animated: false };
}

function pngHeader(b: Uint8Array): ImageHeader {
  const header: ImageHeader = { animated: false };
  if (ascii(b, 12, 16) === 'IHDR' && b.length >= 24) {
    header.width = u32be(b, 16);
    header.height = u32be(b, 20);
  }
  // An APNG says so with an acTL chunk before its first IDAT.
  let i = 8;
  while (i + 8 <= b.length) {
    const length = u32be(b, i);
    const type = ascii(b, i + 4, i + 8);
    if (type === 'acTL') {
      header.animated = u32be(b, i + 8) > 1;
      break;
    }
    if (type === 'IDAT' || type === 'IEND') break;
    i += 12 + length;
  }
  return header;
}

/** Walks the GIF's blocks and counts image frames, stopping at the second. */
function gifHeader(b: Uint8Array): ImageHeader {
  if (b.length < 13) return { animated: false };
  const header: ImageHeader = { width: u16le(b, 6), height: u16le(b, 8), animated: false };
  let i = 13;
  const flags = b[10] ?? 0;
  if (flags & 0x80) i += 3 * (1 << ((flags & 0x07) + 1)); // global colour table
  let frames = 0;
  const skipSubBlocks = () => {
    while (i < b.length && b[i] !== 0) i += b[i]! + 1;
    i++;
  };
  while (i < b.length) {
    const block = b[i]!;
    if (block === 0x2c) {
      frames++;
      if (frames > 1) {
        header.animated = true;
        break;
      }
      const local = b[i + 9] ?? 0;
      i += 10;
      if (local & 0x80) i += 3 * (1 << ((local & 0x07) + 1));
      i++; // LZW minimum code size
      skipSubBlocks();
    } else if (block === 0x21) {
      i += 2;
      skipSubBlocks();
    } else {
      break; // 0x3B trailer, or bytes Rapi does not follow
    }
  }
  return header;
}

function webpHeader(b: Uint8Array): ImageHeader {
  const chunk = ascii(b, 12, 16);
  if (chunk === 'VP8X' && b.length >= 30) {
    return { animated: Boolean((b[20] ?? 0) & 0x02), width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  }
  if (chunk === 'VP8 ' && b.length >= 30) {
    return { animated: false, width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = u32le(b, 21);
    return { animated: false, width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return { animated: false };
}

function bmpHeader(b: Uint8Array): ImageHeader {
  if (b.length < 26) return { animated: false };
  const height = u32le(b, 22) | 0;
  return { animated: false, width: u32le(b, 18) | 0, height: Math.abs(height) };
}

/** Pixel size and animation from the header; a header Rapi cannot read gives no size (the decoder then decides). */
export function readImageHeader(bytes: Uint8Array, mime: string): ImageHeader {
  let header: ImageHeader;
  switch (mime) {
    case 'image/jpeg':
      header = jpegHeader(bytes);
      break;
    case 'image/png':
      header = pngHeader(bytes);
      break;
    case 'image/gif':
      header = gifHeader(bytes);
      break;
    case 'image/webp':
      header = webpHeader(bytes);
      break;
    case 'image/bmp':
      header = bmpHeader(bytes);
      break;
    default:
      header = { animated: false };
  }
  // A zero or absurd size is a broken header, not a size.
  if (!header.width || !header.height || header.width < 0 || header.height < 0) return { animated: header.animated };
  return header;
}
