import { measureBorder } from '../metrics/borders';
import { flattenOnWhite } from '../pixels';
import type { PixelImage } from '../types';

/** A rectangle in pixels of the image it was found on; right and bottom are exclusive. */
export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Side = 'top' | 'right' | 'bottom' | 'left';

export interface ContentBox {
  box: PixelBox;
  /** Pixels trimmed per side, and whether what was trimmed there is a plain background (not only a thin frame). */
  trimmed: Record<Side, number>;
  background: Record<Side, boolean>;
  /** The trimmed frame's colour, when the photo had a white or black frame (as the border check sees it). */
  frame: 'white' | 'black' | null;
}

/** How far a pixel may stray from its line's colour and still count as plain (0–255 per channel, after averaging). */
const TOLERANCE = 12;
/** How far a plain area may drift from the colour it started with (a soft shadow or vignette on a backdrop). */
const DRIFT = 24;
/** Never trim so far that less than this share of a side is left: a photo that plain is not a product on a backdrop. */
const MIN_KEEP = 0.04;

/**
 * The part of the photo that is not plain border or plain background: uniform lines are trimmed from each edge
 * inwards, a thin white or black frame first and the plain background behind it next, until a line holds anything
 * that is not the plain colour. Only whole lines of one colour are removed, so nothing of the product is, except
 * pixels that differ from the backdrop by less than the noise in a photo. A busy background or a product touching
 * an edge stops the trimming at that edge.
 */
export function findContentBox(image: PixelImage): ContentBox {
  const flat = flattenOnWhite(image);
  const { width, height } = flat;

  const full: PixelBox = { left: 0, top: 0, right: width, bottom: height };
  const trimmed = zero();
  const background = none();
  const frameInset = zero();
  let framed = false;
  const backdrop: Partial<Record<Side, number[]>> = {};
  const sides: Side[] = ['top', 'bottom', 'left', 'right'];

  // A frame is what the photo checks call one (a band that ends where the picture starts); a thin plain band
  // that fades into a product is backdrop.
  const border = measureBorder(flat);
  // Lines always run across the whole photo (inside a frame, once one is found): lines narrowed to the product
  // itself would be plain wherever the product is plain, and trimming them would cut it.
  for (const side of sides) {
    const first = trimSide(flat, full, side, 0);
    if (!first.depth) continue;
    trimmed[side] = first.depth;
    if (border && border.inset[side] > 0 && colourName(first.colour) === border.color) {
      framed = true;
      frameInset[side] = first.depth;
    } else {
      backdrop[side] = first.colour;
    }
  }
  const inside: PixelBox = { left: frameInset.left, top: frameInset.top, right: width - frameInset.right, bottom: height - frameInset.bottom };
  for (const side of sides) {
    if (!frameInset[side]) continue;
    const behind = trimSide(flat, inside, side, frameInset[side]);
    if (!behind.depth) continue;
    trimmed[side] += behind.depth;
    backdrop[side] = behind.colour;
  }
  // A backdrop surrounds the product: one plain colour on at least three sides. Plain bands elsewhere (a wall above,
  // a table below) are part of the picture, and a white margin in their place would look like a frame.
  const colours = Object.values(backdrop);
  if (colours.length >= 3 && colours.every((c) => distance(c, colours[0]!) <= DRIFT)) {
    for (const side of sides) background[side] = side in backdrop;
  } else {
    for (const side of sides) trimmed[side] = frameInset[side];
  }
  const box: PixelBox = { left: trimmed.left, top: trimmed.top, right: width - trimmed.right, bottom: height - trimmed.bottom };
  if (box.right - box.left < MIN_KEEP * width || box.bottom - box.top < MIN_KEEP * height) {
    return { box: { left: 0, top: 0, right: width, bottom: height }, trimmed: zero(), background: none(), frame: null };
  }
  return { box, trimmed, background, frame: framed ? border!.color : null };
}

const zero = (): Record<Side, number> => ({ top: 0, right: 0, bottom: 0, left: 0 });
const none = (): Record<Side, boolean> => ({ top: false, right: false, bottom: false, left: false });

function colourName([r, g, b]: readonly number[]): 'white' | 'black' | null {
  if (Math.min(r!, g!, b!) >= 225) return 'white';
  if (Math.max(r!, g!, b!) <= 35) return 'black';
  return null;
}

/**
 * How many plain lines of one colour lie at this side, starting `from` lines in from the edge, each line running
 * across `span`; and their colour. At least MIN_KEEP of the photo is always left between opposite sides.
 */
function trimSide(image: PixelImage, span: PixelBox, side: Side, from: number): { depth: number; colour: number[] } {
  const horizontal = side === 'top' || side === 'bottom';
  const size = horizontal ? image.height : image.width;
  const room = size - from - Math.ceil(MIN_KEEP * size);
  const lineAt = (depth: number) => (side === 'top' || side === 'left' ? from + depth : size - 1 - from - depth);
  const start = plainLine(image, span, horizontal, lineAt(0));
  if (!start) return { depth: 0, colour: [] };
  let depth = 1;
  while (depth < room) {
    const line = plainLine(image, span, horizontal, lineAt(depth));
    if (!line || distance(line, start) > DRIFT) break;
    depth++;
  }
  return { depth, colour: start };
}

/**
 * The mean colour of one row (horizontal) or column inside the box, or null when any pixel strays from it. Each
 * pixel is judged with its two neighbours along the line: a backdrop's grain (a phone camera's noise, JPEG blocks)
 * drops well under the tolerance, while anything of the product, even one pixel wide, still stands out; and lines
 * are never mixed with each other, so a frame's edge stays exact.
 */
function plainLine(image: PixelImage, box: PixelBox, horizontal: boolean, at: number): number[] | null {
  const { width, data } = image;
  const [from, to] = horizontal ? [box.left, box.right] : [box.top, box.bottom];
  const index = (i: number) => (horizontal ? at * width + i : i * width + at) * 4;
  const n = to - from;
  let r = 0;
  let g = 0;
  let b = 0;
  for (let i = from; i < to; i++) {
    const o = index(i);
    r += data[o]!;
    g += data[o + 1]!;
    b += data[o + 2]!;
  }
  const mean = [r / n, g / n, b / n];
  for (let i = from; i < to; i++) {
    const before = index(Math.max(from, i - 1));
    const here = index(i);
    const after = index(Math.min(to - 1, i + 1));
    for (let c = 0; c < 3; c++) {
      const smooth = (data[before + c]! + data[here + c]! + data[after + c]!) / 3;
      if (Math.abs(smooth - mean[c]!) > TOLERANCE) return null;
    }
  }
  return mean;
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.max(Math.abs(a[0]! - b[0]!), Math.abs(a[1]! - b[1]!), Math.abs(a[2]! - b[2]!));
}
