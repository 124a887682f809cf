import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { ocrFilesPlugin } from './web/build/ocr-files.ts';

export default defineConfig({
  test: {
    projects: [
      {
        // The phone page's OCR file list is a build-time module (web/build/ocr-files.ts); its tests read it too.
        plugins: [WxtVitest(), preact(), ocrFilesPlugin(fileURLToPath(new URL('.', import.meta.url)))],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'shared/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
