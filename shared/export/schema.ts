import { z } from 'zod';
import { bi, type BilingualText } from '../i18n/text';
import { Listing } from '../listing/schema';
import { ExportedShowcaseItems, ExportedShowcases, showcaseProblems } from './showcase';
import { ExportedSessions } from './session';

/**
 * Rapi's export file: everything the seller keeps on this device (drafts, their history, settings; later also
 * coaching sessions and showcase items) in one versioned JSON file. This is a contract with files already saved on
 * sellers' computers, so it evolves apart from the database: a new database version never changes what a
 * version-1 file means. A new file version gets its own schema beside this one and a step that reads the old one.
 */
export const EXPORT_FORMAT = 'rapi-export' as const;
export const EXPORT_VERSION = 1;

/** Limits that keep a hostile file from exhausting memory; far above what a real seller or trainer keeps. */
export const EXPORT_LIMITS = {
  fileBytes: 64 * 1024 * 1024,
  drafts: 50_000,
  revisions: 2_000_000,
  settings: 1_000,
  entities: 100_000,
  keyLength: 400,
} as const;

/** Milliseconds since 1970, within a range a real clock gives (a file claiming the year 3000 is refused). */
export const Timestamp = z
  .number()
  .int()
  .min(0)
  .max(Date.UTC(2200, 0, 1));

/** marketplace + item, seller form, or manual id: see shared/storage/draft-keys.ts for how keys are made. */
export const ExportedDraftKey = z
  .string()
  .min(3)
  .max(EXPORT_LIMITS.keyLength)
  .regex(/^(shopee|tokopedia|other|manual):\S+$/u, 'not a Rapi draft key');

export const Rev = z.number().int().min(1).max(1_000_000_000);

/** A version of a draft kept beside the current one until the seller chooses (two windows, or an import). */
export const ExportedConflictCopy = z.object({
  id: z.string().min(1).max(200),
  listing: Listing,
  baseRev: z.number().int().min(0).max(1_000_000_000),
  savedAt: Timestamp,
  source: z.enum(['window', 'import']),
});

export const ExportedDraft = z.object({
  key: ExportedDraftKey,
  listing: Listing,
  /** The listing as read from the marketplace page, for compare; absent for drafts typed by hand. */
  original: Listing.optional(),
  rev: Rev,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  conflicts: z.array(ExportedConflictCopy).max(100).default([]),
});
export type ExportedDraft = z.infer<typeof ExportedDraft>;

export const RevisionKind = z.enum(['created', 'edit', 'restore', 'conflict', 'import']);
export type RevisionKind = z.infer<typeof RevisionKind>;

export const ExportedRevision = z.object({
  draftKey: ExportedDraftKey,
  rev: Rev,
  listing: Listing,
  savedAt: Timestamp,
  kind: RevisionKind,
  /** When the editing session that ended at `savedAt` began (optional: files written before sessions lack it). */
  startedAt: Timestamp.optional(),
});
export type ExportedRevision = z.infer<typeof ExportedRevision>;

/** A JSON value: what settings may hold. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const JsonValue: z.ZodType<Json> = z.json();

export const ExportedSetting = z.object({
  key: z.string().min(1).max(200),
  value: JsonValue,
  updatedAt: Timestamp,
});
export type ExportedSetting = z.infer<typeof ExportedSetting>;

/**
 * The seam for the curation issue's coaching sessions and showcase items: any object with an id and a time of
 * last change, merged by id like drafts (newer wins). Their owners give these a precise schema when they exist;
 * until then they pass through unchanged.
 */
export const ExportedEntity = z.looseObject({
  id: z.string().min(1).max(EXPORT_LIMITS.keyLength),
  updatedAt: Timestamp,
});
export type ExportedEntity = z.infer<typeof ExportedEntity>;

export const ExportFileV1 = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(1),
    exportedAt: Timestamp,
    /** Which Rapi wrote the file (informative only). */
    app: z.object({ name: z.string().max(100), version: z.string().max(50) }).optional(),
    drafts: z.array(ExportedDraft).max(EXPORT_LIMITS.drafts),
    revisions: z.array(ExportedRevision).max(EXPORT_LIMITS.revisions),
    /** Rapi's own stored settings (the database's settings table). */
    settings: z.array(ExportedSetting).max(EXPORT_LIMITS.settings).default([]),
    /** The panel's preferences (language …) as kept in browser.storage.local; checked again by their owner on import. */
    preferences: z.record(z.string().max(200), JsonValue).default({}),
    /** Coaching sessions, each a whole document (./session.ts): one bad session refuses the file. */
    sessions: ExportedSessions.default([]),
    /** Showcases and their items (./showcase.ts); items written by database version 2 are still read. */
    showcases: ExportedShowcases.default([]),
    showcase: ExportedShowcaseItems.default([]),
  })
  .superRefine((file, ctx) => {
    // A file that contradicts itself is refused whole: merging half of it would leave drafts without history.
    // Each issue carries its words for the seller (params.text, read by ./issue-text.ts).
    const problem = (text: BilingualText) => ctx.addIssue({ code: 'custom', message: text.en, params: { text } });
    for (const text of showcaseProblems(file.showcases, file.showcase)) problem(text);
    const keys = new Set<string>();
    for (const draft of file.drafts) {
      if (keys.has(draft.key)) problem(bi(`draf "${draft.key}" ada dua kali`, `duplicate draft "${draft.key}"`));
      keys.add(draft.key);
    }
    const revIds = new Set<string>();
    for (const rev of file.revisions) {
      const id = `${rev.draftKey}#${rev.rev}`;
      if (!keys.has(rev.draftKey)) problem(bi(`ada riwayat untuk draf "${rev.draftKey}" yang tidak ada di file`, `revision of a missing draft "${rev.draftKey}"`));
      if (revIds.has(id)) problem(bi(`revisi ${rev.rev} draf "${rev.draftKey}" ada dua kali`, `duplicate revision ${rev.rev} of draft "${rev.draftKey}"`));
      revIds.add(id);
    }
    for (const draft of file.drafts) {
      if (!revIds.has(`${draft.key}#${draft.rev}`)) {
        problem(bi(`draf "${draft.key}" tidak punya revisi terakhirnya (${draft.rev}) di riwayat`, `draft "${draft.key}" lacks its current revision ${draft.rev}`));
      }
    }
  });
export type ExportFileV1 = z.infer<typeof ExportFileV1>;
export type ExportFileInput = z.input<typeof ExportFileV1>;

/** The current file version's schema and type. */
export const ExportFile = ExportFileV1;
export type ExportFile = ExportFileV1;
