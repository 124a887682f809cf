/**
 * Imported first by every extension entry (background, content scripts, pages, workers), before any schema exists:
 * zod 4 builds each object schema's fast parser with `new Function` and first probes whether eval is allowed. The
 * extension's CSP forbids eval, so the probe fails quietly but Firefox logs a CSP error for it in every context.
 * Jitless mode skips both the probe and the compiled parser; parsing gives the same results.
 * tests/unit/extension/zod-jitless.test.ts keeps every entry importing this first.
 */
import { z } from 'zod';

z.config({ jitless: true });
