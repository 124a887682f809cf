import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median, type Bench } from './lib';

/**
 * How long a trainer waits for `rapi`: `rapi --help` and `rapi check` of one listing without photos, against a bare
 * `node -e 0` measured in the same runs (interleaved, so a busy machine slows all three alike). Target: at most 5×.
 */
const root = path.resolve(import.meta.dirname, '..');
const RUNS = 15;

function wallMs(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return performance.now() - started;
}

const bench: Bench = async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapi-startup-'));
  const one = path.join(dir, 'one.json');
  writeFileSync(one, JSON.stringify({ title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', price: 'Rp85.000', category: 'Makanan & Minuman > Kopi', image_count: 3 }));
  const rapi = path.join(root, 'bin/rapi.js');
  // The first run builds dist/cli if a source changed; it is not counted.
  wallMs([rapi, '--help']);
  const times = { node: [] as number[], help: [] as number[], check: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    times.node.push(wallMs(['-e', '0']));
    times.help.push(wallMs([rapi, '--help']));
    times.check.push(wallMs([rapi, 'check', one]));
  }
  const node = median(times.node);
  const input = `${RUNS} interleaved runs, wall time`;
  return [
    { name: 'CLI start: node -e 0', median: node, unit: 'ms', input, runs: RUNS },
    { name: 'CLI start: rapi --help', median: median(times.help), unit: 'ms', input, runs: RUNS },
    { name: 'CLI start: rapi --help ÷ node -e 0', median: median(times.help) / node, unit: '×', input, runs: RUNS, target: '≤ 5' },
    { name: 'CLI start: rapi check one.json (no photos)', median: median(times.check), unit: 'ms', input, runs: RUNS },
    { name: 'CLI start: rapi check one.json ÷ node -e 0', median: median(times.check) / node, unit: '×', input, runs: RUNS, target: '≤ 5' },
  ];
};

export default bench;
