import { AREAS, type Area, type Report } from '../shared/checks/types';
import { allChecks, OUTCOME_TEXT, outcomeOf, PROFILES } from '../shared/checks';
import { factLines } from '../shared/checks/facts-text';
import type { CsvValue } from '../shared/csv/write';
import { photoChecks } from '../shared/checks/registry';
import { pick, type Lang } from '../shared/i18n/text';
import type { ListingInput } from '../shared/listing/schema';
import { groupPhotoProblems, type PhotoProblem } from '../shared/photos/problem-groups';
import { placeholdersIn, suggestionRecord, suggestListing, type Suggestion } from '../shared/suggest';

export interface CheckedListing {
  index: number;
  where: string;
  listing: ListingInput;
  report: Report;
  /** Photos that could not be (fully) checked. */
  photoProblems?: PhotoProblem[];
  /** Text read on the photos (with --ocr): label facts for the suggestion ("Netto 250 g"). */
  photoTexts?: string[];
}

const suggestions = new WeakMap<CheckedListing, Suggestion | null>();
const titleSuggestions = new WeakMap<CheckedListing, Suggestion | null>();

/**
 * Rapi's suggested title and description for one checked listing (shared/suggest), built once per listing and format.
 * The text and csv formats show only the title, so they do not pay for the description.
 */
export function suggestionOf(item: CheckedListing, only?: 'title'): Suggestion | null {
  const cache = only ? titleSuggestions : suggestions;
  if (!cache.has(item)) {
    cache.set(item, suggestListing(item.listing, { report: item.report, ...(item.photoTexts?.length ? { photoTexts: item.photoTexts } : {}), ...(only ? { only } : {}) }));
  }
  return cache.get(item)!;
}

const AREA_NAMES: Record<Area, { id: string; en: string }> = {
  foto: { id: 'Foto', en: 'Photos' },
  judul: { id: 'Judul', en: 'Title' },
  spesifik: { id: 'Spesifikasi', en: 'Specifics' },
  deskripsi: { id: 'Deskripsi', en: 'Description' },
};

/**
 * The per-listing record of `--format json` (one array item) and `--format jsonl` (one line), built here and only
 * here. The promised shape: `{index, title, score, level, findings:[{id, area, severity, message, source}]}`, plus:
 *
 * - `provisional` / `notMeasured` / `provisionalNote`: the score leaves out parts Rapi could not measure
 *   (`foto`, `deskripsi`, `spesifik`); it is then "Skor sementara".
 * - `level`: Shopee's level code, or null when it cannot be told (`levelNote` says why); `levelName` in words.
 * - `category`: `{id, name, from, confidence}`; `from` is `category` (the listing's own), `seller`, `title` or `none`.
 * - `facts`: what Rapi read, normalised, each with the seller's words (`text`).
 * - each finding's `outcome` says what happens (`refused-at-upload`, `blocked` …) and `codes` every marketplace code it covers.
 * - `suggestion`: `{title, description, placeholders}` (docs/suggestions.md), null when there is nothing to suggest;
 *   `title` or `description` is null when that part is already good; `placeholders` lists what the seller must fill.
 */
export function listingRecord(item: CheckedListing, lang: Lang) {
  const { index, where, listing, report, photoProblems } = item;
  return {
    index,
    title: listing.title,
    score: report.score,
    provisional: report.provisional,
    notMeasured: report.notMeasured,
    ...(report.provisionalNote ? { provisionalNote: pick(report.provisionalNote, lang) } : {}),
    level: report.level?.code ?? null,
    ...(report.level ? { levelName: pick(report.level.label, lang) } : {}),
    ...(report.levelNote ? { levelNote: pick(report.levelNote, lang) } : {}),
    category: {
      id: report.category.id,
      name: pick(report.category.name, lang),
      from: report.category.from,
      confidence: report.category.confidence,
    },
    facts: report.facts,
    findings: report.findings.map((f) => ({
      id: f.checkId,
      area: f.area,
      severity: f.severity,
      outcome: outcomeOf(f),
      message: pick(f.message, lang),
      source: pick(f.source.label, lang),
      why: pick(f.why, lang),
      fix: pick(f.fix, lang),
      ...(f.example ? { example: pick(f.example, lang) } : {}),
      ...(f.source.code ? { code: f.source.code } : {}),
      ...(f.source.codes?.length ? { codes: f.source.codes } : {}),
      ...(f.source.url ? { sourceUrl: f.source.url } : {}),
      certainty: f.certainty,
      ...(f.photoIndex === undefined ? {} : { photo: f.photoIndex + 1 }),
    })),
    profile: report.profile,
    areas: report.areas.map((a) => ({ area: a.area, score: a.score, measured: a.measured })),
    fixFirst: report.fixFirst.map((f) => f.checkId),
    suggestion: suggestionRecord(suggestionOf(item), lang),
    where,
    ...(photoProblems?.length
      ? {
          photoProblems: photoProblems.map((p) => ({ photo: p.photo, src: p.src, message: pick(p.message, lang), kind: p.family })),
          photoProblemSummary: groupPhotoProblems(photoProblems).map((line) => pick(line, lang)),
        }
      : {}),
  };
}

