import { describe, expect, it } from 'vitest';
import { evaluate } from '../../quality/evaluate';

// Rapi's findings on the labelled listings (tests/fixtures/labelled; labels written before the output was read).
// The floors are the targets; `npm run quality` prints the whole table.
const result = evaluate();

describe('findings on the labelled listings', () => {
  it('has at least 150 real listings and a written listing for each failure class', () => {
    expect(result.listings).toBeGreaterThanOrEqual(300);
  });

  it('gives no blocking finding to more than 1% of the listings with no blocking problem', () => {
    expect(result.falseBlocking / result.noBlockingProblem).toBeLessThanOrEqual(0.01);
  });

  it('violates at most 3% of the "must not flag" labels', () => {
    expect(result.mustNotViolated / result.mustNot).toBeLessThanOrEqual(0.03);
  });

  it('finds at least 90% of the "must flag" labels', () => {
    expect(result.mustFlagFound / result.mustFlag).toBeGreaterThanOrEqual(0.9);
  });

  it.each(result.rules.filter((r) => r.mustFlag + r.mustNot >= 5).map((r) => [r.id, r] as const))('%s keeps its precision and recall', (_id, rule) => {
    if (rule.mustFlag >= 3) expect(rule.found / rule.mustFlag, 'recall').toBeGreaterThanOrEqual(0.8);
    if (rule.found + rule.violated > 0) expect(rule.found / (rule.found + rule.violated), 'precision').toBeGreaterThanOrEqual(0.8);
    expect(rule.violated / Math.max(rule.mustNot, 1), 'must-not violations').toBeLessThanOrEqual(0.05);
  });

  it.each(['provisional', 'notMeasured', 'level', 'codes', 'category', 'category from listing', 'source per marketplace', 'why without codes'])(
    'meets every "%s" label',
    (kind) => {
      const figures = result.other[kind]!;
      expect(figures.checked).toBeGreaterThan(0);
      expect(figures.passed, result.misses.filter((m) => m.label === kind).map((m) => `${m.record}: ${m.detail}`).join('\n')).toBe(figures.checked);
    },
  );

  it('reads at least 95% of the labelled facts', () => {
    const facts = result.other.facts!;
    expect(facts.passed / facts.checked).toBeGreaterThanOrEqual(0.95);
  });
});
