export interface BenchFigure {
  /** What was measured, e.g. "checks: listings per second". */
  name: string;
  /** The median over `runs` runs. */
  median: number;
  unit: string;
  /** The input, e.g. "10,000 listings from listings.csv, 1 core". */
  input: string;
  runs: number;
  /** The issue's target, e.g. "≥ 20000". */
  target?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `runs` times (after one warm-up) and returns each run's wall time in ms. */
export async function timeRuns(fn: () => unknown, runs = 5): Promise<number[]> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** A bench module default-exports this; bench/run.ts finds every bench/*.bench.ts. */
export type Bench = () => Promise<BenchFigure[]>;