export const CSV_HEADER = [
  'index',
  'title',
  'marketplace',
  'score',
  'level',
  'findings',
  ...AREAS.map((a) => `score_${a}`),
  'fix_first',
  'finding_ids',
  'provisional',
  'not_measured',
  'category',
  'category_from',
  'suggested_title',
];

/**
 * One row of `--format csv` (columns as CSV_HEADER). A part that was not measured has an empty score;
 * `suggested_title` is empty when the title is already good.
 */
export function csvRecord(item: CheckedListing, lang: Lang): CsvValue[] {
  const { index, listing, report } = item;
  return [
    index,
    listing.title,
    report.profile,
    report.score,
    report.level?.code ?? '',
    report.findings.length,
    ...AREAS.map((a) => report.areas.find((x) => x.area === a)?.score ?? ''),
    report.fixFirst.map((f) => pick(f.fix, lang)).join(' | '),
    report.findings.map((f) => f.checkId).join(' '),
    report.provisional ? 'yes' : 'no',
    report.notMeasured.join(' '),
    report.category.id,
    report.category.from,
    suggestionOf(item, 'title')?.title?.[lang] ?? '',
  ];
}

function categoryLine(report: Report, lang: Lang): string {
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const { category } = report;
  const how =
    category.from === 'category'
      ? t('dari kategori listing', "from the listing's category")
      : category.from === 'seller'
        ? t('pilihan Anda', 'your pick')
        : category.from === 'title'
          ? category.confidence >= 0.7
            ? t('dugaan dari judul', 'guessed from the title')
            : t('dugaan dari judul, kurang yakin: pilih kategorinya', 'guessed from the title, unsure: pick the category')
          : t('tidak diketahui', 'unknown');
  return `${t('Kategori', 'Category')}: ${pick(category.name, lang)} (${how})`;
}

/** "Judul usulan: …" and, when it has placeholders, what to fill in before copying it. */
function suggestedTitleLines(item: CheckedListing, lang: Lang): string[] {
  const title = suggestionOf(item, 'title')?.title;
  if (!title) return [];
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const blanks = placeholdersIn(title[lang]);
  return [
    `  ${t('Judul usulan', 'Suggested title')}: ${title[lang]}`,
    ...(blanks.length ? [`    ${t('Isi atau hapus dulu', 'Fill in or remove first')}: ${blanks.join(', ')}`] : []),
  ];
}

