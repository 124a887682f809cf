import { z } from 'zod';
import { Listing } from '../listing/schema';
import { ExportedDraftKey, Rev, RevisionKind, Timestamp } from '../export/schema';

/**
 * revisions: every save of a draft, numbered per draft (1, 2, 3 …). Compaction thins old days to one per day
 * (shared/drafts/compaction.ts); the draft's current revision is never removed.
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
});
export type RevisionRow = z.infer<typeof RevisionRow>;

export function revisionId(draftId: string, rev: number): string {
  return `${draftId}#${rev}`;
}

export const REVISIONS_STORE = 'id, [draftId+rev]';
