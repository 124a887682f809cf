import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bench, BenchFigure } from './lib';

const only = process.argv[2];
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

function format(f: BenchFigure): string {
  const value = f.median >= 100 ? Math.round(f.median).toLocaleString('en') : f.median.toFixed(2);
  const target = f.target ? `  (target ${f.target})` : '';
  return `${f.name}: ${value} ${f.unit}  — median of ${f.runs} runs; input: ${f.input}${target}`;
}

let failed = false;
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: Bench };
  console.log(`\n# ${file}`);
  try {
    for (const figure of await mod.default()) console.log(format(figure));
  } catch (error) {
    failed = true;
    console.error(`bench ${file} failed:`, error);
  }
}
process.exitCode = failed ? 1 : 0;
