// Builds the `rapi` CLI (TypeScript in cli/ and shared/) into plain JavaScript in dist/cli/, so that `rapi` starts
// without compiling anything. npm runs it after install (package.json "postinstall"); bin/rapi.js runs it again
// when a source file is newer than the build. Plain JavaScript itself, so it needs nothing but esbuild.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = path.join(root, 'dist/cli');

/** Writes to a temporary name, then renames: a rapi started meanwhile never loads a half-written file. */
function writeAtomically(file, contents) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

export async function buildCli() {
  const builtAt = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { rapi: 'cli/main.ts' },
    outdir: CLI_DIR,
    bundle: true,
    // Each dynamic import (a command, papaparse's reader, the photo pipeline) becomes its own chunk, loaded on demand.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Heavy packages stay in node_modules, loaded only when their chunk is; the small pure ones (zod, fflate) are
    // bundled, because Node loading zod's hundred-odd files one by one costs more than the checks themselves.
    // vite: only `rapi etalase` uses it, to build the widget when .output/widget is missing (cli/widget-scripts.ts).
    external: ['sharp', 'tesseract.js', 'happy-dom', 'read-excel-file', 'read-excel-file/*', 'papaparse', '@tesseract.js-data/*', 'vite'],
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  // Chunks first (content-hashed names), the entry and the list of sources last.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith('rapi.js')) - Number(b.path.endsWith('rapi.js')));
  for (const file of files) writeAtomically(file.path, file.contents);
  const sources = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules'));
  // What each chunk imports, and how (tests/unit/cli/startup.test.ts checks that heavy packages load only on demand).
  writeAtomically(path.join(CLI_DIR, 'meta.json'), JSON.stringify(result.metafile));
  writeAtomically(path.join(CLI_DIR, 'sources.json'), JSON.stringify({ builtAt, sources }));
  removeOldChunks(new Set(files.map((file) => file.path)));
}

/** Chunks of earlier builds, once no rapi started before this build can still be loading them. */
function removeOldChunks(current) {
  const chunks = path.join(CLI_DIR, 'chunks');
  for (const name of readdirSync(chunks)) {
    const file = path.join(chunks, name);
    if (!current.has(file) && Date.now() - statSync(file).mtimeMs > 10 * 60_000) rmSync(file, { force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
