/**
 * Builds Rapi di HP, the phone page (a PWA), into .output/web: one static folder that any host can serve.
 * - web/index.html + main.tsx: the app, from shared/ code only (tests/unit/layout checks it);
 * - vite-plugin-pwa in injectManifest mode: web/sw.ts gets the precache list of the build (everything but the OCR
 *   files) and the manifest (build/manifest.ts) is written beside it;
 * - build/icons.ts draws the icons from Rapi's one SVG; build/ocr-files.ts copies the OCR files and their sizes.
 * `base: './'`: every URL is relative, so the folder works at a host's root or in any sub-folder.
 */
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { iconsPlugin } from './build/icons.ts';
import { webManifest } from './build/manifest.ts';
import { ocrFilesPlugin } from './build/ocr-files.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: WEB,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [
    preact(),
    iconsPlugin(ROOT),
    ocrFilesPlugin(ROOT),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: webManifest(),
      includeManifestIcons: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        globIgnores: ['ocr/**', 'sw.js'],
        // The app's own files are small; the limit only guards against a big file slipping into the precache.
        maximumFileSizeToCacheInBytes: 1024 * 1024,
      },
    }),
  ],
  build: {
    outDir: `${ROOT}/.output/web`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
    // Which chunks the page loads first (its entry and their static imports): npm run size measures those.
    manifest: true,
  },
});
