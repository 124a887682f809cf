import { describe, expect, it } from 'vitest';
import { allChecks } from '../../../shared/checks';
import { computeFacts } from '../../../shared/checks/facts';
import { Listing } from '../../../shared/listing/schema';
import { findPlaceholders, withoutPlaceholders } from '../../../shared/suggest/placeholders';
import { inventedNumbers, listingWords } from '../../../shared/suggest/verify';
import { loadLabelled } from '../../quality/evaluate';
import { evaluateSuggestions, exampleStillFires } from '../../quality/suggestions';

// Every finding's example is built from the seller's own words and Rapi's placeholders, and applies its own check's
// fix: put where it belongs with the placeholders filled, the check no longer fires (docs/suggestions.md).
describe('examples never invent', () => {
  const checks = allChecks();

  it.each(checks.map((c) => [c.id, c] as const))('%s: its failing case\'s example passes its own rule and adds no number', (_id, check) => {
    const { profile, listing: input } = check.examples.failing;
    const listing = Listing.parse(input);
    for (const f of check.run({ listing, profile, facts: computeFacts(listing) })) {
      if (!f.example) continue;
      expect(check.exampleIn, `${check.id} gives an example, so it says where the example goes`).toBeDefined();
      for (const text of [f.example.id, f.example.en]) {
        expect(text).not.toContain('…');
        expect(exampleStillFires(check, listing, profile, text), text).toEqual([]);
        expect(inventedNumbers(withoutPlaceholders(text), listingWords(listing)), text).toEqual([]);
      }
    }
  });

  it('writes only Rapi\'s own placeholders: every [bracket] in an example is one of them or the seller\'s own', () => {
    for (const check of checks) {
      const listing = Listing.parse(check.examples.failing.listing);
      for (const f of check.run({ listing, profile: check.examples.failing.profile, facts: computeFacts(listing) })) {
        if (!f.example) continue;
        const rest = f.example.id.replace(/\[[^\]]*\]/g, (bracket) => (findPlaceholders(bracket).length || listing.title.includes(bracket) ? '' : bracket));
        expect(rest, check.id).not.toMatch(/\[[^\]]*\]/);
      }
    }
  });

  const labelled = evaluateSuggestions(loadLabelled(['real.jsonl', 'written.jsonl', 'holdout.jsonl']));
  const misses = (kind: string) => labelled.misses.filter((m) => m.kind === kind).map((m) => `${m.record}: ${m.detail}`).join('\n');

  it('on every labelled listing where a check fires, its example passes that check once filled', () => {
    expect(labelled.examples).toBeGreaterThan(300);
    expect(labelled.examplesPassing, misses('example fails its rule')).toBe(labelled.examples);
  });

  it('on every labelled listing, no example has a number the listing does not contain', () => {
    expect(labelled.examplesInventing, misses('example invents')).toBe(0);
  });
});
