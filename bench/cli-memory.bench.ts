import { bigCsv, bigXlsx, sizeMb, xlsxBomb } from './big-files';
import { runCli } from './cli-run';
import type { Bench, BenchFigure } from './lib';

/**
 * Peak memory and time of `rapi check … --format json` on big and hostile files (issue: bounded memory). The files
 * are generated once into .tmp/big-files. RAPI_BENCH_SMALL=1 skips the 200 MB file (several minutes on 2 cores).
 */
const bench: Bench = async () => {
  const cases: Array<[string, string, string | undefined, number]> = [
    ['10 MB CSV (75k rows)', bigCsv(75_000), undefined, 600],
    ['xlsx bomb (1.5 GB of spaces)', await xlsxBomb(1_500_000_000), undefined, 600],
    ['400k-row xlsx', bigXlsx(400_000), undefined, 600],
  ];
  if (!process.env.RAPI_BENCH_SMALL) cases.push(['200 MB CSV (1.5M rows)', bigCsv(1_500_000), '< 300 MB', 1800]);
  const figures: BenchFigure[] = [];
  for (const [name, file, target, seconds] of cases) {
    const run = runCli(['check', file, '--format', 'json'], { seconds, heapMb: 3072 });
    const input = `${sizeMb(file)}; exit ${run.exitCode}; "${run.lastLine}"`;
    figures.push({ name: `CLI ${name}: peak memory`, median: run.peakMb, unit: 'MB', input, runs: 1, ...(target ? { target } : {}) });
    figures.push({ name: `CLI ${name}: time`, median: run.seconds, unit: 's', input, runs: 1 });
  }
  return figures;
};

export default bench;
