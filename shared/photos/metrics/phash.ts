import type { GreyImage } from '../pixels';
import type { PixelImage } from '../types';

const SIZE = 32;
const LOW = 8;

/** cos((2x+1)uπ / 2N) for the DCT, computed once. */
const COS = (() => {
  const table = new Float64Array(LOW * SIZE);
  for (let u = 0; u < LOW; u++) {
    for (let x = 0; x < SIZE; x++) table[u * SIZE + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIZE));
  }
  return table;
})();

/** Area-average a grey image down to exactly size × size (ignores the aspect ratio, as pHash does). */
function shrinkGrey(grey: GreyImage, size: number): Float64Array {
  const out = new Float64Array(size * size);
  const counts = new Uint32Array(size * size);
  const { width: w, height: h, data } = grey;
  for (let y = 0; y < h; y++) {
    const ty = Math.min(size - 1, Math.floor((y * size) / h));
    for (let x = 0; x < w; x++) {
      const t = ty * size + Math.min(size - 1, Math.floor((x * size) / w));
      out[t] += data[y * w + x]!;
      counts[t]!++;
    }
  }
  for (let i = 0; i < out.length; i++) out[i] = counts[i] ? out[i]! / counts[i]! : 0;
  return out;
}

/**
 * Perceptual hash: the signs of the 64 lowest frequencies of the photo's cosine transform, relative to their
 * median. Resizing, re-compressing or slightly brightening a photo barely changes it; a different photo changes
 * about half of the bits. Returned as 16 hex digits.
 */
export function perceptualHash(grey: GreyImage): string {
  const pixels = shrinkGrey(grey, SIZE);
  // Separable 2-D DCT, low 8×8 block only: rows first, then columns.
  const rows = new Float64Array(SIZE * LOW);
  for (let y = 0; y < SIZE; y++) {
    for (let u = 0; u < LOW; u++) {
      let s = 0;
      for (let x = 0; x < SIZE; x++) s += pixels[y * SIZE + x]! * COS[u * SIZE + x]!;
      rows[y * LOW + u] = s;
    }
  }
  const coefficients = new Float64Array(LOW * LOW);
  for (let v = 0; v < LOW; v++) {
    for (let u = 0; u < LOW; u++) {
      let s = 0;
      for (let y = 0; y < SIZE; y++) s += rows[y * LOW + u]! * COS[v * SIZE + y]!;
      coefficients[v * LOW + u] = s;
    }
  }
  const sorted = [...coefficients].sort((a, b) => a - b);
  const median = (sorted[31]! + sorted[32]!) / 2;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | (coefficients[nibble * 4 + bit]! > median ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/** Number of differing bits between two hashes from `perceptualHash`. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance + 4 * Math.abs(a.length - b.length);
}

/** Mean colour of each cell of a 4 × 4 grid, 48 numbers: same shape in another colour is not a duplicate. */
export function colourGrid(image: PixelImage): number[] {
  const cells = 4;
  const sums = new Float64Array(cells * cells * 3);
  const counts = new Uint32Array(cells * cells);
  const { width: w, height: h, data } = image;
  for (let y = 0; y < h; y++) {
    const cy = Math.min(cells - 1, Math.floor((y * cells) / h));
    for (let x = 0; x < w; x++) {
      const c = cy * cells + Math.min(cells - 1, Math.floor((x * cells) / w));
      const o = (y * w + x) * 4;
      sums[c * 3] += data[o]!;
      sums[c * 3 + 1] += data[o + 1]!;
      sums[c * 3 + 2] += data[o + 2]!;
      counts[c]!++;
    }
  }
  return [...sums].map((s, i) => Math.round(s / Math.max(1, counts[Math.floor(i / 3)]!)));
}

/**
 * How different two colour grids are: the largest mean difference of any one cell, 0–255. One cell is enough: a red
 * and a blue version of a product on the same white background differ only where the product is.
 */
export function colourDistance(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || !a.length) return 255;
  let worst = 0;
  for (let c = 0; c < a.length; c += 3) {
    const d = (Math.abs(a[c]! - b[c]!) + Math.abs(a[c + 1]! - b[c + 1]!) + Math.abs(a[c + 2]! - b[c + 2]!)) / 3;
    worst = Math.max(worst, d);
  }
  return worst;
}
