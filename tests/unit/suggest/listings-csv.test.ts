import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkListing } from '../../../shared/checks';
import { listingFromRow } from '../../../shared/listing/from-row';
import { Listing } from '../../../shared/listing/schema';
import { suggestListing } from '../../../shared/suggest';
import { findPlaceholders, withoutPlaceholders } from '../../../shared/suggest/placeholders';
import { findingsOnFilled, inventedNumbers, listingWords } from '../../../shared/suggest/verify';
import { changedTokens } from '../../quality/suggestions';

// Properties every suggestion keeps, over all 1,809 real rows of listings.csv (tests/fixtures/listings).
const rows = Papa.parse<Record<string, string>>(readFileSync(new URL('../../fixtures/listings/sample-listings.csv', import.meta.url), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const listings = rows.flatMap((row) => {
  const r = listingFromRow(row);
  return r.ok ? [Listing.parse(r.listing)] : [];
});

describe('suggestions over the real listings.csv rows', () => {
  const results = listings.map((listing) => {
    const report = checkListing(listing);
    return { listing, report, s: suggestListing(listing, { report }) };
  });

  it('reads the sample', () => {
    expect(listings.length).toBeGreaterThan(1800);
    expect(results.filter((r) => r.s?.title).length).toBeGreaterThan(500);
  });

  it('suggests a title exactly when a title finding fires, and each passes every title check once filled', () => {
    const failing: string[] = [];
    for (const { listing, report, s } of results) {
      const titleFinding = report.findings.some((f) => f.area === 'judul');
      if (titleFinding) expect(s?.title, listing.title).toBeTruthy();
      if (!s?.title) continue;
      const left = findingsOnFilled(listing, report.profile, 'title', s.title.id, ['judul']);
      if (left.length) failing.push(`${left.map((f) => f.checkId).join(',')}: ${s.title.id}`);
      expect(s.title.id).not.toContain('…');
    }
    expect(failing.length / results.filter((r) => r.s?.title).length, failing.slice(0, 10).join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('never puts a number in a title or description that the listing does not have', () => {
    for (const { listing, s } of results) {
      const text = withoutPlaceholders(`${s?.title?.id ?? ''}\n${s?.description?.id ?? ''}`);
      expect(inventedNumbers(text, listingWords(listing)), listing.title).toEqual([]);
    }
  });

  it('never writes a seller\'s number, model code or acronym differently', () => {
    for (const { listing, s } of results) if (s?.title) expect(changedTokens(listing.title, s.title.id, listing.brand).changed, s.title.id).toEqual([]);
  });

  it('keeps the seller\'s order: the suggested title starts with the seller\'s first word unless a brand or placeholder goes first', () => {
    for (const { listing, s } of results) {
      if (!s?.title) continue;
      const wordsOf = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const lead = findPlaceholders(s.title.id)[0];
      const words = wordsOf(lead?.start === 0 ? s.title.id.slice(lead.end) : s.title.id);
      const original = wordsOf(listing.title);
      // The first seller's word that survived the fixes comes first.
      const survivor = original.find((w) => words.includes(w));
      if (survivor && !listing.brand) expect(words[0], `${listing.title} → ${s.title.id}`).toBe(survivor);
    }
  });
});
