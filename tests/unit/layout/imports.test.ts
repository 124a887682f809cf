import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Imports go one way: entrypoints → features → kit → storage / messaging → shared/. A feature never reaches
 * into another feature's folder; what two of them share moves down (README, "Layout").
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const FEATURES = ['sidepanel', 'drafts', 'showcase', 'coaching', 'photos', 'content', 'welcome'] as const;

/** What each folder of the extension may import, besides itself and shared/. */
const ALLOWED: Record<string, readonly string[]> = {
  entrypoints: [...FEATURES, 'kit', 'storage', 'messaging'],
  ...Object.fromEntries(FEATURES.map((feature) => [feature, ['kit', 'storage', 'messaging']])),
  kit: ['storage', 'messaging'],
  storage: [],
  messaging: [],
};

/** Deliberate exceptions, each with its reason. */
const EXCEPTIONS: Record<string, string> = {
  // "Etalase saya" previews a showcase with the widget's own element, so the curator sees what the café shows.
  'extension/showcase/components/Preview.tsx -> widget/main.ts': 'preview runs the real widget',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [rel] : [];
  });
}

function resolveImport(from: string, spec: string): string {
  const base = path.normalize(path.join(path.dirname(from), spec));
  for (const ending of ['', '.ts', '.tsx', '/index.ts']) {
    const candidate = base + ending;
    try {
      if (readFileSync(path.join(ROOT, candidate)) && /\.(ts|tsx)$/.test(candidate)) return candidate;
    } catch {
      // not this ending
    }
  }
  return base;
}

/** Every relative import of a file (static, dynamic, type-only and side-effect imports alike). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((spec) => resolveImport(file, spec));
}

const area = (file: string): string => {
  const [top, second] = file.split('/');
  return top === 'extension' ? `extension/${second}` : top;
};

function violations(dirs: string[], allowedFor: (fromArea: string, toArea: string) => boolean): string[] {
  return dirs.flatMap((dir) =>
    sourceFiles(dir).flatMap((file) =>
      importsOf(file)
        .filter((target) => !allowedFor(area(file), area(target)) && !EXCEPTIONS[`${file} -> ${target}`])
        .map((target) => `${file} -> ${target}`),
    ),
  );
}

describe('import direction', () => {
  it('the extension: entrypoints → features → kit → storage / messaging → shared/, no feature into another', () => {
    const found = violations(['extension'], (from, to) => {
      if (from === to || to === 'shared') return true;
      if (from === 'extension/modules') return true; // build-time WXT modules
      const folder = from.replace('extension/', '');
      const target = to.replace('extension/', '');
      return to.startsWith('extension/') && (ALLOWED[folder] ?? []).includes(target);
    });
    expect(found).toEqual([]);
  });

  it('shared/ imports nothing outside itself; the widget and the CLI never import the extension', () => {
    expect(violations(['shared'], (_from, to) => to === 'shared')).toEqual([]);
    expect(violations(['widget', 'cli'], (_from, to) => !to.startsWith('extension'))).toEqual([]);
  });

  it('the phone page (web/) is built from shared/ alone: it never imports the extension, the widget or the CLI', () => {
    expect(violations(['web'], (_from, to) => to === 'web' || to === 'shared')).toEqual([]);
  });

  it('knows every folder of the extension', () => {
    const folders = readdirSync(path.join(ROOT, 'extension'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    // Besides code: assets/ (the icon's SVG source) and public/ (_locales, copied into the build as is).
    expect(folders).toEqual([...Object.keys(ALLOWED), 'modules', 'assets', 'public'].sort());
  });
});
