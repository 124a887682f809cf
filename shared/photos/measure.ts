import { measureBackground, measureProduct } from './metrics/background';
import { measureBorder } from './metrics/borders';
import { measureExposure } from './metrics/exposure';
import { colourGrid, perceptualHash } from './metrics/phash';
import { findSeams } from './metrics/seams';
import { blurEffect, laplacianVariance } from './metrics/sharpness';
import { downscale, flattenOnWhite, toGrey } from './pixels';
import type { PhotoMetrics, PixelImage } from './types';

/**
 * Sharpness is judged at about the size a buyer sees a photo on a phone (512 px): blur that vanishes when the
 * photo is shown smaller does not matter. Everything else needs far fewer pixels, so it runs on 256 px.
 */
export const SHARPNESS_SIDE = 512;
export const LAYOUT_SIDE = 256;

/** Every measurement of one photo, once, so the checks only compare numbers. */
export function measurePhoto(pixels: PixelImage): PhotoMetrics {
  const detail = flattenOnWhite(downscale(pixels, SHARPNESS_SIDE));
  const detailGrey = toGrey(detail);
  const small = downscale(detail, LAYOUT_SIDE);
  const smallGrey = toGrey(small);

  const exposure = measureExposure(smallGrey);
  const background = measureBackground(small);
  const border = measureBorder(small);
  const plain = background.uniformity >= PLAIN_BACKGROUND;
  const product = plain && !border ? measureProduct(small, background.rgb) : null;
  const seams = findSeams(small, border?.inset);

  return {
    workWidth: detail.width,
    workHeight: detail.height,
    sharpness: laplacianVariance(detailGrey),
    blur: blurEffect(detailGrey),
    ...exposure,
    background,
    product,
    border: border ? { color: border.color, sides: border.sides, thickness: border.thickness, boxes: border.boxes } : null,
    seams,
    phash: perceptualHash(smallGrey),
    colours: colourGrid(small),
  };
}

/** Share of the outer ring in one colour from which the background counts as plain (product can be measured). */
export const PLAIN_BACKGROUND = 0.85;
