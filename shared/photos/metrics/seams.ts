import type { PixelImage } from '../types';

export interface Seam {
  /** 'x': a vertical line at x = `at` (fraction of the width); 'y': a horizontal line. */
  axis: 'x' | 'y';
  at: number;
}

export interface Inset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Colour change (mean of |ΔR|,|ΔG|,|ΔB|) that counts as an edge between two neighbouring pixels. */
const EDGE = 20;
/** A seam is an edge along this share of the line… */
const ALONG = 0.75;
/** …and it reaches both ends of the picture: a product's outline stops short of the photo's edges. */
const ENDS = 0.5;
const END_ZONE = 0.08;

/**
 * Straight lines across the whole picture where it changes abruptly: the joins of a collage. Lines near the
 * photo's edges (and a frame's inner edge, given as `inset`) are ignored.
 */
export function findSeams(image: PixelImage, inset: Inset = { top: 0, right: 0, bottom: 0, left: 0 }): Seam[] {
  const { width: w, height: h } = image;
  const x0 = inset.left;
  const x1 = w - inset.right;
  const y0 = inset.top;
  const y1 = h - inset.bottom;
  if (x1 - x0 < 16 || y1 - y0 < 16) return [];
  return [
    ...dropMargins(image, seamsAlong(image, 'x', x0, x1, y0, y1), x0, x1, y0, y1),
    ...dropMargins(image, seamsAlong(image, 'y', y0, y1, x0, x1), y0, y1, x0, x1),
  ];
}

/**
 * A collage's cells are pictures. When the strip between the outermost line and the photo's edge is one plain
 * colour, the line is the side of a product that fills the frame from top to bottom, not a join.
 */
function dropMargins(image: PixelImage, seams: Seam[], from: number, to: number, lineFrom: number, lineTo: number): Seam[] {
  const side = seams[0]?.axis === 'x' ? image.width : image.height;
  const kept = [...seams];
  while (kept.length && isPlainStrip(image, kept[0]!.axis, from, Math.round(kept[0]!.at * side) - 1, lineFrom, lineTo)) kept.shift();
  while (kept.length && isPlainStrip(image, kept[kept.length - 1]!.axis, Math.round(kept[kept.length - 1]!.at * side) + 2, to, lineFrom, lineTo)) kept.pop();
  return kept;
}

function isPlainStrip(image: PixelImage, axis: 'x' | 'y', from: number, to: number, lineFrom: number, lineTo: number): boolean {
  if (to - from < 2) return true;
  const { width: w, data } = image;
  const first = axis === 'x' ? (lineFrom * w + from) * 4 : (from * w + lineFrom) * 4;
  const ref = [data[first]!, data[first + 1]!, data[first + 2]!];
  let same = 0;
  let n = 0;
  for (let pos = from; pos < to; pos++) {
    for (let along = lineFrom; along < lineTo; along++) {
      const o = axis === 'x' ? (along * w + pos) * 4 : (pos * w + along) * 4;
      n++;
      if (Math.abs(data[o]! - ref[0]!) + Math.abs(data[o + 1]! - ref[1]!) + Math.abs(data[o + 2]! - ref[2]!) <= 3 * EDGE) same++;
    }
  }
  return same / n >= 0.95;
}

function seamsAlong(image: PixelImage, axis: 'x' | 'y', from: number, to: number, lineFrom: number, lineTo: number): Seam[] {
  const { width: w, data } = image;
  const size = to - from;
  const margin = Math.max(3, Math.round(size * 0.06));
  const lineLength = lineTo - lineFrom;
  const endZone = Math.max(2, Math.round(lineLength * END_ZONE));
  const offset = (pos: number, along: number) => (axis === 'x' ? (along * w + pos) * 4 : (pos * w + along) * 4);

  const scores = new Float32Array(size);
  const qualifies = new Uint8Array(size);
  for (let pos = from + margin; pos < to - margin; pos++) {
    let hits = 0;
    let headHits = 0;
    let tailHits = 0;
    for (let along = lineFrom; along < lineTo; along++) {
      // Compare the pixels either side of `pos`, two apart, so a join blended over one pixel still shows.
      const a = offset(pos - 1, along);
      const b = offset(pos + 1, along);
      const diff = (Math.abs(data[a]! - data[b]!) + Math.abs(data[a + 1]! - data[b + 1]!) + Math.abs(data[a + 2]! - data[b + 2]!)) / 3;
      if (diff < EDGE) continue;
      hits++;
      if (along - lineFrom < endZone) headHits++;
      if (lineTo - 1 - along < endZone) tailHits++;
    }
    const score = hits / lineLength;
    scores[pos - from] = score;
    qualifies[pos - from] = score >= ALONG && headHits / endZone >= ENDS && tailHits / endZone >= ENDS ? 1 : 0;
  }
  // One seam per join: qualifying positions at most 3 pixels apart form one group; keep the strongest.
  const seams: Seam[] = [];
  const imageSide = axis === 'x' ? w : image.height;
  let group: number[] = [];
  const flush = () => {
    if (!group.length) return;
    const best = group.reduce((a, b) => (scores[b]! > scores[a]! ? b : a));
    seams.push({ axis, at: (from + best) / imageSide });
    group = [];
  };
  for (let i = 0; i < size; i++) {
    if (!qualifies[i]) continue;
    if (group.length && i - group[group.length - 1]! > 3) flush();
    group.push(i);
  }
  flush();
  return seams;
}

/**
 * A collage has at least two joins, or one upright join near the middle (two photos side by side). A single
 * level line alone is usually a table edge or the horizon, not a collage.
 */
export function looksLikeCollage(seams: readonly Seam[]): boolean {
  if (seams.length >= 2) return true;
  const only = seams[0];
  return only !== undefined && only.axis === 'x' && only.at >= 0.3 && only.at <= 0.7;
}
