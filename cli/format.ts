import { AREAS, type Area, type Report } from '../shared/checks/types';
import { allChecks, PROFILES } from '../shared/checks';
import type { CsvValue } from '../shared/csv/write';
import { photoChecks } from '../shared/photos/registry';
import { pick, type Lang } from '../shared/i18n/text';
import type { ListingInput } from '../shared/listing/schema';

export interface CheckedListing {
  index: number;
  where: string;
  listing: ListingInput;
  report: Report;
  /** Photos that could not be (fully) checked, in the chosen language. */
  photoProblems?: Array<{ photo: number; src: string; message: string }>;
}

const AREA_NAMES: Record<Area, { id: string; en: string }> = {
  foto: { id: 'Foto', en: 'Photos' },
  judul: { id: 'Judul', en: 'Title' },
  spesifik: { id: 'Spesifikasi', en: 'Specifics' },
  deskripsi: { id: 'Deskripsi', en: 'Description' },
};
const SEVERITY_NAMES = {
  blocked: { id: 'bisa diblokir', en: 'can be blocked' },
  quality: { id: 'menurunkan kualitas', en: 'lowers quality' },
  advice: { id: 'saran', en: 'advice' },
};

/**
 * The per-listing record of `--format json` (one array item) and `--format jsonl` (one line), built here and only
 * here. The promised shape: `{index, title, score, level, findings:[{id, area, severity, message, source}]}`, plus extras.
 */
export function listingRecord({ index, where, listing, report, photoProblems }: CheckedListing, lang: Lang) {
  return {
    index,
    title: listing.title,
    score: report.score,
    level: report.level?.code ?? null,
    findings: report.findings.map((f) => ({
      id: f.checkId,
      area: f.area,
      severity: f.severity,
      message: pick(f.message, lang),
      source: pick(f.source.label, lang),
      why: pick(f.why, lang),
      fix: pick(f.fix, lang),
      ...(f.example ? { example: pick(f.example, lang) } : {}),
      ...(f.source.code ? { code: f.source.code } : {}),
      certainty: f.certainty,
      ...(f.photoIndex === undefined ? {} : { photo: f.photoIndex + 1 }),
    })),
    profile: report.profile,
    fixFirst: report.fixFirst.map((f) => f.checkId),
    where,
    ...(photoProblems?.length ? { photoProblems } : {}),
  };
}

export const CSV_HEADER = ['index', 'title', 'marketplace', 'score', 'level', 'findings', ...AREAS.map((a) => `score_${a}`), 'fix_first', 'finding_ids'];

/** One row of `--format csv` (columns as CSV_HEADER). */
export function csvRecord({ index, listing, report }: CheckedListing, lang: Lang): CsvValue[] {
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
  ];
}

/** The readable report of one listing (`--format text`), ending in a blank line. */
export function textBlock({ index, where, listing, report, photoProblems }: CheckedListing, lang: Lang): string {
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const out: string[] = [];
  const level = report.level ? ` · ${pick(report.level.label, lang)}` : '';
  out.push(`#${index} (${where}) ${listing.title}`);
  out.push(`  ${t('Skor', 'Score')} ${report.score}/100${level} · ${PROFILES[report.profile].name[lang]} · ${report.findings.length} ${t('temuan', 'findings')}`);
  for (const p of photoProblems ?? []) out.push(`  ! ${t('Foto', 'Photo')} ${p.photo}: ${p.message}`);
  if (report.fixFirst.length) {
    out.push(`  ${t('Perbaiki dulu', 'Fix first')}:`);
    report.fixFirst.forEach((f, i) => out.push(`    ${i + 1}. ${pick(f.fix, lang)}`));
  }
  for (const area of AREAS) {
    const inArea = report.findings.filter((f) => f.area === area);
    if (!inArea.length) continue;
    out.push(`  ${AREA_NAMES[area][lang]}:`);
    for (const f of inArea) {
      out.push(`    - [${SEVERITY_NAMES[f.severity][lang]}] ${pick(f.message, lang)}`);
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
  private readonly scores = new Array<number>(101).fill(0);
  private readonly byCheck = new Map<string, number>();

  add(report: Report): void {
    this.count++;
    this.total += report.score;
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
