import { bi, type BilingualText } from '../i18n/text';
import { PROFILES } from './profiles';
import { AREAS, type Area, type AreaScore, type Finding, type ProfileId, type QualityLevel, type QualityLevelCode, type Severity } from './types';

/**
 * The whole score in one place, shown to the seller as is ("Bagaimana skor dihitung"), explained in
 * docs/rules.md#score. Each part starts at 100 and loses points per finding; the total is the weighted mean of the
 * parts that were measured.
 */
export const SCORE_WEIGHTS = {
  areas: { foto: 30, judul: 30, spesifik: 25, deskripsi: 15 } satisfies Record<Area, number>,
  penalty: { blocked: 60, quality: 30, advice: 10 } satisfies Record<Severity, number>,
  /** Guessed findings count half: Rapi is less sure of them. "Could not read" is no penalty: the part is left out instead. */
  certainty: { measured: 1, estimated: 0.5, unreadable: 0 },
  /** A finding that gets the product blocked caps the total: nothing else matters until it is fixed. */
  blockedCap: 40,
} as const;

export const SCORE_EXPLAINED = bi(
  'Skor dimulai dari 100 untuk setiap bagian: Foto (bobot 30), Judul (30), Spesifikasi (25), Deskripsi (15). Setiap temuan mengurangi nilai bagiannya: bisa diblokir −60, menurunkan kualitas atau ditolak saat unggah −30, saran Rapi −10 (temuan yang diduga dihitung setengah). Skor total adalah rata-rata berbobot dari bagian yang sudah dinilai. Bagian yang belum bisa dinilai (tanpa deskripsi, foto belum terlihat atau gagal diunduh) tidak dihitung sebagai 100: skornya menjadi skor sementara. Tanpa foto sama sekali, bagian Foto bernilai 0. Jika ada temuan yang bisa membuat produk diblokir, skor paling tinggi 40.',
  'Each part starts at 100: Photos (weight 30), Title (30), Specifics (25), Description (15). Each finding lowers its part: can be blocked −60, lowers quality or refused at upload −30, Rapi advice −10 (guessed findings count half). The total is the weighted mean of the parts that were rated. A part that could not be rated (no description, photos not seen or not downloaded) is never counted as 100: the score is then provisional. With no photos at all, Photos scores 0. If any finding can get the product blocked, the total is at most 40.',
);

/** How much of a part Rapi measured: fully, partly (some photos failed, sizes only), or not at all. */
export type Measurement = 'yes' | 'partly' | 'no';

export function impactOf(finding: Finding): number {
  const certainty = finding.certainty === 'unreadable' ? 0.5 : SCORE_WEIGHTS.certainty[finding.certainty];
  return SCORE_WEIGHTS.penalty[finding.severity] * certainty * (SCORE_WEIGHTS.areas[finding.area] / 30);
}

const ALL_MEASURED: Record<Area, Measurement> = { foto: 'yes', judul: 'yes', spesifik: 'yes', deskripsi: 'yes' };

export interface ScoreResult {
  score: number;
  areas: AreaScore[];
  /** Parts not fully measured, in area order. */
  notMeasured: Area[];
}

/**
 * The score. A part that was not measured and has no findings is left out of the total (its score is null): unknown
 * is not perfect. A part measured only partly counts with what was seen, and the score is provisional.
 */
export function scoreFindings(findings: Finding[], measured: Record<Area, Measurement> = ALL_MEASURED): ScoreResult {
  const lost: Record<Area, number> = { foto: 0, judul: 0, spesifik: 0, deskripsi: 0 };
  const counts: Record<Area, number> = { foto: 0, judul: 0, spesifik: 0, deskripsi: 0 };
  const scored: Record<Area, number> = { foto: 0, judul: 0, spesifik: 0, deskripsi: 0 };
  const cap: Record<Area, number> = { foto: 100, judul: 100, spesifik: 100, deskripsi: 100 };
  let blocked = false;
  for (const f of findings) {
    const weight = SCORE_WEIGHTS.certainty[f.certainty];
    lost[f.area] += SCORE_WEIGHTS.penalty[f.severity] * weight;
    counts[f.area] += 1;
    if (weight > 0) scored[f.area] += 1;
    if (f.areaScoreCap !== undefined) cap[f.area] = Math.min(cap[f.area], f.areaScoreCap);
    if (f.severity === 'blocked' && f.certainty === 'measured') blocked = true;
  }
  let weighted = 0;
  let total = 0;
  const areas = AREAS.map((area): AreaScore => {
    const counted = measured[area] !== 'no' || scored[area] > 0;
    const score = counted ? Math.min(cap[area], Math.max(0, Math.round(100 - lost[area]))) : null;
    if (score !== null) {
      weighted += score * SCORE_WEIGHTS.areas[area];
      total += SCORE_WEIGHTS.areas[area];
    }
    return { area, score, findings: counts[area], measured: measured[area] === 'yes' };
  });
  let score = total ? Math.round(weighted / total) : 0;
  if (blocked) score = Math.min(score, SCORE_WEIGHTS.blockedCap);
  return { score, areas, notMeasured: AREAS.filter((a) => measured[a] !== 'yes') };
}

const PART_NAMES: Record<Area, BilingualText> = {
  foto: bi('foto', 'photos'),
  judul: bi('judul', 'title'),
  spesifik: bi('spesifikasi', 'specifics'),
  deskripsi: bi('deskripsi', 'description'),
};

