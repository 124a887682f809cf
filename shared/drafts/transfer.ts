import { EXPORT_FORMAT, EXPORT_LIMITS, type ExportFile, type ExportedDraft, type ExportedRevision, type ExportedEntity } from '../export/schema';
import { IMPORT_PROBLEMS } from '../export/messages';
import { parseExportText } from '../export/parse';
import { bi, type BilingualText } from '../i18n/text';
import type { AppDB } from '../storage/db';
import { listingScore, listingWords } from '../storage/derive';
import type { ConflictCopy, DraftRow } from '../storage/drafts-table';
import { DEVICE_SETTINGS } from '../storage/settings-table';
import { revisionId, type RevisionRow } from '../storage/revisions-table';
import { isQuotaError } from '../storage/errors';
import { mergeShowcases } from '../storage/showcase-transfer';
import { revisionsOf } from './history';
import { revisionRow, withListing } from './rows';
import { sameListing } from './same-listing';
import type { DraftKey, ImportOutcome, ImportReport, PreferencesStore } from './types';

const APP = { name: 'Rapi', version: '0.1.0' };

/** Everything Rapi keeps on this device, as one export file (deleted drafts and the photo cache stay out). */
export async function exportAll(db: AppDB, preferences: PreferencesStore, now: number): Promise<ExportFile> {
  const file: ExportFile = await db.transaction('r', [db.drafts, db.revisions, db.settings, db.sessions, db.showcaseItems, db.showcases], async () => {
    const drafts = (await db.drafts.toArray()).filter((d) => !d.trashed).sort((a, b) => (a.id < b.id ? -1 : 1));
    const live = new Set(drafts.map((d) => d.id));
    const revisions = (await db.revisions.toArray())
      .filter((r) => live.has(r.draftId))
      .sort((a, b) => (a.draftId === b.draftId ? a.rev - b.rev : a.draftId < b.draftId ? -1 : 1));
    return {
      format: EXPORT_FORMAT,
      version: 1 as const,
      exportedAt: now,
      app: APP,
      drafts: drafts.map(toExportedDraft),
      revisions: revisions.map(toExportedRevision),
      settings: (await db.settings.toArray()).filter((s) => !DEVICE_SETTINGS.has(s.key)).map(({ key, value, updatedAt }) => ({ key, value, updatedAt })),
      preferences: {},
      sessions: await db.sessions.toArray(),
      showcases: await db.showcases.toArray(),
      showcase: await db.showcaseItems.toArray(),
    };
  });
  file.preferences = JSON.parse(JSON.stringify(await preferences.read())) as ExportFile['preferences'];
  return file;
}

function toExportedDraft(row: DraftRow): ExportedDraft {
  const draft: ExportedDraft = {
    key: row.id,
    listing: row.listing,
    rev: row.rev,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    conflicts: row.conflicts,
  };
  if (row.original) draft.original = row.original;
  return draft;
}

function toExportedRevision(row: RevisionRow): ExportedRevision {
  return { draftKey: row.draftId, rev: row.rev, listing: row.listing, savedAt: row.savedAt, kind: row.kind, ...(row.startedAt ? { startedAt: row.startedAt } : {}) };
}

const STORAGE_FAILED = bi(
  'Rapi tidak bisa menyimpan data dari file ini (penyimpanan browser mungkin penuh). Tidak ada yang diubah.',
  'Rapi could not store the data from this file (the browser storage may be full). Nothing was changed.',
);
const STORAGE_FULL = bi(
  'Penyimpanan browser Anda penuh, jadi data dari file ini tidak bisa disimpan. Tidak ada yang diubah. Kosongkan ruang disk, lalu coba lagi.',
  'Your browser storage is full, so the data from this file cannot be stored. Nothing was changed. Free some disk space, then try again.',
);

/**
 * Reads an export file and merges it in one transaction: all of it or none of it. Never throws: a bad file or
 * a storage failure gives a bilingual problem and leaves everything as it was.
 */
