import type { PixelImage } from '../types';
import { findContentBox } from './content-box';

/** A rectangle in pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What the photo fixer will do to one photo: which part of it to keep, and where that part goes on a square white
 * canvas of `side` pixels. Pure numbers, so the browser (canvas) and Node (sharp) draw exactly the same picture.
 */
export interface FixPlan {
  /** The photo's size as a buyer sees it (after EXIF rotation). */
  source: { width: number; height: number };
  /** The part kept, in the source's pixels: everything but plain borders and plain background. */
  crop: Rect;
  /** The square result's side in pixels. */
  side: number;
  /** Where the kept part is drawn on the square, centred. */
  place: Rect;
  /** How much the kept part is enlarged (> 1) or shrunk (< 1). */
  scale: number;
  /** The photo is too small for a 1,024 px square even enlarged twice: the seller needs a new photo. */
  tooSmall: boolean;
  /** The product is so small in the photo that even enlarged twice it spans little of the square: shoot closer. */
  productSmall: boolean;
  /** A thin white or black frame was trimmed. */
  frame: 'white' | 'black' | null;
  /** Plain background was trimmed around the product (it is then set in a white margin). */
  background: boolean;
}

/**
 * The square's smallest side when the source allows: sharp when a buyer zooms, and above every marketplace's
 * recommended size in shared/checks/profiles.ts (500–600 px).
 */
export const MIN_SIDE = 1024;
/** Larger squares only make bigger files: 2,048 px is twice the recommended size and keeps the JPEG small. */
export const MAX_SIDE = 2048;
/** Enlarging more than this makes a blurry, blocky photo: the seller is asked for a new one instead. */
export const MAX_UPSCALE = 2;
/** White on each side of a product cut from its backdrop, as a share of the square: the product spans 90% of it. */
export const MARGIN = 0.05;
/** A product spanning less of the square than this, at the most enlargement, is too small in the photo. */
export const SMALL_PRODUCT = 0.6;

/**
 * Plans the fix from a working copy of the photo (`analysis`, any size up to the source's, same shape): the
 * product's box against plain borders and background, a white square around it, and the size of that square.
 * Coordinates are rounded outwards, so the kept part never loses a pixel of what the copy showed.
 */
export function planFix(source: { width: number; height: number }, analysis: PixelImage): FixPlan {
  const found = findContentBox(analysis);
  const sx = source.width / analysis.width;
  const sy = source.height / analysis.height;
  const x0 = Math.max(0, Math.floor(found.box.left * sx));
  const y0 = Math.max(0, Math.floor(found.box.top * sy));
  const x1 = Math.min(source.width, Math.ceil(found.box.right * sx));
  const y1 = Math.min(source.height, Math.ceil(found.box.bottom * sy));
  const crop = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };

  const background = Object.values(found.background).some(Boolean);
  const longer = Math.max(crop.width, crop.height);
  // A product cut from its backdrop gets a white margin; a whole picture keeps its edges (a margin would be a frame).
  const natural = background ? longer / (1 - 2 * MARGIN) : longer;
  // Whose fault a small result is: the photo's pixels, or the product's size in an otherwise fine photo.
  const tooSmall = natural < MIN_SIDE && Math.max(source.width, source.height) * MAX_UPSCALE < MIN_SIDE;
  let side: number;
  let scale: number;
  if (natural >= MIN_SIDE) {
    side = Math.min(Math.round(natural), MAX_SIDE);
    scale = side / natural;
  } else if (background && !tooSmall) {
    // On white all round, a product enlarged at most twice can sit in a wider margin of the full-size square.
    side = MIN_SIDE;
    scale = Math.min(MAX_UPSCALE, MIN_SIDE / natural);
  } else {
    side = Math.min(MIN_SIDE, Math.floor(natural * MAX_UPSCALE));
    scale = side / natural;
  }
  const width = Math.max(1, Math.min(side, Math.round(crop.width * scale)));
  const height = Math.max(1, Math.min(side, Math.round(crop.height * scale)));
  const place = { x: Math.floor((side - width) / 2), y: Math.floor((side - height) / 2), width, height };
  const productSmall = !tooSmall && background && Math.max(width, height) / side < SMALL_PRODUCT;
  return { source, crop, side, place, scale, tooSmall, productSmall, frame: found.frame, background };
}

/** Where a point of the source (as fractions 0–1) lands on the fixed square (fractions), or null when cut away. */
export function mapPoint(plan: FixPlan, fx: number, fy: number): { x: number; y: number } | null {
  const x = fx * plan.source.width;
  const y = fy * plan.source.height;
  if (x < plan.crop.x || y < plan.crop.y || x > plan.crop.x + plan.crop.width || y > plan.crop.y + plan.crop.height) return null;
  return {
    x: (plan.place.x + ((x - plan.crop.x) / plan.crop.width) * plan.place.width) / plan.side,
    y: (plan.place.y + ((y - plan.crop.y) / plan.crop.height) * plan.place.height) / plan.side,
  };
}
