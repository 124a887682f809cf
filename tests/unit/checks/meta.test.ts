import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allChecks, checkListing } from '../../../shared/checks';
import { computeFacts } from '../../../shared/checks/facts';
import { everyCheck, photoChecks, severityFor, sourceFor, type RegisteredCheck } from '../../../shared/checks/registry';
import { AREAS, CHECK_INPUTS, OUTCOMES, PROFILE_IDS, SEVERITIES, type Finding, type ProfileId } from '../../../shared/checks/types';
import { Listing } from '../../../shared/listing/schema';
import '../../../shared/photos/checks/index';
import type { PhotoExample } from '../../../shared/photos/check-types';
import { Box } from '../../../shared/photos/types';
import { exampleContext } from '../photos/examples';

// One meta-test for the one registry: the listing checks (shared/checks/rules) and the photo checks
// (shared/photos/checks), one check per file, each registered, translated, sourced, with examples that run.
const root = path.resolve(import.meta.dirname, '../../..');
const FOLDERS = [
  { kind: 'listing', dir: 'shared/checks/rules', index: 'shared/checks/all-rules.ts', prefix: './rules/', register: /register(?:Check|RequiredSpecific)\(/g },
  { kind: 'photos', dir: 'shared/photos/checks', index: 'shared/photos/checks/index.ts', prefix: './', register: /registerPhotoCheck\(/g },
] as const;
const checks = everyCheck();
const rank = (s: string) => SEVERITIES.indexOf(s as (typeof SEVERITIES)[number]);
const EMOJI = /\p{Extended_Pictographic}/u;
const RAW_CODE = /\b[A-Z]{2,}(?:_[A-Z0-9]+){2,}\b/;

function checkFiles(folder: (typeof FOLDERS)[number]): string[] {
  return readdirSync(path.join(root, folder.dir)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();
}

/** Runs a check on one of its examples, on the example's profile unless another is given. */
function runExample(entry: RegisteredCheck, which: 'failing' | 'passing', profile?: ProfileId): Finding[] {
  if (entry.kind === 'photos') {
    const example: PhotoExample = entry.check.examples[which];
    return entry.check.run(exampleContext({ ...example, profile: profile ?? example.profile }));
  }
  const example = entry.check.examples[which];
  const listing = Listing.parse(example.listing);
  return entry.check.run({ listing, profile: profile ?? example.profile, facts: computeFacts(listing) });
}

function expectTranslated(text: { id: string; en: string }, what: string) {
  expect(text.id.trim(), `${what} (id)`).not.toBe('');
  expect(text.en.trim(), `${what} (en)`).not.toBe('');
}

describe('the check registry', () => {
  it.each(FOLDERS.map((f) => [f.dir, f] as const))('%s: every file is imported and registers exactly one check, named after its id', (_dir, folder) => {
    const files = checkFiles(folder);
    const index = readFileSync(path.join(root, folder.index), 'utf8');
    for (const file of files) {
      expect(index, `${file} is not imported in ${folder.index}`).toContain(`'${folder.prefix}${file.replace(/\.ts$/, '')}'`);
      const source = readFileSync(path.join(root, folder.dir, file), 'utf8');
      expect(source.match(folder.register)?.length ?? 0, `${file} must register one check`).toBe(1);
      expect(/\bid: '([a-z0-9-]+)'/.exec(source)?.[1], `${file}: file name is the check id`).toBe(file.replace(/\.ts$/, ''));
    }
    const ids = checks.filter((c) => c.kind === folder.kind).map((c) => c.check.id);
    expect([...ids].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('holds every listing check and every photo check once', () => {
    expect(allChecks().map((c) => c.id)).toEqual(checks.filter((c) => c.kind === 'listing').map((c) => c.check.id));
    expect(photoChecks().map((c) => c.id)).toEqual(checks.filter((c) => c.kind === 'photos').map((c) => c.check.id));
    expect(checks).toHaveLength(checkFiles(FOLDERS[0]).length + checkFiles(FOLDERS[1]).length);
    const ids = checks.map((c) => c.check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it('names, for each listing check a measured photo supersedes, the photo checks that say it from the photo itself', () => {
    const photoIds = new Map(photoChecks().map((c) => [c.id, c]));
    const superseded = allChecks().filter((c) => c.supersededBy);
    expect(superseded.map((c) => [c.id, c.supersededBy])).toEqual([
      ['photo-file', ['photo-format', 'photo-file-size']],
      ['photo-ratio', ['photo-aspect-ratio']],
      ['photo-size-small', ['photo-low-resolution', 'photo-pixel-size-rejected']],
    ]);
    for (const check of superseded) {
      expect(check.input, check.id).toBe('photo-metadata');
      for (const id of check.supersededBy!) expect(photoIds.get(id)?.area, `${check.id} → ${id}`).toBe(check.area);
    }
  });

  it('keeps a superseded listing check quiet on a measured photo, and only there', () => {
    for (const check of allChecks().filter((c) => c.supersededBy)) {
      const { listing, profile } = check.examples.failing;
      const ids = (report: ReturnType<typeof checkListing>) => report.findings.filter((f) => f.checkId === check.id).map((f) => f.photoIndex);
      expect(ids(checkListing(listing, { profile })), check.id).toEqual([0]);
      expect(ids(checkListing(listing, { profile, measuredPhotoIndexes: [0] })), check.id).toEqual([]);
      expect(ids(checkListing(listing, { profile, measuredPhotoIndexes: [1] })), check.id).toEqual([0]);
    }
  });
});

describe.each(checks.map((c) => [c.check.id, c] as const))('%s', (_id, entry) => {
  const { check } = entry;

  it('has a valid area, severity, input and profiles; a profile may soften it, never make it harsher', () => {
    expect(AREAS).toContain(check.area);
    expect(SEVERITIES).toContain(check.severity);
    expect(CHECK_INPUTS).toContain(check.input);
    expect(entry.kind === 'listing' ? ['text', 'photo-metadata'] : ['photo-metadata', 'pixels', 'ocr']).toContain(check.input);
    expect(check.profiles.length).toBeGreaterThan(0);
    for (const p of check.profiles) expect(PROFILE_IDS).toContain(p);
    if (entry.kind === 'photos') {
      expect(check.area).toBe('foto');
      for (const [p, s] of Object.entries(entry.check.severities ?? {})) {
        expect(PROFILE_IDS).toContain(p);
        expect(SEVERITIES.slice(rank(check.severity)), `${p} is softer`).toContain(s);
      }
    }
  });

  it('is named in both languages and sourced for every profile', () => {
    expectTranslated(check.name, 'name');
    expect(check.name.id, 'the name is translated, not copied').not.toBe(check.name.en);
    // A listing check picks its source per profile as it runs (checked on its findings below); a photo check declares them.
    for (const profile of entry.kind === 'photos' ? check.profiles : [check.profiles[0]!]) {
      const source = sourceFor(check, profile);
      expectTranslated(source.label, 'source');
      expect(typeof source.verified).toBe('boolean');
      // On Tokopedia a Shopee rule shows only as a stated reference (docs/rules.md#how-sure-a-rule-is).
      const label = `${source.label.id} ${source.label.en}`;
      if (entry.kind === 'photos' && profile === 'tokopedia' && /shopee/i.test(label)) expect(label).toMatch(/Aturan Shopee, sebagai acuan/);
    }
  });

  it('flags its failing example with translated text and its own id, area and source', () => {
    const example = check.examples.failing;
    expect(check.profiles).toContain(example.profile);
    const findings = runExample(entry, 'failing');
    expect(findings.length, 'the failing example must be flagged').toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.checkId).toBe(check.id);
      expect(f.area).toBe(check.area);
      expect(SEVERITIES).toContain(f.severity);
      for (const part of ['message', 'why', 'fix'] as const) {
        expectTranslated(f[part], part);
        expect(f[part].id, `${part} must be translated, not copied`).not.toBe(f[part].en);
      }
      expectTranslated(f.source.label, 'finding source');
      // Raw marketplace codes belong in the source, not in the sentence that explains why.
      expect(`${f.why.id} ${f.why.en}`, 'why without raw codes').not.toMatch(RAW_CODE);
      if (f.outcome) expect(OUTCOMES).toContain(f.outcome);
    }
    if (entry.kind === 'photos') {
      const ctx = exampleContext(entry.check.examples.failing);
      expect(findings[0]!.severity).toBe(severityFor(entry.check, ctx.profile));
      for (const f of findings) {
        // Refused at upload is not blocked: only contacts and other marketplaces block.
        if (f.severity === 'blocked') expect(['photo-contact-details', 'photo-other-marketplace']).toContain(check.id);
        expect(SEVERITIES.slice(rank(check.severity)), 'never harsher than the check').toContain(f.severity);
        expect(f.source).toEqual(sourceFor(entry.check, ctx.profile));
        expect(ctx.photos.map((p) => p.index), 'points at one of the photos').toContain(f.photoIndex);
        for (const text of [f.message, f.why, f.fix, ...(f.example ? [f.example] : [])]) {
          // No exclamation marks, no emoji in findings.
          expect(text.id + text.en).not.toMatch(/!/);
          expect(text.id + text.en).not.toMatch(EMOJI);
        }
        for (const box of (f as Finding & { boxes?: Box[] }).boxes ?? []) {
          expect(Box.safeParse(box).success, JSON.stringify(box)).toBe(true);
          expect(box.x + box.w).toBeLessThanOrEqual(1.0001);
          expect(box.y + box.h).toBeLessThanOrEqual(1.0001);
        }
      }
    }
  });

  it('leaves its passing example alone', () => {
    expect(runExample(entry, 'passing')).toEqual([]);
  });
});

describe('the listing checks\' sources', () => {
  const listing = checks.filter((c) => c.kind === 'listing');

  it('cite Tokopedia\'s or TikTok Shop\'s rules on Tokopedia, and a Shopee rule only as a stated reference', () => {
    for (const entry of listing.filter((c) => c.check.profiles.includes('tokopedia'))) {
      for (const f of runExample(entry, 'failing', 'tokopedia')) {
        const label = `${f.source.label.id} ${f.source.label.en}`;
        if (/shopee/i.test(label)) expect(label, `${entry.check.id} on Tokopedia`).toMatch(/Aturan Shopee, sebagai acuan/);
        expect(label, `${entry.check.id}: say "sebagai acuan", not "pasar lain"`).not.toMatch(/pasar lain/);
      }
    }
  });

  it('keep "blocked" for what gets a live product blocked, with a source; never for what is refused at upload', () => {
    for (const entry of listing) {
      for (const profile of entry.check.profiles) {
        for (const f of runExample(entry, 'failing', profile)) {
          if (f.severity !== 'blocked') continue;
          expect(f.source.url, `${entry.check.id} on ${profile}: a blocking finding cites a source page`).toMatch(/^https:\/\//);
          expect(f.outcome ?? 'blocked', entry.check.id).toBe('blocked');
        }
      }
    }
  });

  it('name the marketplace diagnosis code exactly in the source where the rule is one', () => {
    const codes = listing.flatMap((c) => [c.check.source, ...runExample(c, 'failing').map((f) => f.source)]).filter((s) => s.code);
    expect(codes.length).toBeGreaterThan(5);
    for (const source of codes) {
      expect(source.label.en).toContain(source.code!);
      expect(source.label.id).toContain(source.code!);
      expect(source.code).toMatch(/^[A-Z0-9_]+$/);
    }
  });
});
