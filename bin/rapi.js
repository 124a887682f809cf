#!/usr/bin/env node
// The CLI is TypeScript shared with the extension, built into plain JavaScript in dist/cli/ (scripts/build-cli.mjs)
// so that nothing is compiled at start. npm builds it after install; a source newer than the build is rebuilt here
// first (under a second). Where dist/ cannot be written, tsx runs the sources instead, as before.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

function buildIsFresh() {
  try {
    const { builtAt, sources } = JSON.parse(readFileSync(new URL('dist/cli/sources.json', root), 'utf8'));
    return sources.every((source) => statSync(new URL(source, root)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

let entry = new URL('dist/cli/rapi.js', root);
if (!buildIsFresh()) {
  try {
    await (await import('../scripts/build-cli.mjs')).buildCli();
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    entry = new URL('cli/main.ts', root);
  }
}
if (process.env.RAPI_DEBUG) process.setSourceMapsEnabled(true);
const { run } = await import(entry.href);
await run(process.argv.slice(2));
