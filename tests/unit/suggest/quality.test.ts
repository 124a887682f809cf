import { describe, expect, it } from 'vitest';
import { loadLabelled } from '../../quality/evaluate';
import { evaluateSuggestions } from '../../quality/suggestions';

// Issue 12's figures on the labelled listings; `npm run quality` prints them.
describe.each([
  ['labelled set', ['real.jsonl', 'written.jsonl']],
  ['held-out rows', ['holdout.jsonl']],
] as const)('suggestions on the %s', (_name, files) => {
  const r = evaluateSuggestions(loadLabelled(files));
  const misses = (kind: string) => r.misses.filter((m) => m.kind === kind).map((m) => `${m.record}: ${m.detail}`).join('\n');

  it('suggests a title where a title finding fires, and at least 95% of them pass every title check once filled', () => {
    expect(r.titlesSuggested).toBeGreaterThan(10);
    expect(r.titlesPassing / r.titlesSuggested, misses('title fails')).toBeGreaterThanOrEqual(0.95);
  });

  it('suggests descriptions that pass the description checks once filled', () => {
    expect(r.descriptionsSuggested).toBeGreaterThan(10);
    expect(r.descriptionsPassing / r.descriptionsSuggested, misses('description fails')).toBeGreaterThanOrEqual(0.95);
  });

  it('puts no number in a suggestion that the listing does not contain', () => {
    expect(r.suggestionsInventing, misses('suggestion invents')).toBe(0);
  });

  it('changes no seller token (number, model code, acronym, mixed case)', () => {
    expect(r.sellerTokens).toBeGreaterThan(50);
    expect(r.sellerTokensChanged, misses('token changed')).toBe(0);
  });
});
