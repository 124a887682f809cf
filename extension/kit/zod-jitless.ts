/**
 * Imported first by the background and by every page's entry, before any schema exists: zod 4 builds each object
 * schema's fast parser with `new Function`, and first probes whether eval is allowed. The extension's CSP forbids
 * eval, so the probe fails quietly, but Firefox logs a CSP error for it in each of those contexts. Jitless mode skips
 * both the probe and the compiled parser; parsing gives the same results. Content scripts and the photo workers
 * carry no zod (content scripts have a size budget), so they need nothing.
 * tests/unit/kit/zod-jitless.test.ts keeps the entries importing this first; tests/e2e/firefox-extension.test.ts
 * fails on any CSP error in Firefox's console.
 */
import { z } from 'zod';

z.config({ jitless: true });
