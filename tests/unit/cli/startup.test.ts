import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build script, no types
import { CLI_DIR, buildCli } from '../../../scripts/build-cli.mjs';
import { failureOf, InputError } from '../../../cli/errors';
import { rapi } from './run-rapi';

interface Metafile {
  outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }>;
}

/**
 * What loads as soon as a chunk loads: the packages it imports statically (followed through other chunks), both
 * those left in node_modules and those bundled into the chunks.
 */
function loadedWith(meta: Metafile, chunk: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const input of Object.keys(meta.outputs[output]?.inputs ?? {})) {
      const bundled = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      if (bundled) packages.add(bundled[1]!);
    }
    for (const i of meta.outputs[output]?.imports ?? []) {
      if (i.kind !== 'import-statement') continue;
      if (i.external) packages.add(i.path);
      else visit(i.path);
    }
  };
  visit(chunk);
  return packages;
}

const HEAVY = ['sharp', 'tesseract.js', 'happy-dom', 'read-excel-file/node', 'papaparse', 'tsx', 'tsx/esm/api'];
let meta: Metafile;

beforeAll(async () => {
  await buildCli();
  meta = JSON.parse(readFileSync(path.join(CLI_DIR, 'meta.json'), 'utf8')) as Metafile;
}, 60_000);

describe('a CLI that starts at once', () => {
  it('runs built JavaScript: `rapi --help` loads no package at all, not even the schema library', () => {
    const entry = Object.keys(meta.outputs).find((o) => o.endsWith('dist/cli/rapi.js'))!;
    expect([...loadedWith(meta, entry)].filter((p) => !p.startsWith('node:'))).toEqual([]);
  });

  it('`rapi check` loads sharp, tesseract, happy-dom, the xlsx reader and papaparse only when a file, flag or photo needs them', () => {
    const check = Object.keys(meta.outputs).find((o) => /chunks\/check-[A-Z0-9]+\.js$/.test(o))!;
    const loaded = loadedWith(meta, check);
    expect(loaded.has('zod')).toBe(true); // the listing schema: needed for any check
    for (const heavy of HEAVY) expect(loaded.has(heavy), heavy).toBe(false);
    // …and each of them is still there, behind a dynamic import.
    const dynamic = new Set(Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import' || i.external).map((i) => i.path)));
    for (const heavy of ['sharp', 'tesseract.js', 'happy-dom', 'read-excel-file/node', 'papaparse']) expect(dynamic.has(heavy), heavy).toBe(true);
  });

  it('answers --help and checks one listing from the build', () => {
    expect(rapi(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('rapi check FILE') });
    const one = rapi(['check', '-', '--format', 'json'], JSON.stringify({ title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', price: 'Rp85.000' }));
    expect(one.code).toBe(0);
  });
});

describe('every error is caught at the top level', () => {
  it.each<[string, unknown, number, RegExp]>([
    ['an unreadable input', new InputError({ id: 'File kosong.', en: 'The file is empty.' }), 2, /File kosong/],
    ['V8 running out of room on hostile input', new RangeError('Invalid string length'), 2, /terlalu besar atau bertingkat terlalu dalam/],
    ['a bug inside Rapi', new TypeError("Cannot read properties of undefined (reading 'x')"), 1, /kesalahan di dalam Rapi sendiri, bukan karena file Anda \(TypeError\)/],
    ['a closed stdout', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }), 0, /^$/],
  ])('%s gives a plain bilingual message and an exit code', (_name, error, exitCode, message) => {
    const failure = failureOf(error);
    expect(failure.exitCode).toBe(exitCode);
    expect(failure.text?.id ?? '').toMatch(message);
    if (failure.text) expect(failure.text.en).not.toBe(failure.text.id);
  });
});
