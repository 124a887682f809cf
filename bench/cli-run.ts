import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export interface CliRun {
  /** Peak resident memory of the whole process, MB (from /usr/bin/time -v). */
  peakMb: number;
  seconds: number;
  exitCode: number | null;
  /** The last stderr line, its English half (the CLI's own words: the rows-read line or the reason it stopped). */
  lastLine: string;
}

/**
 * Runs `rapi ARGS` as a trainer would, stdout thrown away, under a time limit and a heap cap so that a version
 * that cannot cope (the one before streaming) fails in bounded time instead of taking the shared machine down.
 */
export function runCli(args: string[], limits = { seconds: 600, heapMb: 3072 }): CliRun {
  const command = `exec /usr/bin/time -v timeout ${limits.seconds} node bin/rapi.js ${args.map((a) => `'${a}'`).join(' ')} > /dev/null`;
  const started = performance.now();
  const result = spawnSync('bash', ['-c', command], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${limits.heapMb}` },
  });
  const seconds = (performance.now() - started) / 1000;
  const stderr = result.stderr ?? '';
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
  const signal = /Command terminated by signal (\d+)/.exec(stderr);
  const exit = /Exit status: (\d+)/.exec(stderr);
  const exitCode = signal ? 128 + Number(signal[1]) : exit ? Number(exit[1]) : result.status;
  const own = stderr.split('\n').filter((l) => l.trim() && !/^\t|Command (being timed|exited|terminated)/.test(l));
  return { peakMb: Math.round(peakKb / 1024), seconds, exitCode, lastLine: (own.at(-1) ?? '').split(' / ').at(-1)!.slice(0, 160) };
}
