import type { Box, PixelImage } from '../types';

export type BorderColour = 'white' | 'black';

export interface Border {
  color: BorderColour;
  /** How many sides have a band: 2 (opposite: letterbox), 3 or 4 (a frame). */
  sides: number;
  /** The thickest band, as a fraction of the photo's side. */
  thickness: number;
  boxes: Box[];
  /** Pixels of each band on the working copy, used to keep a frame's inner edge from counting as a collage seam. */
  inset: { top: number; right: number; bottom: number; left: number };
}

const BAND_FULL = 0.97; // a band row is this much border colour
const EDGE_EMPTY = 0.15; // and the picture starts at a row with at most this much of it

function isColour(colour: BorderColour, r: number, g: number, b: number): boolean {
  if (colour === 'white') return Math.min(r, g, b) >= 232;
  return Math.max(r, g, b) <= 28;
}

/**
 * A frame or letterbox bars: plain bands along the sides that end at a straight line where the picture starts.
 * A product on a white background has white sides too, but they fade into the product unevenly, so the first
 * non-white row is still mostly white; a frame's first non-white row is mostly picture.
 */
export function measureBorder(image: PixelImage): Border | null {
  return findBorder(image, 'white') ?? findBorder(image, 'black');
}

function findBorder(image: PixelImage, colour: BorderColour): Border | null {
  const { width: w, height: h, data } = image;
  const share = (x0: number, x1: number, y0: number, y1: number): number => {
    let hit = 0;
    let n = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const o = (y * w + x) * 4;
        if (isColour(colour, data[o]!, data[o + 1]!, data[o + 2]!)) hit++;
        n++;
      }
    }
    return n ? hit / n : 0;
  };
  const maxBand = (side: number) => Math.floor(side * 0.35);
  const minBand = (side: number) => Math.max(2, Math.round(side * 0.01));

  // Top and bottom first (over the full width), then left and right inside them.
  const bandDepth = (along: number, probe: (i: number) => number): number => {
    let depth = 0;
    while (depth < maxBand(along) && probe(depth) >= BAND_FULL) depth++;
    if (depth < minBand(along) || depth >= maxBand(along)) return 0;
    // The picture must start right there, for two rows, not just one dark line.
    return probe(depth) <= EDGE_EMPTY && probe(depth + 1) <= EDGE_EMPTY + 0.1 ? depth : 0;
  };
  const top = bandDepth(h, (i) => share(0, w, i, i + 1));
  const bottom = bandDepth(h, (i) => share(0, w, h - 1 - i, h - i));
  const y0 = top;
  const y1 = h - bottom;
  const left = bandDepth(w, (i) => share(i, i + 1, y0, y1));
  const right = bandDepth(w, (i) => share(w - 1 - i, w - i, y0, y1));

  const sides = [top, right, bottom, left].filter((d) => d > 0).length;
  const opposite = (top > 0 && bottom > 0) || (left > 0 && right > 0);
  if (sides < 2 || (sides === 2 && !opposite)) return null;
  // Bars on some sides only (letterbox): the picture between them must run right to the other edges. A wide box
  // on a white background has white above and below it, so it is a product shot, not a letterboxed photo.
  const x0 = left;
  const x1 = w - right;
  if (!top && share(x0, x1, 0, 1) > EDGE_EMPTY) return null;
  if (!bottom && share(x0, x1, h - 1, h) > EDGE_EMPTY) return null;
  if (!left && share(0, 1, y0, y1) > EDGE_EMPTY) return null;
  if (!right && share(w - 1, w, y0, y1) > EDGE_EMPTY) return null;
  const boxes: Box[] = [];
  if (top) boxes.push({ x: 0, y: 0, w: 1, h: top / h });
  if (bottom) boxes.push({ x: 0, y: 1 - bottom / h, w: 1, h: bottom / h });
  if (left) boxes.push({ x: 0, y: 0, w: left / w, h: 1 });
  if (right) boxes.push({ x: 1 - right / w, y: 0, w: right / w, h: 1 });
  return {
    color: colour,
    sides,
    thickness: Math.max(top / h, bottom / h, left / w, right / w),
    boxes,
    inset: { top, right, bottom, left },
  };
}