function list(parts: BilingualText[], lang: 'id' | 'en'): string {
  const words = parts.map((p) => p[lang]);
  const and = lang === 'id' ? ' dan ' : ' and ';
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')}${and}${words.at(-1)}`;
}

const SOME_OF: Partial<Record<Area, BilingualText>> = { foto: bi('sebagian foto', 'some photos') };

/**
 * "Skor sementara: foto dan deskripsi belum dinilai."; "sebagian foto" when only some photos were measured (others
 * failed to download, or only their sizes were read).
 */
export function provisionalNote(notMeasured: readonly Area[], partly: readonly Area[] = []): BilingualText | undefined {
  if (notMeasured.length === 0) return undefined;
  const parts = notMeasured.map((a) => (partly.includes(a) ? (SOME_OF[a] ?? PART_NAMES[a]) : PART_NAMES[a]));
  return bi(`Skor sementara: ${list(parts, 'id')} belum dinilai.`, `Provisional score: ${list(parts, 'en')} not rated yet.`);
}

/** Shopee's level names, with Rapi's plain Indonesian beside Shopee's own words (docs/rules.md#shopee-content-diagnosis-and-quality-levels). */
export const LEVEL_NAMES: Record<QualityLevelCode, BilingualText> = {
  TO_BE_IMPROVED: bi('tingkat kualitas "To be improved" (perlu ditingkatkan)', '"To be improved" quality level'),
  QUALIFIED: bi('tingkat kualitas "Qualified" (memenuhi syarat)', '"Qualified" quality level'),
  EXCELLENT: bi('tingkat kualitas "Excellent" (sangat baik)', '"Excellent" quality level'),
};

/** Shopee's content-diagnosis issues 1–5 keep a listing at level 1; 6–11 at level 2. */
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

/** What Shopee's level depends on, and whether Rapi could read each. */
export interface LevelInputs {
  /** Issue 1: the photos (their number, at least). */
  photos: boolean;
  /** Issues 3 and 11: the specifics table. */
  attributes: boolean;
  /** Issue 4: whether clothing has a size chart (a description or the size-chart field was read), or no chart is needed. */
  sizeChart: boolean;
  /** Issue 7: the description. */
  description: boolean;
  /** Issue 10: whether the page's media (and so a video) were read. */
  video: boolean;
}

export interface LevelResult {
  level: QualityLevel | null;
  /** Why there is no level (its inputs are unknown). */
  note?: BilingualText;
}

function level(code: QualityLevelCode, heldBy: string[], estimated: boolean): QualityLevel {
  return { code, label: LEVEL_NAMES[code], heldBy, estimated };
}

function unknownNote(missing: BilingualText[]): BilingualText {
  return bi(
    `Tingkat kualitas Shopee belum bisa ditentukan: ${list(missing, 'id')} belum terbaca.`,
    `The Shopee quality level cannot be told yet: ${list(missing, 'en')} not read.`,
  );
}

/**
 * The Shopee level the findings imply, or none when what it depends on is unknown. Never better than the worst finding
 * allows: a listing that can be blocked is at most "To be improved".
 */
export function qualityLevel(profile: ProfileId, findings: Finding[], inputs: LevelInputs): LevelResult {
  if (!PROFILES[profile].hasQualityLevels) return { level: null };
  const estimated = findings.some((f) => f.certainty !== 'measured' && f.source.code !== undefined);
  const codes = (set: Set<string>) => [...new Set(findings.flatMap((f) => (f.source.codes ?? (f.source.code ? [f.source.code] : [])).filter((c) => set.has(c))))];
  const low = codes(HOLDS_AT_TO_BE_IMPROVED);
  if (low.length) return { level: level('TO_BE_IMPROVED', low, estimated) };
  const blocking = findings.filter((f) => f.severity === 'blocked' && f.certainty === 'measured').map((f) => f.checkId);
  if (blocking.length) return { level: level('TO_BE_IMPROVED', [...new Set(blocking)], estimated) };
  const missingLow = [
    ...(inputs.photos ? [] : [bi('foto', 'the photos')]),
    ...(inputs.attributes ? [] : [bi('spesifikasi', 'the specifics')]),
    ...(inputs.sizeChart ? [] : [bi('panduan ukuran', 'the size chart')]),
  ];
  if (missingLow.length) return { level: null, note: unknownNote(missingLow) };
  const mid = codes(HOLDS_AT_QUALIFIED);
  if (mid.length) return { level: level('QUALIFIED', mid, estimated) };
  const missingMid = [...(inputs.description ? [] : [bi('deskripsi', 'the description')]), ...(inputs.video ? [] : [bi('video', 'the video')])];
  if (missingMid.length) return { level: null, note: unknownNote(missingMid) };
  return { level: level('EXCELLENT', [], estimated) };
}

/** At most 3 findings, the biggest impact first; one per check so a photo problem on 5 photos counts once. */
export function fixFirst(findings: Finding[], max = 3): Finding[] {
  const seen = new Set<string>();
  return [...findings]
    .sort((a, b) => (b.impact ?? 0) - (a.impact ?? 0))
    .filter((f) => (seen.has(f.checkId) ? false : (seen.add(f.checkId), true)))
    .slice(0, max);
}
