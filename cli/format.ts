import Papa from 'papaparse';
import { AREAS, type Area, type Report } from '../shared/checks/types';
import { allChecks, OUTCOME_TEXT, outcomeOf, PROFILES } from '../shared/checks';
import { factLines } from '../shared/checks/facts-text';
import { photoChecks } from '../shared/photos';
import { pick, type Lang } from '../shared/i18n/text';
import type { ListingInput } from '../shared/listing/schema';
import { groupPhotoProblems, type PhotoProblem } from './photo-problems';

export interface CheckedListing {
  index: number;
  where: string;
  listing: ListingInput;
  report: Report;
  /** Photos that could not be (fully) checked. */
  photoProblems?: PhotoProblem[];
}

const AREA_NAMES: Record<Area, { id: string; en: string }> = {
  foto: { id: 'Foto', en: 'Photos' },
  judul: { id: 'Judul', en: 'Title' },
  spesifik: { id: 'Spesifikasi', en: 'Specifics' },
  deskripsi: { id: 'Deskripsi', en: 'Description' },
};

/**
 * The JSON record of one checked listing: the promised `{index, title, score, level, findings: [{id, area, severity,
 * message, source}]}` plus extras. Every output format starts from this one function.
 *
 * - `provisional` / `notMeasured` / `provisionalNote`: the score leaves out parts Rapi could not measure
 *   (`foto`, `deskripsi`, `spesifik`); it is then "Skor sementara".
 * - `level`: Shopee's level code, or null when it cannot be told (`levelNote` says why); `levelName` in words.
 * - `category`: `{id, name, from, confidence}`; `from` is `category` (the listing's own), `seller`, `title` or `none`.
 * - `facts`: what Rapi read, normalised, each with the seller's words (`text`).
 * - each finding's `outcome` says what happens (`refused-at-upload`, `blocked` …) and `codes` every marketplace code it covers.
 */
export function listingRecord({ index, where, listing, report, photoProblems }: CheckedListing, lang: Lang) {
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
    where,
    ...(photoProblems?.length
      ? {
          photoProblems: photoProblems.map((p) => ({ photo: p.photo, src: p.src, message: pick(p.message, lang), kind: p.family })),
          photoProblemSummary: groupPhotoProblems(photoProblems).map((line) => pick(line, lang)),
        }
      : {}),
  };
}

export function toJson(items: CheckedListing[], lang: Lang) {
  return items.map((item) => listingRecord(item, lang));
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
      provisional: report.provisional ? 'yes' : 'no',
      not_measured: report.notMeasured.join(' '),
      category: report.category.id,
      category_from: report.category.from,
    })),
  );
}

function bar(n: number, max: number, width = 30): string {
  return '█'.repeat(max ? Math.round((n / max) * width) : 0);
}

function scoreLine(report: Report, lang: Lang): string {
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const name = report.provisional ? t('Skor sementara', 'Provisional score') : t('Skor', 'Score');
  const level = report.level ? ` · ${pick(report.level.label, lang)}` : '';
  return `${name} ${report.score}/100${level} · ${PROFILES[report.profile].name[lang]} · ${report.findings.length} ${t('temuan', 'findings')}`;
}

export function toText(items: CheckedListing[], lang: Lang): string {
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const out: string[] = [];
  for (const { index, where, listing, report, photoProblems } of items) {
    out.push(`#${index} (${where}) ${listing.title}`);
    out.push(`  ${scoreLine(report, lang)}`);
    if (report.provisionalNote) out.push(`  ${pick(report.provisionalNote, lang)}`);
    if (report.levelNote) out.push(`  ${pick(report.levelNote, lang)}`);
    const category = report.category;
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
    out.push(`  ${t('Kategori', 'Category')}: ${pick(category.name, lang)} (${how})`);
    const read = factLines(report.facts);
    if (read.length) {
      out.push(`  ${t('Yang dibaca Rapi', 'What Rapi read')}: ${read.map((l) => `${pick(l.label, lang).toLowerCase()} ${pick(l.value, lang)}`).join('; ')}`);
    }
    for (const line of groupPhotoProblems(photoProblems ?? [])) out.push(`  ! ${pick(line, lang)}`);
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
  const provisional = items.filter((i) => i.report.provisional).length;
  if (provisional) {
    lines.push(
      t(
        `${provisional} dari ${items.length} skor masih sementara (ada bagian yang belum bisa dinilai, misalnya foto atau deskripsi).`,
        `${provisional} of ${items.length} scores are provisional (some parts could not be rated yet, such as photos or description).`,
      ),
    );
  }
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
