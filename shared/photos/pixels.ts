import type { PixelImage } from './types';

/** A one-channel image (brightness 0–255), row by row. */
export interface GreyImage {
  width: number;
  height: number;
  data: Float32Array;
}

/**
 * Shrinks so the longer side is at most `maxSide`, averaging every source pixel into exactly one target pixel
 * (a box filter). Averaging, not sampling, keeps edges honest: a sampled copy of a blurry photo looks sharp.
 */
export function downscale(image: PixelImage, maxSide: number): PixelImage {
  const { width, height, data } = image;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  if (scale === 1) return image;
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  // Which target column each source column falls into, and how many source columns each target column gets.
  const colMap = new Uint32Array(width);
  const colCount = new Uint32Array(w);
  for (let x = 0; x < width; x++) {
    const tx = Math.min(w - 1, Math.floor((x * w) / width));
    colMap[x] = tx * 4;
    colCount[tx]!++;
  }
  const out = new Uint8ClampedArray(w * h * 4);
  // Integer sums of one target row at a time, filled row-major so memory is read in order.
  const sums = new Uint32Array(w * 4);
  let y = 0;
  for (let ty = 0; ty < h; ty++) {
    sums.fill(0);
    let rows = 0;
    for (; y < height && Math.min(h - 1, Math.floor((y * h) / height)) === ty; y++, rows++) {
      let src = y * width * 4;
      for (let x = 0; x < width; x++, src += 4) {
        const t = colMap[x]!;
        sums[t] += data[src]!;
        sums[t + 1] += data[src + 1]!;
        sums[t + 2] += data[src + 2]!;
        sums[t + 3] += data[src + 3]!;
      }
    }
    let o = ty * w * 4;
    for (let tx = 0, t = 0; tx < w; tx++, t += 4, o += 4) {
      const n = colCount[tx]! * rows;
      out[o] = sums[t]! / n;
      out[o + 1] = sums[t + 1]! / n;
      out[o + 2] = sums[t + 2]! / n;
      out[o + 3] = sums[t + 3]! / n;
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Brightness per pixel (Rec. 601 weights). Transparent pixels count as white, because the marketplaces show a
 * transparent PNG on a white page.
 */
export function toGrey(image: PixelImage): GreyImage {
  const { width, height, data } = image;
  const out = new Float32Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    const a = data[p + 3]! / 255;
    const y = 0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!;
    out[i] = y * a + 255 * (1 - a);
  }
  return { width, height, data: out };
}

/** The colour of pixel `i` with transparency flattened onto white, as the marketplaces show it. */
export function rgbAt(image: PixelImage, i: number): [number, number, number] {
  const p = i * 4;
  const a = image.data[p + 3]! / 255;
  const w = 255 * (1 - a);
  return [image.data[p]! * a + w, image.data[p + 1]! * a + w, image.data[p + 2]! * a + w];
}

/** Flattens transparency onto white once, so later passes can read RGB directly. */
export function flattenOnWhite(image: PixelImage): PixelImage {
  const { data } = image;
  let opaque = true;
  for (let p = 3; p < data.length; p += 4) {
    if (data[p] !== 255) {
      opaque = false;
      break;
    }
  }
  if (opaque) return image;
  const out = new Uint8ClampedArray(data.length);
  for (let p = 0; p < data.length; p += 4) {
    const a = data[p + 3]! / 255;
    const w = 255 * (1 - a);
    out[p] = data[p]! * a + w;
    out[p + 1] = data[p + 1]! * a + w;
    out[p + 2] = data[p + 2]! * a + w;
    out[p + 3] = 255;
  }
  return { width: image.width, height: image.height, data: out };
}

/** The value below which `q` (0–1) of the values fall, from a 256-bin histogram. */
export function percentileOfHistogram(histogram: Uint32Array, total: number, q: number): number {
  const target = q * total;
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v]!;
    if (seen >= target) return v;
  }
  return histogram.length - 1;
}
