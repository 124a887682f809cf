import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS, SEVERITIES } from '../../../shared/checks/types';
import '../../../shared/photos/checks/index';
import { photoChecks, severityFor, sourceFor } from '../../../shared/photos/registry';
import { exampleContext } from './examples';

const checksDir = path.resolve(import.meta.dirname, '../../../shared/photos/checks');
const checks = photoChecks();
const rank = (s: string) => SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]);
const EMOJI = /\p{Extended_Pictographic}/u;

describe('photo-check registry', () => {
  it('imports every check file from checks/index.ts', () => {
    const files = readdirSync(checksDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    const index = readFileSync(path.join(checksDir, 'index.ts'), 'utf8');
    for (const file of files) expect(index, file).toContain(`'./${file.replace(/\.ts$/, '')}'`);
    expect(checks.length).toBeGreaterThanOrEqual(files.length);
  });

  it('has unique kebab-case ids', () => {
    const ids = checks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  describe.each(checks.map((c) => [c.id, c] as const))('%s', (_id, check) => {
    it('is in area foto with valid severities and profiles', () => {
      expect(check.area).toBe('foto');
      expect(SEVERITIES).toContain(check.severity);
      expect(check.profiles.length).toBeGreaterThan(0);
      for (const p of check.profiles) expect(PROFILE_IDS).toContain(p);
      for (const [p, s] of Object.entries(check.severities ?? {})) {
        expect(PROFILE_IDS).toContain(p);
        // A profile may soften a check, never make it harsher than the check says.
        expect(rank(s)).toBeGreaterThanOrEqual(rank(check.severity));
      }
    });

    it('is translated and sourced for every profile', () => {
      expect(check.name.id.trim()).not.toBe('');
      expect(check.name.en.trim()).not.toBe('');
      expect(check.name.id).not.toBe(check.name.en);
      for (const profile of check.profiles) {
        const source = sourceFor(check, profile);
        expect(source.label.id.trim()).not.toBe('');
        expect(source.label.en.trim()).not.toBe('');
        expect(typeof source.verified).toBe('boolean');
        // On Tokopedia a Shopee rule shows only as a stated reference (docs/rules.md#how-sure-a-rule-is).
        const label = `${source.label.id} ${source.label.en}`;
        if (profile === 'tokopedia' && /shopee/i.test(label)) expect(label).toMatch(/Aturan Shopee, sebagai acuan/);
      }
    });

    it('flags its failing example', () => {
      const ctx = exampleContext(check.examples.failing);
      expect(check.profiles).toContain(ctx.profile);
      const findings = check.run(ctx);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.checkId).toBe(check.id);
        expect(f.area).toBe('foto');
        expect(`${f.why.id} ${f.why.en}`, 'raw codes belong in the source').not.toMatch(/\b[A-Z]{2,}(?:_[A-Z0-9]+){2,}\b/);
        // Refused at upload is not blocked: only contacts and other marketplaces block.
        if (f.severity === 'blocked') expect(['photo-contact-details', 'photo-other-marketplace']).toContain(check.id);
        expect(rank(f.severity)).toBeGreaterThanOrEqual(rank(check.severity));
        expect(f.source).toEqual(sourceFor(check, ctx.profile));
        expect(f.photoIndex).toBeGreaterThanOrEqual(0);
        expect(f.photoIndex).toBeLessThan(ctx.photos.length);
        for (const text of [f.message, f.why, f.fix, ...(f.example ? [f.example] : [])]) {
          expect(text.id.trim()).not.toBe('');
          expect(text.en.trim()).not.toBe('');
          expect(text.id).not.toBe(text.en);
          // No exclamation marks, no emoji in findings.
          expect(text.id + text.en).not.toMatch(/!/);
          expect(text.id + text.en).not.toMatch(EMOJI);
        }
        for (const box of f.boxes ?? []) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.w).toBeLessThanOrEqual(1.0001);
          expect(box.y + box.h).toBeLessThanOrEqual(1.0001);
        }
      }
      expect(findings[0]!.severity).toBe(severityFor(check, ctx.profile));
    });

    it('leaves its passing example alone', () => {
      expect(check.run(exampleContext(check.examples.passing))).toEqual([]);
    });
  });
});
