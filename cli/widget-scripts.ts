/**
 * The built widget files the standalone page and the one-block snippet carry inside them. `rapi etalase` reads
 * .output/widget/rapi-etalase.js and rapi-etalase-page.js (made by `npm run build:widget`); when they are missing
 * or older than the widget's sources, it builds them first (a few seconds, once) with the same Vite configs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EmbedScripts } from '../shared/embed';

/** The project folder: this file runs from cli/ (tsx) or from the bundle in dist/cli/ (scripts/build-cli.mjs). */
function projectRoot(): string {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'widget/vite.config.ts'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('rapi: the project folder (with widget/) was not found');
  }
}
const ROOT = projectRoot();
export const WIDGET_OUT = path.join(ROOT, '.output/widget');
const FILES = { widget: 'rapi-etalase.js', page: 'rapi-etalase-page.js' } as const;
const CONFIGS = ['widget/vite.config.ts', 'widget/page/vite.config.ts'];
/** Everything the two bundles are made from. */
const SOURCES = ['widget', 'shared/feed', 'shared/embed'];

function newestSource(): number {
  const walk = (dir: string): number[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(file) : [statSync(file).mtimeMs];
    });
  return Math.max(0, ...SOURCES.flatMap((dir) => walk(path.join(ROOT, dir))));
}

export function builtScriptsAreCurrent(): boolean {
  const built = Object.values(FILES).map((name) => path.join(WIDGET_OUT, name));
  if (!built.every(existsSync)) return false;
  const oldest = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return oldest >= newestSource();
}

async function buildScripts(): Promise<void> {
  const { build } = await import('vite');
  for (const config of CONFIGS) await build({ configFile: path.join(ROOT, config), logLevel: 'warn' });
}

export async function readEmbedScripts(onBuild: () => void = () => {}): Promise<EmbedScripts> {
  if (!builtScriptsAreCurrent()) {
    onBuild();
    await buildScripts();
  }
  return {
    widget: readFileSync(path.join(WIDGET_OUT, FILES.widget), 'utf8'),
    page: readFileSync(path.join(WIDGET_OUT, FILES.page), 'utf8'),
  };
}
