import { describe, expect, it } from 'vitest';
import { bi } from '../../../shared/i18n/text';
import { fixFirst, impactOf, provisionalNote, qualityLevel, scoreFindings, type LevelInputs, type Measurement } from '../../../shared/checks/score';
import { shopeeDiagnosis, SOURCES } from '../../../shared/checks/sources';
import type { Area, Finding } from '../../../shared/checks/types';

function f(partial: Partial<Finding>): Finding {
  const text = bi('x', 'y');
  const base: Finding = { checkId: 'c', area: 'judul', severity: 'quality', message: text, why: text, fix: text, source: SOURCES.rapiHeuristic, certainty: 'measured' };
  return { ...base, ...partial };
}

const measured = (parts: Partial<Record<Area, Measurement>> = {}): Record<Area, Measurement> => ({ foto: 'yes', judul: 'yes', spesifik: 'yes', deskripsi: 'yes', ...parts });
const area = (result: ReturnType<typeof scoreFindings>, name: Area) => result.areas.find((a) => a.area === name)!;

// Expected totals are worked out by hand from the weights in docs/rules.md#score: photos 30, title 30, specifics 25,
// description 15; penalties 60 / 30 / 10, half for a guess; parts not measured are left out.
describe('score', () => {
  it('is 100 with no findings', () => {
    expect(scoreFindings([]).score).toBe(100);
  });

  it('takes 30 from the title for a quality finding: (30·100 + 30·70 + 25·100 + 15·100) / 100 = 91', () => {
    const result = scoreFindings([f({ area: 'judul', severity: 'quality' })]);
    expect(area(result, 'judul').score).toBe(70);
    expect(result.score).toBe(91);
  });

  it('counts a guessed advice at half: title 95, total 98.5 rounds to 99', () => {
    const result = scoreFindings([f({ severity: 'advice', certainty: 'estimated' })]);
    expect(area(result, 'judul').score).toBe(95);
    expect(result.score).toBe(99);
  });

  it('caps the total at 40 for a measured blocking finding (otherwise 91)', () => {
    const result = scoreFindings([f({ area: 'deskripsi', severity: 'blocked' })]);
    expect(area(result, 'deskripsi').score).toBe(40);
    expect(result.score).toBe(40);
  });

  it('does not cap for a guessed blocking finding: description 70, total 95.5 rounds to 96', () => {
    expect(scoreFindings([f({ area: 'deskripsi', severity: 'blocked', certainty: 'estimated' })]).score).toBe(96);
  });

  it('never goes below 0 in a part', () => {
    const result = scoreFindings(Array.from({ length: 10 }, () => f({ severity: 'blocked' })));
    expect(area(result, 'judul').score).toBe(0);
    expect(result.score).toBe(40); // 70 before the cap
  });

  it('leaves a part that was not measured out of the total instead of counting it as 100', () => {
    const result = scoreFindings([f({ area: 'judul', severity: 'quality' })], measured({ foto: 'no' }));
    expect(area(result, 'foto')).toEqual({ area: 'foto', score: null, findings: 0, measured: false });
    expect(result.score).toBe(87); // (30·70 + 25·100 + 15·100) / 70 = 87.1; with photos as 100 it would be 91
    expect(result.notMeasured).toEqual(['foto']);
  });

  it('still counts an unmeasured part that has a finding: photos 70, total 91', () => {
    const result = scoreFindings([f({ area: 'foto', severity: 'quality' })], measured({ foto: 'no' }));
    expect(area(result, 'foto')).toMatchObject({ score: 70, measured: false });
    expect(result.score).toBe(91);
  });

  it('gives 0 to photos when there are none at all: (30·0 + 30·100 + 25·100 + 15·100) / 100 = 70', () => {
    const result = scoreFindings([f({ area: 'foto', severity: 'quality', areaScoreCap: 0 })]);
    expect(area(result, 'foto').score).toBe(0);
    expect(result.score).toBe(70);
  });

  it('takes nothing for "could not check yet": the part is left out instead', () => {
    const result = scoreFindings([f({ area: 'deskripsi', severity: 'advice', certainty: 'unreadable' })], measured({ deskripsi: 'no' }));
    expect(area(result, 'deskripsi').score).toBeNull();
    expect(result.score).toBe(100);
    expect(result.notMeasured).toEqual(['deskripsi']);
  });

  it('counts a partly measured part and says it is not fully measured', () => {
    const result = scoreFindings([], measured({ foto: 'partly' }));
    expect(area(result, 'foto')).toMatchObject({ score: 100, measured: false });
    expect(result.notMeasured).toEqual(['foto']);
  });

  it('scores a title-only listing on its title alone: 70', () => {
    const result = scoreFindings([f({ area: 'judul', severity: 'quality' })], measured({ foto: 'no', spesifik: 'no', deskripsi: 'no' }));
    expect(result.score).toBe(70);
    expect(result.notMeasured).toEqual(['foto', 'spesifik', 'deskripsi']);
  });
});

