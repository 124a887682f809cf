import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../../shared/checks';
import { computeFacts } from '../../../shared/checks/facts';
import { AREAS, OUTCOMES, PROFILE_IDS, SEVERITIES, type Check, type Finding } from '../../../shared/checks/types';
import { Listing } from '../../../shared/listing/schema';

const rulesDir = path.resolve(import.meta.dirname, '../../../shared/checks/rules');
const checks = allChecks();

function run(check: Check, example: Check['examples']['failing']): Finding[] {
  const listing = Listing.parse(example.listing);
  return check.run({ listing, profile: example.profile, facts: computeFacts(listing) });
}

function expectTranslated(text: { id: string; en: string }, what: string) {
  expect(text.id.trim(), `${what} (id)`).not.toBe('');
  expect(text.en.trim(), `${what} (en)`).not.toBe('');
}

describe('every check is registered, translated, sourced and has a failing and a passing case', () => {
  it('imports every file in shared/checks/rules, and each file registers exactly one check', () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts'));
    const index = readFileSync(path.join(rulesDir, '../all-rules.ts'), 'utf8');
    for (const file of files) {
      expect(index, `${file} is not imported in all-rules.ts`).toContain(`./rules/${file.replace(/\.ts$/, '')}'`);
      const source = readFileSync(path.join(rulesDir, file), 'utf8');
      const registrations = source.match(/register(?:Check|RequiredSpecific)\(/g) ?? [];
      expect(registrations.length, `${file} must register one check`).toBe(1);
      const id = /id: '([a-z0-9-]+)'/.exec(source)?.[1];
      expect(id, `${file}: file name is the check id`).toBe(file.replace(/\.ts$/, ''));
    }
    expect(checks.length).toBe(files.length);
  });

  it.each(checks.map((c) => [c.id, c] as const))('%s', (_id, check) => {
    expect(AREAS).toContain(check.area);
    expect(SEVERITIES).toContain(check.severity);
    expect(check.profiles.length).toBeGreaterThan(0);
    for (const p of check.profiles) expect(PROFILE_IDS).toContain(p);
    expectTranslated(check.name, 'name');
    expectTranslated(check.source.label, 'source');
    expect(typeof check.source.verified).toBe('boolean');

    const failing = run(check, check.examples.failing);
    expect(failing.length, 'the failing example must be flagged').toBeGreaterThan(0);
    for (const f of failing) {
      expect(f.checkId).toBe(check.id);
      expect(f.area).toBe(check.area);
      for (const part of ['message', 'why', 'fix'] as const) {
        expectTranslated(f[part], part);
        expect(f[part].id, `${part} must be translated, not copied`).not.toBe(f[part].en);
      }
      expectTranslated(f.source.label, 'finding source');
      // Raw marketplace codes belong in the source, not in the sentence that explains why.
      expect(`${f.why.id} ${f.why.en}`, 'why without raw codes').not.toMatch(/\b[A-Z]{2,}(?:_[A-Z0-9]+){2,}\b/);
      if (f.outcome) expect(OUTCOMES).toContain(f.outcome);
    }
    expect(run(check, check.examples.passing), 'the passing example must not be flagged').toEqual([]);
  });

  it('cites Tokopedia\'s or TikTok Shop\'s rules on Tokopedia, and a Shopee rule only as a stated reference', () => {
    for (const check of checks.filter((c) => c.profiles.includes('tokopedia'))) {
      const example = { ...check.examples.failing, profile: 'tokopedia' as const };
      for (const f of run(check, example)) {
        const label = `${f.source.label.id} ${f.source.label.en}`;
        if (/shopee/i.test(label)) expect(label, `${check.id} on Tokopedia`).toMatch(/Aturan Shopee, sebagai acuan/);
        expect(label, `${check.id}: say "sebagai acuan", not "pasar lain"`).not.toMatch(/pasar lain/);
      }
    }
  });

  it('keeps "blocked" for what gets a live product blocked, with a source; never for what is refused at upload', () => {
    for (const check of checks) {
      for (const profile of check.profiles) {
        for (const f of run(check, { ...check.examples.failing, profile })) {
          if (f.severity !== 'blocked') continue;
          expect(f.source.url, `${check.id} on ${profile}: a blocking finding cites a source page`).toMatch(/^https:\/\//);
          expect(f.outcome ?? 'blocked', check.id).toBe('blocked');
        }
      }
    }
  });

  it('names the marketplace diagnosis code exactly in the source where the rule is one', () => {
    const codes = checks.flatMap((c) => [c.source, ...[c.examples.failing].flatMap((e) => run(c, e).map((f) => f.source))]).filter((s) => s.code);
    expect(codes.length).toBeGreaterThan(5);
    for (const source of codes) {
      expect(source.label.en).toContain(source.code!);
      expect(source.label.id).toContain(source.code!);
      expect(source.code).toMatch(/^[A-Z0-9_]+$/);
    }
  });
});
