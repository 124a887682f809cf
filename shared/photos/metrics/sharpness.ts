import type { GreyImage } from '../pixels';

/**
 * Variance of the 4-neighbour Laplacian: the classic focus measure. High on crisp detail, low on blur — but also
 * low on a plain photo with little detail, so the blurry check reads it together with `blurEffect`.
 */
export function laplacianVariance(grey: GreyImage): number {
  const { width: w, height: h, data } = grey;
  if (w < 3 || h < 3) return 0;
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = 1; y < h - 1; y++) {
    const row = y * w;
    for (let x = 1; x < w - 1; x++) {
      const i = row + x;
      const lap = data[i - 1]! + data[i + 1]! + data[i - w]! + data[i + w]! - 4 * data[i]!;
      sum += lap;
      sumSq += lap * lap;
      n++;
    }
  }
  const mean = sum / n;
  return sumSq / n - mean * mean;
}

const REBLUR = 9;

/**
 * How blurry, 0 (crisp) to 1 (very blurry), after Crete et al. 2007, "The blur effect": blur the photo again and
 * see how much of its pixel-to-pixel variation survives. A crisp photo loses a lot, a blurry one almost nothing.
 * It does not depend on how much detail or contrast the photo has, unlike the Laplacian alone.
 * Returns null when the photo has almost no detail to judge by (a plain colour).
 */
export function blurEffect(grey: GreyImage): number | null {
  const horizontal = blurAlong(grey, 1, grey.width, grey.height, grey.width);
  const vertical = blurAlong(grey, grey.width, grey.height, grey.width, 1);
  if (horizontal === null || vertical === null) return null;
  return Math.max(horizontal, vertical);
}

/**
 * One direction of the blur effect. `step` moves along a line, `length` is the line's length, `lines` the number
 * of lines and `lineStep` moves from one line to the next.
 */
function blurAlong(grey: GreyImage, step: number, length: number, lines: number, lineStep: number): number | null {
  const { data } = grey;
  const half = Math.floor(REBLUR / 2);
  let variation = 0;
  let lost = 0;
  const blurred = new Float32Array(length);
  for (let l = 0; l < lines; l++) {
    const base = l * lineStep;
    // Running-sum box blur along the line, clamped at the ends.
    let acc = 0;
    for (let k = -half; k <= half; k++) acc += data[base + clamp(k, length) * step]!;
    for (let i = 0; i < length; i++) {
      blurred[i] = acc / REBLUR;
      acc += data[base + clamp(i + half + 1, length) * step]! - data[base + clamp(i - half, length) * step]!;
    }
    for (let i = 1; i < length; i++) {
      const dOriginal = Math.abs(data[base + i * step]! - data[base + (i - 1) * step]!);
      const dBlurred = Math.abs(blurred[i]! - blurred[i - 1]!);
      variation += dOriginal;
      lost += Math.max(0, dOriginal - dBlurred);
    }
  }
  const pixels = lines * (length - 1);
  // Less than a quarter of a grey level per pixel on average: a plain image, nothing to judge.
  if (variation / pixels < 0.25) return null;
  return (variation - lost) / variation;
}

function clamp(i: number, length: number): number {
  return i < 0 ? 0 : i >= length ? length - 1 : i;
}
