import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * zod must be jitless before its first schema is built (extension/kit/zod-jitless.ts): ES modules run their imports
 * in order, so the background and every page entry import that module first. Content scripts carry no zod.
 */
const ENTRYPOINTS = path.resolve(import.meta.dirname, '../../../extension/entrypoints');

function entries(): string[] {
  return readdirSync(ENTRYPOINTS, { withFileTypes: true }).flatMap((e) => {
    if (e.isFile()) return [path.join(ENTRYPOINTS, e.name)];
    return readdirSync(path.join(ENTRYPOINTS, e.name))
      .filter((f) => /^main\.tsx?$/.test(f))
      .map((f) => path.join(ENTRYPOINTS, e.name, f));
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('zod runs jitless in the extension', () => {
  const all = entries();

  it('finds the background and the pages', () => {
    const names = all.map((f) => path.relative(ENTRYPOINTS, f));
    expect(names).toEqual(expect.arrayContaining(['background.ts', 'sidepanel/main.tsx', 'drafts/main.tsx', 'welcome/main.tsx']));
  });

  it.each(entries().filter((f) => !f.endsWith('.content.ts')).map((f) => [path.relative(ENTRYPOINTS, f), f]))('%s imports kit/zod-jitless first', (_name, file) => {
    expect(imports(file)[0]).toMatch(/\/kit\/zod-jitless$/);
  });

  it.each(entries().filter((f) => f.endsWith('.content.ts')).map((f) => [path.relative(ENTRYPOINTS, f), f]))('%s (a content script) does not import zod itself', (_name, file) => {
    expect(imports(file).filter((i) => i === 'zod' || i.startsWith('zod/'))).toEqual([]);
  });
});
