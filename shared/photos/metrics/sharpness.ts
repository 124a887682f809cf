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
  const { width: w, height: h, data } = grey;
  if (w < REBLUR || h < REBLUR) return null;
  const half = Math.floor(REBLUR / 2);
  let variationX = 0;
  let lostX = 0;
  let variationY = 0;
  let lostY = 0;

  // Along rows: a running box sum per row.
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let acc = 0;
    for (let k = -half; k <= half; k++) acc += data[row + clamp(k, w)]!;
    let previousBlurred = acc / REBLUR;
    acc += data[row + clamp(half + 1, w)]! - data[row + clamp(-half, w)]!;
    for (let x = 1; x < w; x++) {
      const blurred = acc / REBLUR;
      const dOriginal = Math.abs(data[row + x]! - data[row + x - 1]!);
      variationX += dOriginal;
      lostX += Math.max(0, dOriginal - Math.abs(blurred - previousBlurred));
      previousBlurred = blurred;
      acc += data[row + clamp(x + half + 1, w)]! - data[row + clamp(x - half, w)]!;
    }
  }

  // Along columns, still reading row by row: a running box sum per column over a window of rows.
  const columnSums = new Float64Array(w);
  const previousBlurred = new Float64Array(w);
  for (let k = -half; k <= half; k++) {
    const row = clamp(k, h) * w;
    for (let x = 0; x < w; x++) columnSums[x] += data[row + x]!;
  }
  for (let x = 0; x < w; x++) previousBlurred[x] = columnSums[x]! / REBLUR;
  for (let y = 1; y < h; y++) {
    const enter = clamp(y + half, h) * w;
    const leave = clamp(y - half - 1, h) * w;
    const row = y * w;
    const above = row - w;
    for (let x = 0; x < w; x++) {
      columnSums[x] += data[enter + x]! - data[leave + x]!;
      const blurred = columnSums[x]! / REBLUR;
      const dOriginal = Math.abs(data[row + x]! - data[above + x]!);
      variationY += dOriginal;
      lostY += Math.max(0, dOriginal - Math.abs(blurred - previousBlurred[x]!));
      previousBlurred[x] = blurred;
    }
  }

  // Less than a quarter of a grey level per pixel on average: a plain image, nothing to judge.
  if (variationX / (h * (w - 1)) < 0.25 || variationY / (w * (h - 1)) < 0.25) return null;
  return Math.max((variationX - lostX) / variationX, (variationY - lostY) / variationY);
}

function clamp(i: number, length: number): number {
  return i < 0 ? 0 : i >= length ? length - 1 : i;
}
