import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../../..');
export const rapiBin = path.join(root, 'bin/rapi.js');

/** Runs the real `rapi` binary, as a trainer would. */
export function rapi(args: string[], input?: string | Uint8Array) {
  const result = spawnSync(process.execPath, [rapiBin, ...args], { cwd: root, input, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const tempDir = (name: string) => mkdtempSync(path.join(tmpdir(), `rapi-${name}-`));

export interface JsonListing {
  index: number;
  title: string;
  score: number;
  level: string | null;
  where: string;
  findings: Array<{ id: string; area: string; severity: string; message: string; source: string }>;
}
