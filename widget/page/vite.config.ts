/**
 * Builds the standalone page's script, .output/widget/rapi-etalase-page.js (IIFE), beside the widget. It carries
 * the `qrcode` encoder, so it is never part of the widget's 12 KB: only shared/embed/page.ts inlines it, into
 * etalase.html. Run after widget/vite.config.ts (which empties .output/widget).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: ROOT,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: '.output/widget',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: 'widget/page/main.ts',
      name: 'RapiEtalasePage',
      formats: ['iife'],
      fileName: () => 'rapi-etalase-page.js',
    },
  },
});