describe('the provisional note', () => {
  it('names the parts not rated, and "sebagian foto" when only some photos were measured', () => {
    expect(provisionalNote([])).toBeUndefined();
    expect(provisionalNote(['foto'])).toEqual({ id: 'Skor sementara: foto belum dinilai.', en: 'Provisional score: photos not rated yet.' });
    expect(provisionalNote(['foto', 'deskripsi'], ['foto'])?.id).toBe('Skor sementara: sebagian foto dan deskripsi belum dinilai.');
    expect(provisionalNote(['foto', 'spesifik', 'deskripsi'])?.en).toBe('Provisional score: photos, specifics and description not rated yet.');
  });
});

describe('impact', () => {
  // Worked out by hand: the penalty (60 / 30 / 10), half for a guess or an unreadable part, times the part's weight / 30.
  it.each([
    ['blocked title, measured', { severity: 'blocked', area: 'judul' }, 60],
    ['quality photos, measured', { severity: 'quality', area: 'foto' }, 30],
    ['quality description, measured: 30 × 15/30', { severity: 'quality', area: 'deskripsi' }, 15],
    ['quality specifics, measured: 30 × 25/30', { severity: 'quality', area: 'spesifik' }, 25],
    ['advice title, guessed: 10 × 0.5', { severity: 'advice', certainty: 'estimated' }, 5],
    ['blocked description, guessed: 60 × 0.5 × 15/30', { severity: 'blocked', area: 'deskripsi', certainty: 'estimated' }, 15],
    ['advice title, could not be read: 10 × 0.5', { severity: 'advice', certainty: 'unreadable' }, 5],
  ] as const)('%s → %d', (_what, partial, impact) => {
    expect(impactOf(f(partial))).toBe(impact);
  });
});

describe('fix first', () => {
  it('orders by impact, one per check, at most three', () => {
    const list = [
      f({ checkId: 'a', severity: 'advice', impact: 10 }),
      f({ checkId: 'b', severity: 'blocked', impact: 60 }),
      f({ checkId: 'c', severity: 'quality', area: 'foto', impact: 30 }),
      f({ checkId: 'c', severity: 'quality', area: 'foto', impact: 30 }),
      f({ checkId: 'd', severity: 'quality', area: 'deskripsi', impact: 15 }),
    ];
    expect(fixFirst(list).map((x) => x.checkId)).toEqual(['b', 'c', 'd']);
  });
});

describe('Shopee quality level from its own diagnosis codes', () => {
  const known: LevelInputs = { photos: true, attributes: true, sizeChart: true, description: true, video: true };
  const level = (codes: string[], inputs: Partial<LevelInputs> = {}) =>
    qualityLevel('shopee', codes.map((code) => f({ source: shopeeDiagnosis(code) })), { ...known, ...inputs });

  it.each([
    [[], 'EXCELLENT'],
    [['LACK_OF_VIDEO'], 'QUALIFIED'],
    [['LACK_OF_VIDEO', 'TOO_FEW_IMAGES'], 'TO_BE_IMPROVED'],
    [['TOO_SHORT_OR_TOO_LONG_NAME'], 'QUALIFIED'],
  ])('%j → %s', (codes, code) => {
    expect(level(codes).level?.code).toBe(code);
  });

  it('says the level in Shopee\'s words with Rapi\'s Indonesian beside it', () => {
    expect(level([]).level?.label).toEqual(bi('tingkat kualitas "Excellent" (sangat baik)', '"Excellent" quality level'));
    expect(level(['LACK_OF_VIDEO']).level?.label.id).toBe('tingkat kualitas "Qualified" (memenuhi syarat)');
    expect(level(['TOO_FEW_IMAGES']).level?.label.id).toBe('tingkat kualitas "To be improved" (perlu ditingkatkan)');
  });

  it('is not given when what it depends on is unknown, and says why', () => {
    const result = level([], { attributes: false });
    expect(result.level).toBeNull();
    expect(result.note?.id).toBe('Tingkat kualitas Shopee belum bisa ditentukan: spesifikasi belum terbaca.');
    expect(level([], { description: false, video: false }).level).toBeNull();
  });

  it('is known when a finding already holds it at the lowest level, whatever else is unknown', () => {
    expect(level(['TOO_FEW_IMAGES'], { attributes: false, description: false }).level?.code).toBe('TO_BE_IMPROVED');
  });

  it('is at most "Qualified" with a level-2 issue once the level-1 inputs are known', () => {
    expect(level(['LACK_OF_VIDEO'], { description: false }).level?.code).toBe('QUALIFIED');
  });

  it('is never better than "To be improved" while something can get the product blocked', () => {
    const result = qualityLevel('shopee', [f({ checkId: 'description-contact', severity: 'blocked' })], known);
    expect(result.level).toMatchObject({ code: 'TO_BE_IMPROVED', heldBy: ['description-contact'] });
  });

  it('counts every code a finding covers', () => {
    const covering = f({ source: { ...SOURCES.rapiHeuristic, codes: ['TOO_SHORT_OR_TOO_LONG_NAME'] } });
    expect(qualityLevel('shopee', [covering], known).level?.code).toBe('QUALIFIED');
  });

  it('is not given for marketplaces that publish no levels', () => {
    expect(qualityLevel('tokopedia', [], known).level).toBeNull();
    expect(qualityLevel('generic', [], known).level).toBeNull();
  });
});
