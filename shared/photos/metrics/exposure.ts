import { percentileOfHistogram, type GreyImage } from '../pixels';

export interface Exposure {
  /** Mean brightness, 0–255. */
  brightness: number;
  /** 2nd percentile: how dark the darkest parts are. */
  darkLevel: number;
  /** 98th percentile: how bright the brightest parts are. */
  brightLevel: number;
  /** Standard deviation of brightness. */
  contrast: number;
}

export function measureExposure(grey: GreyImage): Exposure {
  const histogram = new Uint32Array(256);
  let sum = 0;
  let sumSq = 0;
  const { data } = grey;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    histogram[Math.round(v)]!++;
    sum += v;
    sumSq += v * v;
  }
  const n = data.length;
  const brightness = sum / n;
  return {
    brightness,
    darkLevel: percentileOfHistogram(histogram, n, 0.02),
    brightLevel: percentileOfHistogram(histogram, n, 0.98),
    contrast: Math.sqrt(Math.max(0, sumSq / n - brightness * brightness)),
  };
}
