import { formatName } from './copy';
import { PhotoProblem, PROBLEMS } from './problems';
import type { PhotoFacts } from './results';
import { readImageHeader, sniffMime, type ImageHeader } from './sniff';

/**
 * Every wait and size limit of the photo checks, shared by the CLI and the extension so that a photo judged in the
 * panel and by `rapi check` gets the same answer.
 */
export interface PhotoLimits {
  /** Waiting for one download, headers and body together. */
  fetchTimeoutMs: number;
  /** Larger files are not read (the marketplaces take 5–10 MB at most; 25 MB leaves room to say by how much). */
  maxBytes: number;
  /** Larger photos are not decoded: 50 million pixels is over 3× Tokopedia's 4000 × 4000 maximum. */
  maxPixels: number;
  /** Decoded copies are shrunk to this longest side: enough for the pixel checks and for reading label text. */
  decodeMaxSide: number;
  ocrStartTimeoutMs: number;
  ocrTimeoutMs: number;
}

export const DEFAULT_PHOTO_LIMITS: PhotoLimits = {
  fetchTimeoutMs: 15_000,
  maxBytes: 25 * 1024 * 1024,
  maxPixels: 50_000_000,
  decodeMaxSide: 1600,
  ocrStartTimeoutMs: 30_000,
  ocrTimeoutMs: 30_000,
};

/**
 * The gate between a photo's bytes and a decoder, the same in Node and in the browser: what the file really is
 * (from its bytes: names and servers' headers lie), whether this decoder reads it, and whether its size is within
 * the limits, read from its header so a huge photo is refused before any memory is spent on its pixels.
 * Throws a PhotoProblem that carries what is known about the file.
 */
export function admitPhoto(bytes: Uint8Array, limits: PhotoLimits, decodable: ReadonlySet<string>): Admitted {
  if (bytes.byteLength > limits.maxBytes) throw tooManyBytes(bytes.byteLength, limits);
  const mime = sniffMime(bytes);
  const known: PhotoFacts = { bytes: bytes.byteLength, ...(mime ? { mime } : {}) };
  if (!mime) throw new PhotoProblem(PROBLEMS.notAPhoto, known);
  if (mime === 'image/heic') throw new PhotoProblem(PROBLEMS.heic, known);
  if (!decodable.has(mime)) throw new PhotoProblem(PROBLEMS.unsupportedFormat(formatName(mime)), known);
  const header = readImageHeader(bytes, mime);
  const facts: PhotoFacts = { ...known, animated: header.animated };
  if (header.width && header.height) admitPixels(header.width, header.height, limits, facts);
  return { mime, header, facts };
}

export interface Admitted {
  mime: string;
  /** Size as stored (before EXIF rotation) and animation, as far as the header tells. */
  header: ImageHeader;
  /** What is known before decoding: bytes, type, animation. */
  facts: PhotoFacts;
}

/** Refuses a photo with more pixels than the limit, with its size in the message and in what is known. */
export function admitPixels(width: number, height: number, limits: PhotoLimits, facts: PhotoFacts = {}): void {
  if (width * height > limits.maxPixels) throw new PhotoProblem(PROBLEMS.tooManyPixels(width, height), { ...facts, width, height });
}

/** The photo is over the byte limit; `atLeast` when a download was stopped part-way, so the real size is larger. */
export function tooManyBytes(bytes: number, limits: PhotoLimits, atLeast = false): PhotoProblem {
  return new PhotoProblem(PROBLEMS.tooManyBytes(bytes, limits.maxBytes, atLeast), { bytes });
}
