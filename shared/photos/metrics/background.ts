import type { Box, PixelImage } from '../types';

/** A pixel counts as background when no channel is further than this from the background colour. */
const SAME_COLOUR = 28;
/** White as a buyer sees it: every channel this bright, and barely tinted. */
const WHITE_MIN = 225;
const WHITE_MAX_TINT = 20;

export interface Background {
  uniformity: number;
  whiteness: number;
  rgb: [number, number, number];
}

/** The outer ring of the photo, 4% of the shorter side deep (at least 2 pixels): where the background shows. */
function ringDepth(image: PixelImage): number {
  return Math.max(2, Math.round(Math.min(image.width, image.height) * 0.04));
}

function forEachRingPixel(image: PixelImage, visit: (offset: number) => void): void {
  const { width: w, height: h } = image;
  const d = ringDepth(image);
  for (let y = 0; y < h; y++) {
    const inBand = y < d || y >= h - d;
    for (let x = 0; x < w; x++) {
      if (inBand || x < d || x >= w - d) visit((y * w + x) * 4);
    }
  }
}

function isWhite(r: number, g: number, b: number): boolean {
  const min = Math.min(r, g, b);
  return min >= WHITE_MIN && Math.max(r, g, b) - min <= WHITE_MAX_TINT;
}

/** Expects a photo already flattened onto white (no transparency). */
export function measureBackground(image: PixelImage): Background {
  const { data } = image;
  const histograms = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)] as const;
  let total = 0;
  let white = 0;
  forEachRingPixel(image, (o) => {
    const r = data[o]!;
    const g = data[o + 1]!;
    const b = data[o + 2]!;
    histograms[0][r]!++;
    histograms[1][g]!++;
    histograms[2][b]!++;
    if (isWhite(r, g, b)) white++;
    total++;
  });
  const rgb = histograms.map((h) => medianOf(h, total)) as [number, number, number];
  let same = 0;
  forEachRingPixel(image, (o) => {
    if (isNear(data, o, rgb)) same++;
  });
  return { uniformity: same / total, whiteness: white / total, rgb };
}

function medianOf(histogram: Uint32Array, total: number): number {
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!;
    if (seen * 2 >= total) return v;
  }
  return 255;
}

function isNear(data: Uint8ClampedArray, o: number, rgb: readonly [number, number, number]): boolean {
  return (
    Math.abs(data[o]! - rgb[0]) <= SAME_COLOUR &&
    Math.abs(data[o + 1]! - rgb[1]) <= SAME_COLOUR &&
    Math.abs(data[o + 2]! - rgb[2]) <= SAME_COLOUR
  );
}

export interface ProductExtent {
  box: Box;
  fill: number;
  span: number;
}

/**
 * Where the product is: the bounding box of the pixels that differ from the background colour. Rows and columns
 * with only a few such pixels (JPEG noise, dust) are ignored. Only meaningful on a plain background.
 */
export function measureProduct(image: PixelImage, background: readonly [number, number, number]): ProductExtent | null {
  const { width: w, height: h, data } = image;
  const rowCounts = new Uint32Array(h);
  const colCounts = new Uint32Array(w);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!isNear(data, (y * w + x) * 4, background)) {
        rowCounts[y]!++;
        colCounts[x]!++;
      }
    }
  }
  const rowMin = Math.max(2, Math.round(w * 0.01));
  const colMin = Math.max(2, Math.round(h * 0.01));
  const top = rowCounts.findIndex((c) => c >= rowMin);
  if (top < 0) return null;
  const bottom = h - 1 - [...rowCounts].reverse().findIndex((c) => c >= rowMin);
  const left = colCounts.findIndex((c) => c >= colMin);
  const right = w - 1 - [...colCounts].reverse().findIndex((c) => c >= colMin);
  if (left < 0 || right < left || bottom < top) return null;
  const bw = (right - left + 1) / w;
  const bh = (bottom - top + 1) / h;
  return {
    box: { x: left / w, y: top / h, w: bw, h: bh },
    fill: bw * bh,
    span: Math.max(bw, bh),
  };
}
