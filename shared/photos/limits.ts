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
