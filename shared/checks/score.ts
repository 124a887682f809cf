import { bi } from '../i18n/text';
import { PROFILES } from './profiles';
import { AREAS, type Area, type AreaScore, type Finding, type ProfileId, type QualityLevel, type Severity } from './types';

/**
 * The whole score in one place, shown to the seller as is ("Bagaimana skor dihitung").
 * Each area starts at 100 and loses points per finding; the total is the weighted mean of the areas.
 */
export const SCORE_WEIGHTS = {
  areas: { foto: 30, judul: 30, spesifik: 25, deskripsi: 15 } satisfies Record<Area, number>,
  penalty: { blocked: 60, quality: 30, advice: 10 } satisfies Record<Severity, number>,
  /** Guessed findings count half: Rapi is less sure of them. */
  certainty: { measured: 1, estimated: 0.5, unreadable: 0.5 },
  /** A finding that gets the product blocked caps the total: nothing else matters until it is fixed. */
  blockedCap: 40,
} as const;

export const SCORE_EXPLAINED = bi(
  'Skor dimulai dari 100 untuk setiap bagian: Foto (bobot 30), Judul (30), Spesifikasi (25), Deskripsi (15). Setiap temuan mengurangi nilai bagiannya: bisa diblokir −60, menurunkan tingkat kualitas −30, saran Rapi −10 (temuan yang diduga dihitung setengah). Skor total adalah rata-rata berbobot. Jika ada temuan yang bisa membuat produk diblokir, skor paling tinggi 40.',
  'Each part starts at 100: Photos (weight 30), Title (30), Specifics (25), Description (15). Each finding lowers its part: can be blocked −60, lowers the quality level −30, Rapi advice −10 (guessed findings count half). The total is the weighted mean. If any finding can get the product blocked, the total is at most 40.',
);

export function impactOf(finding: Finding): number {
  return SCORE_WEIGHTS.penalty[finding.severity] * SCORE_WEIGHTS.certainty[finding.certainty] * (SCORE_WEIGHTS.areas[finding.area] / 30);
}

export function scoreFindings(findings: Finding[]): { score: number; areas: AreaScore[] } {
  const lost: Record<Area, number> = { foto: 0, judul: 0, spesifik: 0, deskripsi: 0 };
  const counts: Record<Area, number> = { foto: 0, judul: 0, spesifik: 0, deskripsi: 0 };
  let blocked = false;
  for (const f of findings) {
    lost[f.area] += SCORE_WEIGHTS.penalty[f.severity] * SCORE_WEIGHTS.certainty[f.certainty];
    counts[f.area] += 1;
    if (f.severity === 'blocked' && f.certainty === 'measured') blocked = true;
  }
  let weighted = 0;
  let total = 0;
  const areas = AREAS.map((area) => {
    const score = Math.max(0, Math.round(100 - lost[area]));
    weighted += score * SCORE_WEIGHTS.areas[area];
    total += SCORE_WEIGHTS.areas[area];
    return { area, score, findings: counts[area] };
  });
  let score = Math.round(weighted / total);
  if (blocked) score = Math.min(score, SCORE_WEIGHTS.blockedCap);
  return { score, areas };
}

/** Shopee's content-diagnosis issues 1–5 keep a listing at level 1; 6–11 at level 2 (marketplace-rules.md §1.2). */
const HOLDS_AT_TO_BE_IMPROVED = new Set([
  'TOO_FEW_IMAGES',
  'WRONG_CATEGORY',
  'TOO_FEW_ATTRIBUTES_FOR_QUALIFIED',
  'LACK_OF_SIZE_CHART',
  'LACK_OF_STANDARD_VARIATION',
]);
const HOLDS_AT_QUALIFIED = new Set([
  'LACK_BRAND',
  'TOO_SHORT_DESCRIPTION',
  'TOO_SHORT_OR_TOO_LONG_NAME',
  'WRONG_WEIGHT',
  'LACK_OF_VIDEO',
  'TOO_FEW_ATTRIBUTES_FOR_EXCELLENT',
]);

/** The Shopee quality level these findings imply. Indonesian Seller Centre labels are unverified, so we quote the English. */
export function qualityLevel(profile: ProfileId, findings: Finding[]): QualityLevel | null {
  if (!PROFILES[profile].hasQualityLevels) return null;
  const estimated = findings.some((f) => f.certainty === 'unreadable');
  const codes = (set: Set<string>) => findings.filter((f) => f.source.code && set.has(f.source.code)).map((f) => f.source.code!);
  const low = codes(HOLDS_AT_TO_BE_IMPROVED);
  if (low.length) {
    return { code: 'TO_BE_IMPROVED', label: bi('tingkat kualitas "To be improved"', '"To be improved" quality level'), heldBy: low, estimated };
  }
  const mid = codes(HOLDS_AT_QUALIFIED);
    const atBest = (label: { id: string; en: string }) => (estimated ? bi(`paling tinggi ${label.id} (perkiraan: ada yang belum terbaca)`, `at best the ${label.en} (estimate: some parts were not read)`) : label);
  if (mid.length) return { code: 'QUALIFIED', label: atBest(bi('tingkat kualitas "Qualified"', '"Qualified" quality level')), heldBy: mid, estimated };
  return { code: 'EXCELLENT', label: atBest(bi('tingkat kualitas "Excellent"', '"Excellent" quality level')), heldBy: [], estimated };
}

/** At most 3 findings, the biggest impact first; one per check so a photo problem on 5 photos counts once. */
export function fixFirst(findings: Finding[], max = 3): Finding[] {
  const seen = new Set<string>();
  return [...findings]
    .sort((a, b) => (b.impact ?? 0) - (a.impact ?? 0))
    .filter((f) => (seen.has(f.checkId) ? false : (seen.add(f.checkId), true)))
    .slice(0, max);
}
