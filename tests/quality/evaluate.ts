/**
 * Measures Rapi's checklist against the labelled listings in tests/fixtures/labelled (labels written before the
 * output was looked at; see the README there). Used by `npm run quality` and by tests/unit/checks/quality.test.ts.
 *
 * Reads the report through its public fields only, loosely typed, so that the same measure runs on older code that
 * lacks some of them (what is missing counts as a miss).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { categorize, checkListing } from '../../shared/checks';
import type { Finding, Report } from '../../shared/checks/types';
import { listingFromRow } from '../../shared/listing/from-row';
import type { ListingInput } from '../../shared/listing/schema';

const DIR = path.resolve(import.meta.dirname, '../fixtures/labelled');

export interface FactLabels {
  netGrams?: number | null;
  volumeMl?: number;
  lengthsCm?: number[];
  sizes?: string[];
  materials?: string[];
  shelfLife?: boolean;
  permits?: string[];
  quantities?: Array<{ value: number; unit: string }>;
  absent?: string[];
  notMaterials?: string[];
}

export interface LabelledRecord {
  id: string;
  from: string;
  row?: Record<string, string>;
  listing?: ListingInput;
  flag?: string[];
  notFlag?: string[];
  blockingProblem?: boolean;
  provisional?: boolean;
  notMeasured?: string[];
  level?: string | null;
  maxScore?: number;
  severityAtLeast?: Record<string, string>;
  codes?: Record<string, string[]>;
  outcome?: Record<string, string>;
  sourceNotShopee?: boolean;
  category?: string[];
  categoryFrom?: string;
  facts?: FactLabels;
  options?: { measuredPhotoIndexes?: number[]; failedPhotoIndexes?: number[] };
  note?: string;
}

/** The labelled set: real and written listings; `holdout` is the set labelled after the code was written. */
export function loadLabelled(files: readonly string[] = ['real.jsonl', 'written.jsonl']): LabelledRecord[] {
  return files.flatMap((file) =>
    readFileSync(path.join(DIR, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as LabelledRecord),
  );
}

export interface RuleFigures {
  id: string;
  mustFlag: number;
  found: number;
  mustNot: number;
  violated: number;
}

export interface LabelMiss {
  record: string;
  label: string;
  detail: string;
}

export interface QualityResult {
  listings: number;
  rules: RuleFigures[];
  /** Listings with no blocking problem, and how many of them got a blocking finding. */
  noBlockingProblem: number;
  falseBlocking: number;
  mustFlag: number;
  mustFlagFound: number;
  mustNot: number;
  mustNotViolated: number;
  /** Every other kind of label (level, provisional, codes, category, facts …): checked and passed. */
  other: Record<string, { checked: number; passed: number }>;
  misses: LabelMiss[];
}

const SEVERITY_RANK: Record<string, number> = { advice: 1, quality: 2, blocked: 3 };

type Loose = Record<string, unknown>;

function listingOf(record: LabelledRecord): ListingInput {
  if (record.listing) return record.listing;
  const result = listingFromRow(record.row ?? {});
  if (!result.ok) throw new Error(`${record.id}: the labelled row is not a listing (${result.errors.map((e) => e.en).join('; ')})`);
  return result.listing;
}

function codesOf(finding: Finding): string[] {
  const source = finding.source as unknown as Loose;
  const codes = Array.isArray(source.codes) ? (source.codes as string[]) : [];
  return [...new Set([...(finding.source.code ? [finding.source.code] : []), ...codes])];
}

function sourceText(finding: Finding): string {
  const source = finding.source as unknown as Loose;
  const extra = Array.isArray(source.also) ? (source.also as Array<{ label: { id: string; en: string } }>).map((s) => `${s.label.id} ${s.label.en}`) : [];
  return [finding.source.label.id, finding.source.label.en, ...extra].join(' ');
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.02 * Math.abs(b), 0.05);

/** Each expected fact against what the report says it read. Returns the facts that were not read as labelled. */
export function factMisses(expected: FactLabels, facts: Loose | undefined): string[] {
  const misses: string[] = [];
  const values = (key: string): Loose[] => {
    const v = facts?.[key];
    return Array.isArray(v) ? (v as Loose[]) : v && typeof v === 'object' ? [v as Loose] : [];
  };
  const one = (key: string): number | undefined => values(key).map((x) => x.value as number).find((x) => typeof x === 'number');
  if (typeof expected.netGrams === 'number' && !(one('netGrams') !== undefined && near(one('netGrams')!, expected.netGrams))) misses.push(`netGrams ${expected.netGrams}`);
  if (expected.volumeMl !== undefined && !(one('volumeMl') !== undefined && near(one('volumeMl')!, expected.volumeMl))) misses.push(`volumeMl ${expected.volumeMl}`);
  for (const cm of expected.lengthsCm ?? []) {
    if (!values('lengthsCm').some((l) => typeof l.value === 'number' && near(l.value, cm))) misses.push(`lengthsCm ${cm}`);
  }
  const norm = (s: unknown) => String(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  for (const size of expected.sizes ?? []) {
    if (!values('sizes').some((s) => norm(s.value) === norm(size))) misses.push(`size ${size}`);
  }
  for (const material of expected.materials ?? []) {
    if (!values('materials').some((m) => norm(m.value) === norm(material) || norm(m.text).includes(norm(material)))) misses.push(`material ${material}`);
  }
  for (const material of expected.notMaterials ?? []) {
    if (values('materials').some((m) => norm(m.value) === norm(material))) misses.push(`not a material: ${material}`);
  }
  if (expected.shelfLife && values('shelfLife').length === 0) misses.push('shelfLife');
  for (const kind of expected.permits ?? []) {
    if (!values('permits').some((p) => norm(p.kind) === kind)) misses.push(`permit ${kind}`);
  }
  for (const q of expected.quantities ?? []) {
    const found = values('quantities').some((x) => typeof x.value === 'number' && near(x.value, q.value) && norm(x.unit) === norm(q.unit));
    if (!found) misses.push(`quantity ${q.value} ${q.unit}`);
  }
  for (const key of expected.absent ?? []) if (values(key).length) misses.push(`${key} must not be read`);
  return misses;
}

export function evaluate(records: LabelledRecord[] = loadLabelled()): QualityResult {
  const rules = new Map<string, RuleFigures>();
  const rule = (id: string) => rules.get(id) ?? (rules.set(id, { id, mustFlag: 0, found: 0, mustNot: 0, violated: 0 }), rules.get(id)!);
  const result: QualityResult = {
    listings: records.length,
    rules: [],
    noBlockingProblem: 0,
    falseBlocking: 0,
    mustFlag: 0,
    mustFlagFound: 0,
    mustNot: 0,
    mustNotViolated: 0,
    other: {},
    misses: [],
  };
  const other = (kind: string, passed: boolean, record: string, detail: string) => {
    const entry = (result.other[kind] ??= { checked: 0, passed: 0 });
    entry.checked++;
    if (passed) entry.passed++;
    else result.misses.push({ record, label: kind, detail });
  };

  for (const record of records) {
    const listing = listingOf(record);
    const report = checkListing(listing, record.options ?? {}) as Report & Loose;
    const byId = (id: string) => report.findings.filter((f) => f.checkId === id);
    for (const id of record.flag ?? []) {
      const r = rule(id);
      r.mustFlag++;
      result.mustFlag++;
      if (byId(id).length) (r.found++, result.mustFlagFound++);
      else result.misses.push({ record: record.id, label: 'flag', detail: id });
    }
    for (const id of record.notFlag ?? []) {
      const r = rule(id);
      r.mustNot++;
      result.mustNot++;
      const hits = byId(id);
      if (hits.length) {
        r.violated++;
        result.mustNotViolated++;
        result.misses.push({ record: record.id, label: 'notFlag', detail: `${id}: ${hits[0]!.message.en}` });
      }
    }
    const blocked = report.findings.filter((f) => f.severity === 'blocked');
    if (record.blockingProblem === false) {
      result.noBlockingProblem++;
      if (blocked.length) {
        result.falseBlocking++;
        result.misses.push({ record: record.id, label: 'falseBlocking', detail: blocked.map((f) => f.checkId).join(', ') });
      }
    }
    if (record.blockingProblem === true) other('blocking found', blocked.length > 0, record.id, 'no blocked finding');
    if (record.provisional !== undefined) other('provisional', report.provisional === record.provisional, record.id, `provisional ${String(report.provisional)}`);
    for (const area of record.notMeasured ?? []) {
      const listed = Array.isArray(report.notMeasured) ? (report.notMeasured as unknown[]) : [];
      other('notMeasured', listed.includes(area), record.id, `${area} not listed as not measured`);
    }
    if (record.level !== undefined) {
      const code = report.level?.code ?? null;
      const ok = record.level === 'TO_BE_IMPROVED_OR_NULL' ? code === null || code === 'TO_BE_IMPROVED' : code === record.level;
      other('level', ok, record.id, `level ${String(code)}, expected ${String(record.level)}`);
    }
    if (record.maxScore !== undefined) other('maxScore', report.score <= record.maxScore, record.id, `score ${report.score} > ${record.maxScore}`);
    for (const [id, severity] of Object.entries(record.severityAtLeast ?? {})) {
      const f = byId(id)[0];
      other('severity', Boolean(f && SEVERITY_RANK[f.severity]! >= SEVERITY_RANK[severity]!), record.id, `${id} ${f?.severity ?? 'missing'}`);
    }
    for (const [id, codes] of Object.entries(record.codes ?? {})) {
      const cited = byId(id).flatMap(codesOf);
      other('codes', codes.every((c) => cited.includes(c)), record.id, `${id} cites ${cited.join(', ') || 'no code'}`);
    }
    for (const [id, outcome] of Object.entries(record.outcome ?? {})) {
      const f = byId(id)[0] as (Finding & Loose) | undefined;
      other('outcome', f?.outcome === outcome, record.id, `${id} outcome ${String(f?.outcome)}`);
    }
    if (record.sourceNotShopee) {
      const wrong = report.findings.filter((f) => /shopee/i.test(sourceText(f)) && !/sebagai acuan|for reference/i.test(sourceText(f)));
      other('source per marketplace', wrong.length === 0, record.id, wrong.map((f) => f.checkId).join(', '));
    }
    // No raw marketplace codes in the "why" sentence: they belong in the source.
    for (const f of report.findings) {
      other('why without codes', !/\b[A-Z]{2,}(?:_[A-Z0-9]+){2,}\b/.test(`${f.why.id} ${f.why.en}`), record.id, `${f.checkId}: ${f.why.en}`);
    }
    if (record.category) {
      const category = (report.category as unknown as Loose | undefined) ?? (categorize(listing as never) as unknown as Loose);
      other('category', record.category.includes(String(category.id)), record.id, `category ${String(category.id)}, expected ${record.category.join('/')}`);
      if (record.categoryFrom) other('category from listing', category.from === record.categoryFrom, record.id, `from ${String(category.from)}`);
    }
    if (record.facts) {
      const misses = factMisses(record.facts, report.facts as unknown as Loose | undefined);
      other('facts', misses.length === 0, record.id, misses.join('; '));
    }
  }
  result.rules = [...rules.values()].sort((a, b) => a.id.localeCompare(b.id));
  return result;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

export function formatQuality(r: QualityResult): string {
  const lines: string[] = [];
  lines.push(`Labelled listings: ${r.listings}`);
  lines.push('');
  lines.push(`${'rule'.padEnd(30)} ${'must flag'.padStart(9)} ${'found'.padStart(6)} ${'recall'.padStart(7)} ${'must not'.padStart(9)} ${'wrong'.padStart(6)} ${'precision'.padStart(9)}`);
  for (const x of r.rules) {
    const precision = x.found + x.violated ? pct(x.found, x.found + x.violated) : '–';
    lines.push(
      `${x.id.padEnd(30)} ${String(x.mustFlag).padStart(9)} ${String(x.found).padStart(6)} ${pct(x.found, x.mustFlag).padStart(7)} ${String(x.mustNot).padStart(9)} ${String(x.violated).padStart(6)} ${precision.padStart(9)}`,
    );
  }
  lines.push('');
  lines.push(`Listings with no blocking problem that got a blocking finding: ${r.falseBlocking}/${r.noBlockingProblem} = ${pct(r.falseBlocking, r.noBlockingProblem)} (target ≤ 1%)`);
  lines.push(`"Must not flag" labels violated: ${r.mustNotViolated}/${r.mustNot} = ${pct(r.mustNotViolated, r.mustNot)} (target ≤ 3%)`);
  lines.push(`"Must flag" labels found: ${r.mustFlagFound}/${r.mustFlag} = ${pct(r.mustFlagFound, r.mustFlag)} (target ≥ 90%)`);
  lines.push('');
  lines.push('Other labels (passed/checked):');
  for (const [kind, x] of Object.entries(r.other)) lines.push(`  ${kind.padEnd(26)} ${x.passed}/${x.checked} = ${pct(x.passed, x.checked)}`);
  return lines.join('\n');
}
