/**
 * Puts the built widget and the standalone page's QR script into the extension, as embed/rapi-etalase.js and
 * embed/rapi-etalase-page.js. They are made by the same Vite configs as `npm run build:widget`, in memory (nothing
 * is written to .output/widget), so the extension always carries the widget of its own version. "Etalase saya"
 * reads them to make the standalone page and the one-block snippet, and offers rapi-etalase.js as a download for
 * the hosted form. They never run inside the extension: they are text put into the files a curator exports.
 */
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { defineWxtModule } from 'wxt/modules';

export const EMBED_DIR = 'embed';
const BUNDLES = [
  { config: 'widget/vite.config.ts', file: 'rapi-etalase.js' },
  { config: 'widget/page/vite.config.ts', file: 'rapi-etalase-page.js' },
];

async function buildInMemory(configFile: string, fileName: string): Promise<string> {
  const result = await build({ configFile, logLevel: 'warn', build: { write: false, emptyOutDir: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  for (const output of outputs) {
    for (const file of output.output) if (file.type === 'chunk' && file.fileName === fileName) return file.code;
  }
  throw new Error(`The widget build made no ${fileName}.`);
}

export default defineWxtModule({
  name: 'rapi:embed-scripts',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', async (_wxt, files) => {
      for (const bundle of BUNDLES) {
        const code = await buildInMemory(path.join(wxt.config.root, bundle.config), bundle.file);
        files.push({ relativeDest: `${EMBED_DIR}/${bundle.file}`, contents: code });
      }
    });
    // So `browser.runtime.getURL('/embed/…')` type-checks.
    wxt.hooks.hook('prepare:publicPaths', (_wxt, paths) => {
      for (const bundle of BUNDLES) paths.push(`${EMBED_DIR}/${bundle.file}`);
    });
  },
});
