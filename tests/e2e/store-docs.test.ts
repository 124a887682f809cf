import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

/**
 * The store listing and the privacy policy say what the built extension asks for: every permission and host
 * permission of each build has a justification naming that browser, none is justified that the build does not ask
 * for, and the privacy policy names every site the extension can touch. A new permission fails here until the
 * docs explain it.
 */
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  description?: string;
}
const BUILDS = { Chrome: '.output/chrome-mv3', Firefox: '.output/firefox-mv3' } as const;
type BrowserName = keyof typeof BUILDS;

const manifest = (browser: BrowserName) => JSON.parse(readFileSync(path.join(ROOT, BUILDS[browser], 'manifest.json'), 'utf8')) as Manifest;
const doc = (file: string) => readFileSync(path.join(ROOT, 'docs', file), 'utf8');

/** The rows of the permissions table: `| \`permission\` | Chrome, Firefox | why |`. */
function justified(markdown: string): { permission: string; browsers: string[]; why: string }[] {
  return [...markdown.matchAll(/^\| `([^`]+)` \| ([^|]+) \| ([^|]+) \|$/gm)].map(([, permission, browsers, why]) => ({
    permission: permission!,
    browsers: browsers!.split(',').map((b) => b.trim()),
    why: why!.trim(),
  }));
}

const asked = (browser: BrowserName) => {
  const m = manifest(browser);
  return [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_permissions ?? [])].sort();
};

describe('the store docs match the built manifests', () => {
  for (const file of ['store/id.md', 'store/en.md']) {
    for (const browser of Object.keys(BUILDS) as BrowserName[]) {
      it(`${file} justifies exactly the permissions the ${browser} build asks for`, () => {
        const rows = justified(doc(file));
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.filter((r) => r.browsers.includes(browser)).map((r) => r.permission).sort()).toEqual(asked(browser));
        for (const row of rows) expect(row.why.length, row.permission).toBeGreaterThan(30);
      });
    }
  }

  it('every content script runs only on sites the docs justify', () => {
    const hosts = new Set(justified(doc('store/en.md')).map((r) => r.permission));
    for (const browser of Object.keys(BUILDS) as BrowserName[]) {
      for (const match of manifest(browser).content_scripts!.flatMap((c) => c.matches)) expect(hosts, match).toContain(match);
    }
  });

  it('the privacy policy names every site the extension may read or fetch from, in both languages', () => {
    const privacy = doc('privacy.md');
    const [id, en] = [privacy.slice(privacy.indexOf('## Bahasa Indonesia'), privacy.indexOf('## English')), privacy.slice(privacy.indexOf('## English'))];
    const hosts = new Set((Object.keys(BUILDS) as BrowserName[]).flatMap((b) => manifest(b).host_permissions ?? []));
    for (const pattern of hosts) {
      const host = new URL(pattern.replace('*.', 'wildcard.')).host.replace('wildcard.', '*.');
      expect(id, host).toContain(`\`${host}\``);
      expect(en, host).toContain(`\`${host}\``);
    }
  });

  it('the short descriptions in the docs are the ones the extension ships', () => {
    for (const [lang, file] of [['id', 'store/id.md'], ['en', 'store/en.md']] as const) {
      const messages = JSON.parse(readFileSync(path.join(ROOT, BUILDS.Chrome, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(doc(file)).toContain(messages.extName!.message);
      expect(doc(file)).toContain(messages.extDescription!.message);
    }
  });
});
