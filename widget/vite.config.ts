/**
 * Builds <rapi-etalase> as one self-contained file, .output/widget/rapi-etalase.js (IIFE, for a plain
 * <script src>), plus rapi-etalase.mjs (ES module) beside it. Only .output/widget is emptied, so the extension
 * build in .output/chrome-mv3 stays. Budget: 12 KB gzipped (`npm run size` enforces it).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA_MODULE = fileURLToPath(new URL('../shared/feed/schema.ts', import.meta.url));
const FEED_SCHEMA_MODULE = 'virtual:rapi-feed-schema';

/**
 * zod does not fit in the widget's budget, so the build turns the zod schema into JSON Schema and hands it to
 * the small validator in shared/feed/lite.ts. The schema stays the single source of truth. The same JSON Schema
 * is written beside the widget for editors that check feed files as you type.
 */
function feedSchemaPlugin(): Plugin {
  const resolved = `\0${FEED_SCHEMA_MODULE}`;
  let schema: Record<string, unknown> | undefined;
  // Loaded through Vite's module runner (not imported by this config), so the TypeScript sources need no
  // special config loading.
  const load = async () => {
    const { module } = await runnerImport<typeof import('../shared/feed/schema')>(SCHEMA_MODULE, { configFile: false, logLevel: 'warn' });
    return (schema ??= module.feedJsonSchema());
  };
  return {
    name: 'rapi-feed-schema',
    resolveId: (id) => (id === FEED_SCHEMA_MODULE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const { $schema: _unused, ...rest } = await load();
      return `export default ${JSON.stringify(rest)};`;
    },
    async generateBundle(options) {
      if (options.format !== 'es') return;
      this.emitFile({
        type: 'asset',
        fileName: 'etalase-feed.schema.json',
        source: `${JSON.stringify(await load(), null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  root: ROOT,
  publicDir: false,
  logLevel: 'warn',
  plugins: [feedSchemaPlugin()],
  build: {
    outDir: '.output/widget',
    emptyOutDir: true,
    target: 'es2022',
    // Browsers with container queries (what the phone layout needs); older ones get the wide layout. Without it,
    // the CSS minifier adds a color-scheme polyfill the widget does not use.
    cssTarget: ['chrome123', 'firefox120', 'safari17.5'],
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: 'widget/main.ts',
      name: 'RapiEtalase',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'es' ? 'rapi-etalase.mjs' : 'rapi-etalase.js'),
    },
  },
});