/** The readable report of one listing (`--format text`), ending in a blank line. */
export function textBlock(item: CheckedListing, lang: Lang): string {
  const { index, where, listing, report, photoProblems } = item;
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const out: string[] = [];
  const level = report.level ? ` · ${pick(report.level.label, lang)}` : '';
  const score = report.provisional ? t('Skor sementara', 'Provisional score') : t('Skor', 'Score');
  out.push(`#${index} (${where}) ${listing.title}`);
  out.push(`  ${score} ${report.score}/100${level} · ${PROFILES[report.profile].name[lang]} · ${report.findings.length} ${t('temuan', 'findings')}`);
  if (report.provisionalNote) out.push(`  ${pick(report.provisionalNote, lang)}`);
  if (report.levelNote) out.push(`  ${pick(report.levelNote, lang)}`);
  out.push(`  ${categoryLine(report, lang)}`);
  const read = factLines(report.facts);
  if (read.length) out.push(`  ${t('Yang dibaca Rapi', 'What Rapi read')}: ${read.map((l) => `${pick(l.label, lang).toLowerCase()} ${pick(l.value, lang)}`).join('; ')}`);
  for (const line of groupPhotoProblems(photoProblems ?? [])) out.push(`  ! ${pick(line, lang)}`);
  out.push(...suggestedTitleLines(item, lang));
  if (report.fixFirst.length) {
    out.push(`  ${t('Perbaiki dulu', 'Fix first')}:`);
    report.fixFirst.forEach((f, i) => out.push(`    ${i + 1}. ${pick(f.fix, lang)}`));
  }
  for (const area of AREAS) {
    const inArea = report.findings.filter((f) => f.area === area);
    if (!inArea.length) continue;
    out.push(`  ${AREA_NAMES[area][lang]}:`);
    for (const f of inArea) {
      out.push(`    - [${OUTCOME_TEXT[outcomeOf(f)][lang]}] ${pick(f.message, lang)}`);
      out.push(`      ${t('Cara memperbaiki', 'How to fix')}: ${pick(f.fix, lang)}`);
      if (f.example) out.push(`      ${t('Contoh', 'Example')}: ${pick(f.example, lang).replace(/\n/g, ' / ')}`);
      out.push(`      ${t('Sumber', 'Source')}: ${pick(f.source.label, lang)}`);
    }
  }
  return `${out.join('\n')}\n\n`;
}

function bar(n: number, max: number, width = 30): string {
  return '█'.repeat(max ? Math.round((n / max) * width) : 0);
}

/**
 * The text report's summary, counted as listings go by: a histogram of scores (0–100) and a count per check,
 * so a million listings take the same memory as ten.
 */
export class SummaryTally {
  private count = 0;
  private total = 0;
  private provisional = 0;
  private readonly scores = new Array<number>(101).fill(0);
  private readonly byCheck = new Map<string, number>();

  add(report: Report): void {
    this.count++;
    this.total += report.score;
    if (report.provisional) this.provisional++;
    this.scores[Math.max(0, Math.min(100, Math.round(report.score)))]!++;
    for (const id of new Set(report.findings.map((f) => f.checkId))) this.byCheck.set(id, (this.byCheck.get(id) ?? 0) + 1);
  }

  /** The score at position ⌊n/2⌋ of the sorted scores. */
  private median(): number {
    let seen = 0;
    for (let score = 0; score <= 100; score++) {
      seen += this.scores[score]!;
      if (seen > Math.floor(this.count / 2)) return score;
    }
    return 100;
  }

  text(lang: Lang): string {
    const t = (id: string, en: string) => (lang === 'id' ? id : en);
    const lines = [`== ${t('Ringkasan', 'Summary')}: ${this.count} listing ==`];
    if (!this.count) return lines.join('\n');
    lines.push(`${t('Skor rata-rata', 'Average score')} ${Math.round(this.total / this.count)}, ${t('median', 'median')} ${this.median()}`);
    if (this.provisional) {
      lines.push(
        t(
          `${this.provisional} dari ${this.count} skor masih sementara (ada bagian yang belum bisa dinilai, misalnya foto atau deskripsi).`,
          `${this.provisional} of ${this.count} scores are provisional (some parts could not be rated yet, such as photos or description).`,
        ),
      );
    }
    const sum = (from: number, to: number) => this.scores.slice(from, to + 1).reduce((a, b) => a + b, 0);
    const counts = [['0–39 ', sum(0, 39)], ['40–59', sum(40, 59)], ['60–79', sum(60, 79)], ['80–100', sum(80, 100)]] as const;
    const max = Math.max(...counts.map(([, n]) => n));
    for (const [label, n] of counts) lines.push(`  ${label.padEnd(6)} ${bar(n, max)} ${n}`);
    const names = new Map([...allChecks(), ...photoChecks()].map((c) => [c.id, c.name]));
    lines.push(t('Masalah paling sering:', 'Most common problems:'));
    [...this.byCheck]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .forEach(([id, n]) => lines.push(`  ${String(n).padStart(5)}× ${names.get(id)?.[lang] ?? id} (${Math.round((n / this.count) * 100)}%)`));
    return lines.join('\n');
  }
}
