import Papa from 'papaparse';
import { AREAS, type Area, type Report } from '../shared/checks/types';
import { allChecks, PROFILES } from '../shared/checks';
import { photoChecks } from '../shared/photos';
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

/** The promised JSON shape: `{index, title, score, level, findings:[{id, area, severity, message, source}]}`, plus extras. */
export function toJson(items: CheckedListing[], lang: Lang) {
  return items.map(({ index, where, listing, report, photoProblems }) => ({
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
  }));
}

export function toCsv(items: CheckedListing[], lang: Lang): string {
  return Papa.unparse(
    items.map(({ index, listing, report }) => ({
      index,
      title: listing.title,
      marketplace: report.profile,
      score: report.score,
      level: report.level?.code ?? '',
      findings: report.findings.length,
      ...Object.fromEntries(AREAS.map((a) => [`score_${a}`, report.areas.find((x) => x.area === a)?.score ?? ''])),
      fix_first: report.fixFirst.map((f) => pick(f.fix, lang)).join(' | '),
      finding_ids: report.findings.map((f) => f.checkId).join(' '),
    })),
  );
}

function bar(n: number, max: number, width = 30): string {
  return '█'.repeat(max ? Math.round((n / max) * width) : 0);
}

export function toText(items: CheckedListing[], lang: Lang): string {
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const out: string[] = [];
  for (const { index, where, listing, report, photoProblems } of items) {
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
    out.push('');
  }
  out.push(summary(items, lang));
  return out.join('\n');
}

export function summary(items: CheckedListing[], lang: Lang): string {
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const lines = [`== ${t('Ringkasan', 'Summary')}: ${items.length} listing ==`];
  if (!items.length) return lines.join('\n');
  const scores = items.map((i) => i.report.score).sort((a, b) => a - b);
  const mean = Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
  lines.push(`${t('Skor rata-rata', 'Average score')} ${mean}, ${t('median', 'median')} ${scores[Math.floor(scores.length / 2)]}`);
  const buckets: Array<[string, (s: number) => boolean]> = [
    ['0–39 ', (s) => s < 40],
    ['40–59', (s) => s >= 40 && s < 60],
    ['60–79', (s) => s >= 60 && s < 80],
    ['80–100', (s) => s >= 80],
  ];
  const counts = buckets.map(([label, test]) => [label, scores.filter(test).length] as const);
  const max = Math.max(...counts.map(([, n]) => n));
  for (const [label, n] of counts) lines.push(`  ${label.padEnd(6)} ${bar(n, max)} ${n}`);
  const byCheck = new Map<string, number>();
  for (const { report } of items) for (const id of new Set(report.findings.map((f) => f.checkId))) byCheck.set(id, (byCheck.get(id) ?? 0) + 1);
  const names = new Map([...allChecks(), ...photoChecks()].map((c) => [c.id, c.name]));
  lines.push(t('Masalah paling sering:', 'Most common problems:'));
  [...byCheck]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .forEach(([id, n]) => lines.push(`  ${String(n).padStart(5)}× ${names.get(id)?.[lang] ?? id} (${Math.round((n / items.length) * 100)}%)`));
  return lines.join('\n');
}
