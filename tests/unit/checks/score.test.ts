import { describe, expect, it } from 'vitest';
import { bi } from '../../../shared/i18n/text';
import { SCORE_WEIGHTS } from '../../../shared/checks';
import { fixFirst, impactOf, qualityLevel, scoreFindings } from '../../../shared/checks/score';
import { shopeeDiagnosis, SOURCES } from '../../../shared/checks/sources';
import type { Finding } from '../../../shared/checks/types';

function f(partial: Partial<Finding>): Finding {
  const text = bi('x', 'y');
  const base: Finding = { checkId: 'c', area: 'judul', severity: 'quality', message: text, why: text, fix: text, source: SOURCES.rapiHeuristic, certainty: 'measured' };
  const out = { ...base, ...partial };
  out.impact = impactOf(out);
  return out;
}

describe('score', () => {
  it('is 100 with no findings', () => {
    expect(scoreFindings([]).score).toBe(100);
  });

  it('takes the written-down penalty from the area and weights the areas', () => {
    const { score, areas } = scoreFindings([f({ area: 'judul', severity: 'quality' })]);
    expect(areas.find((a) => a.area === 'judul')!.score).toBe(100 - SCORE_WEIGHTS.penalty.quality);
    const total = Object.values(SCORE_WEIGHTS.areas).reduce((a, b) => a + b, 0);
    expect(score).toBe(Math.round(100 - (SCORE_WEIGHTS.penalty.quality * SCORE_WEIGHTS.areas.judul) / total));
  });

  it('counts guessed findings at half', () => {
    const measured = scoreFindings([f({ severity: 'advice' })]).areas[1]!.score;
    const guessed = scoreFindings([f({ severity: 'advice', certainty: 'estimated' })]).areas[1]!.score;
    expect(100 - guessed).toBe((100 - measured) / 2);
  });

  it('caps the total when a finding can get the product blocked', () => {
    expect(scoreFindings([f({ area: 'deskripsi', severity: 'blocked' })]).score).toBe(SCORE_WEIGHTS.blockedCap);
  });

  it('never goes below 0 in an area', () => {
    const many = Array.from({ length: 10 }, () => f({ severity: 'blocked' }));
    expect(scoreFindings(many).areas.find((a) => a.area === 'judul')!.score).toBe(0);
  });
});

describe('fix first', () => {
  it('orders by impact, one per check, at most three', () => {
    const list = [
      f({ checkId: 'a', severity: 'advice' }),
      f({ checkId: 'b', severity: 'blocked' }),
      f({ checkId: 'c', severity: 'quality', area: 'foto' }),
      f({ checkId: 'c', severity: 'quality', area: 'foto' }),
      f({ checkId: 'd', severity: 'quality', area: 'deskripsi' }),
    ];
    expect(fixFirst(list).map((x) => x.checkId)).toEqual(['b', 'c', 'd']);
  });
});

describe('Shopee quality level from its own diagnosis codes', () => {
  it.each([
    [[], 'EXCELLENT'],
    [['LACK_OF_VIDEO'], 'QUALIFIED'],
    [['LACK_OF_VIDEO', 'TOO_FEW_IMAGES'], 'TO_BE_IMPROVED'],
    [['TOO_SHORT_OR_TOO_LONG_NAME'], 'QUALIFIED'],
  ])('%j → %s', (codes, level) => {
    const findings = codes.map((code) => f({ source: shopeeDiagnosis(code) }));
    expect(qualityLevel('shopee', findings)?.code).toBe(level);
  });

  it('is not given for marketplaces that publish no levels', () => {
    expect(qualityLevel('tokopedia', [])).toBeNull();
    expect(qualityLevel('generic', [])).toBeNull();
  });
});
