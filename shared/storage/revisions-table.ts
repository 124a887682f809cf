import { z } from 'zod';
import { Listing } from '../listing/schema';
import { ExportedDraftKey, Rev, RevisionKind, Timestamp } from '../export/schema';

/**
 * revisions: a draft's history, numbered per draft (1, 2, 3 …): one revision per editing session, moved forward to
 * the session's newest text at each save (editing-sessions.ts), so numbers skip the saves in between. Compaction
 * thins old days to one per day (shared/drafts/compaction.ts); the draft's current revision is never removed.
 */
export const RevisionRow = z.object({
  /** `${draftId}#${rev}`: one string key, so export, import and merge work by id. */
  id: z.string(),
  draftId: ExportedDraftKey,
  rev: Rev,
  listing: Listing,
  savedAt: Timestamp,
  kind: RevisionKind,
  score: z.number().int().min(0).max(100),
  /** The editor (side panel or tab) whose editing session this revision is; absent before sessions (version 5). */
  editor: z.string().optional(),
  /** When its editing session began; `savedAt` is when it last saved. */
  startedAt: Timestamp.optional(),
});
export type RevisionRow = z.infer<typeof RevisionRow>;

export function revisionId(draftId: string, rev: number): string {
  return `${draftId}#${rev}`;
}

export const REVISIONS_STORE = 'id, [draftId+rev]';
