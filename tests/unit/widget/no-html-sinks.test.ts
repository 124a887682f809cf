import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') && !name.includes('config') ? [file] : [];
  });
}

describe('the widget source', () => {
  const files = [...sources(path.join(ROOT, 'widget')), ...sources(path.join(ROOT, 'shared/feed'))];

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each([
    ['innerHTML', /\.innerHTML\b/],
    ['outerHTML', /\.outerHTML\b/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['eval', /\beval\s*\(/],
    ['new Function', /new\s+Function\b/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['string timers', /set(Timeout|Interval)\(\s*['"`]/],
  ])('never uses %s (feed text must stay text; strict CSP must hold)', (_name, pattern) => {
    const offenders = files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