export async function importAll(db: AppDB, preferences: PreferencesStore, input: string | Blob, now: number): Promise<ImportOutcome> {
  let text: string;
  try {
    if (typeof input !== 'string' && input.size > EXPORT_LIMITS.fileBytes) {
      return { ok: false, problem: IMPORT_PROBLEMS.tooBig(EXPORT_LIMITS.fileBytes / 1024 / 1024) };
    }
    text = typeof input === 'string' ? input : await input.text();
  } catch {
    return { ok: false, problem: IMPORT_PROBLEMS.unreadable };
  }
  const parsed = parseExportText(text);
  if (!parsed.ok) return parsed;
  let report: ImportReport;
  try {
    report = await mergeFile(db, parsed.file, now);
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? STORAGE_FULL : STORAGE_FAILED };
  }
  try {
    report.settings += await preferences.merge(parsed.file.preferences);
  } catch {
    // The drafts are in; a preference that could not be applied is not worth failing the import for.
  }
  report.message = importMessage(report);
  return { ok: true, report };
}

/**
 * Merge by id. For each draft in the file:
 * - new here → added, with its history;
 * - same current version → unchanged (missing history is filled in);
 * - the file continues this device's version (its history holds our current revision) → updated;
 * - this device continues the file's version → kept (ours is newer);
 * - both changed since they parted → conflict: the newer becomes current, the other is kept as a conflict copy
 *   beside it, and the report names the draft so the seller can choose.
 */
async function mergeFile(db: AppDB, file: ExportFile, now: number): Promise<ImportReport> {
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, keptNewer: 0, conflicts: [], settings: 0, message: { id: '-', en: '-' } };
  const revsByDraft = new Map<string, ExportedRevision[]>();
  for (const r of file.revisions) {
    const list = revsByDraft.get(r.draftKey) ?? [];
    list.push(r);
    revsByDraft.set(r.draftKey, list);
  }
  await db.transaction('rw', [db.drafts, db.revisions, db.settings, db.sessions, db.showcaseItems, db.showcases], async () => {
    for (const draft of file.drafts) {
      const fileRevs = (revsByDraft.get(draft.key) ?? []).map(fromExportedRevision);
      const local = await db.drafts.get(draft.key);
      if (!local || local.trashed) {
        if (local) await revisionsOf(db, draft.key).delete();
        await db.drafts.put(fromExportedDraft(draft));
        await db.revisions.bulkPut(fileRevs);
        report.added++;
        continue;
      }
      const localRevs = new Map((await revisionsOf(db, draft.key).toArray()).map((r) => [r.rev, r]));
      const fillHistory = () => db.revisions.bulkPut(fileRevs.filter((r) => !localRevs.has(r.rev)));
      if (sameListing(draft.listing, local.listing)) {
        await fillHistory();
        await db.drafts.put({ ...local, conflicts: mergeCopies(local, draft.conflicts) });
        report.unchanged++;
        continue;
      }
      const fileHasOurs = fileRevs.some((r) => r.rev === local.rev && sameListing(r.listing, local.listing));
      const oursHasFile = sameListing(localRevs.get(draft.rev)?.listing, draft.listing);
      if (fileHasOurs && draft.rev > local.rev) {
        const row = fromExportedDraft(draft);
        await db.drafts.put({ ...row, createdAt: Math.min(row.createdAt, local.createdAt), conflicts: mergeCopies(local, row.conflicts) });
        await db.revisions.bulkPut(fileRevs);
        report.updated++;
        continue;
      }
      if (oursHasFile && local.rev >= draft.rev) {
        await fillHistory();
        await db.drafts.put({ ...local, conflicts: mergeCopies(local, draft.conflicts) });
        report.keptNewer++;
        continue;
      }
      await fillHistory();
      const top = Math.max(local.rev, draft.rev, ...localRevs.keys(), ...fileRevs.map((r) => r.rev));
      let row: DraftRow;
      if (draft.updatedAt > local.updatedAt) {
        const kept: ConflictCopy = { id: `device:${local.rev}:${local.updatedAt}`, listing: local.listing, baseRev: local.rev, savedAt: local.updatedAt, source: 'import' };
        row = { ...withListing(local, draft.listing, top + 1, draft.updatedAt), original: local.original ?? draft.original };
        row = { ...row, conflicts: mergeCopies(row, [...draft.conflicts, kept]) };
        await db.revisions.put(revisionRow(draft.key, top + 1, draft.listing, now, 'import'));
      } else {
        const theirs: ConflictCopy = { id: `import:${draft.rev}:${draft.updatedAt}`, listing: draft.listing, baseRev: draft.rev, savedAt: draft.updatedAt, source: 'import' };
        row = { ...local, conflicts: mergeCopies(local, [...draft.conflicts, theirs]) };
      }
      await db.drafts.put(row);
      report.conflicts.push({ key: draft.key as DraftKey, title: draft.listing.title || local.listing.title });
    }
    for (const setting of file.settings) {
      if (DEVICE_SETTINGS.has(setting.key)) continue;
      const local = await db.settings.get(setting.key);
      if (local && local.updatedAt >= setting.updatedAt) continue;
      await db.settings.put(setting);
      report.settings++;
    }
    await mergeEntities(db.sessions, file.sessions);
    await mergeShowcases(db, file);
  });
  return report;
}

