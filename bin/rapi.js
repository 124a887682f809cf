#!/usr/bin/env node
// The CLI is TypeScript shared with the extension, built into plain JavaScript in dist/cli/ (scripts/build-cli.mjs)
// so that nothing is compiled at start. npm builds it after install; a source newer than the build is rebuilt here
// first (under a second). Where dist/ cannot be written, tsx runs the sources instead, as before.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** About a millisecond: one stat per source file of the CLI (listed by the build). */
function buildIsFresh() {
  try {
    const { builtAt, sources } = JSON.parse(readFileSync(`${root}dist/cli/sources.json`, 'utf8'));
    return sources.every((source) => statSync(root + source).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

let entry = new URL('../dist/cli/rapi.js', import.meta.url);
if (!buildIsFresh()) {
  try {
    await (await import('../scripts/build-cli.mjs')).buildCli();
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    entry = new URL('../cli/main.ts', import.meta.url);
  }
}
if (process.env.RAPI_DEBUG) process.setSourceMapsEnabled(true);
const { run } = await import(entry.href);
await run(process.argv.slice(2));