/** Conflict copies of both sides, once each, leaving out any that equal the current version. */
function mergeCopies(row: DraftRow, incoming: readonly ConflictCopy[]): ConflictCopy[] {
  const byId = new Map(row.conflicts.map((c) => [c.id, c]));
  for (const copy of incoming) if (!byId.has(copy.id)) byId.set(copy.id, copy);
  const unique: ConflictCopy[] = [];
  for (const copy of byId.values()) {
    if (sameListing(copy.listing, row.listing) || unique.some((u) => sameListing(u.listing, copy.listing))) continue;
    unique.push(copy);
  }
  return unique;
}

/** What mergeEntities needs of a table; each table keeps its own row type. */
interface DocumentTable<T> {
  get(id: string): PromiseLike<T | undefined>;
  put(row: T): PromiseLike<unknown>;
}

/** Sessions and showcase items are whole documents: the newer one wins. */
async function mergeEntities<T extends { id: string; updatedAt: number }>(table: DocumentTable<NoInfer<T>>, incoming: readonly T[]): Promise<void> {
  for (const entity of incoming) {
    const local = await table.get(entity.id);
    if (!local || local.updatedAt < entity.updatedAt) await table.put(entity);
  }
}

function fromExportedDraft(draft: ExportedDraft): DraftRow {
  const row: DraftRow = {
    id: draft.key,
    listing: draft.listing,
    rev: draft.rev,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    score: listingScore(draft.listing),
    words: listingWords(draft.listing),
    trashed: 0,
    conflicts: draft.conflicts,
  };
  if (draft.original) {
    row.original = draft.original;
    row.originalScore = listingScore(draft.original);
  }
  return row;
}

function fromExportedRevision(r: ExportedRevision): RevisionRow {
  return { id: revisionId(r.draftKey, r.rev), draftId: r.draftKey, rev: r.rev, listing: r.listing, savedAt: r.savedAt, kind: r.kind, score: listingScore(r.listing), ...(r.startedAt ? { startedAt: r.startedAt } : {}) };
}

function importMessage(r: ImportReport): BilingualText {
  const id: string[] = [];
  const en: string[] = [];
  if (r.added) id.push(`${r.added} draf ditambahkan`), en.push(`${r.added} drafts added`);
  if (r.updated) id.push(`${r.updated} draf diperbarui`), en.push(`${r.updated} drafts updated`);
  if (r.unchanged) id.push(`${r.unchanged} draf sudah sama`), en.push(`${r.unchanged} drafts already the same`);
  if (r.keptNewer) id.push(`${r.keptNewer} draf di perangkat ini lebih baru, jadi tetap dipakai`), en.push(`${r.keptNewer} drafts are newer on this device and were kept`);
  if (r.settings) id.push(`${r.settings} pengaturan dipulihkan`), en.push(`${r.settings} settings restored`);
  let idText = id.length ? `Impor selesai: ${id.join(', ')}.` : 'Impor selesai. File ini tidak berisi draf.';
  let enText = en.length ? `Import done: ${en.join(', ')}.` : 'Import done. This file holds no drafts.';
  if (r.conflicts.length) {
    const titles = r.conflicts.slice(0, 3).map((c) => `"${c.title || c.key}"`).join(', ');
    const more = r.conflicts.length > 3 ? ` …` : '';
    idText += ` ${r.conflicts.length} draf diubah di dua tempat (${titles}${more}). Kedua versi disimpan: buka draf bertanda "Ada 2 versi" untuk memilih.`;
    enText += ` ${r.conflicts.length} drafts were changed in two places (${titles}${more}). Both versions were kept: open the drafts marked "2 versions" to choose.`;
  }
  return { id: idText, en: enText };
}
