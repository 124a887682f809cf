import { z } from 'zod';
import { Listing } from '../listing/schema';
import { ExportedConflictCopy, ExportedDraftKey, Rev, Timestamp } from '../export/schema';

/**
 * drafts: one row per product the seller is improving. `listing` is the current version (revision `rev`);
 * every earlier version is in the revisions table. The row also carries fields derived from the listing so the
 * drafts list can be sorted and searched from indexes alone (score, words, trashed).
 */
export const DraftKey = ExportedDraftKey;
export type DraftKey = z.infer<typeof DraftKey>;

/** Another version of this draft, kept until the seller chooses (written by a second window, or an import). */
export const ConflictCopy = ExportedConflictCopy;
export type ConflictCopy = z.infer<typeof ConflictCopy>;

export const DraftRow = z.object({
  id: DraftKey,
  listing: Listing,
  original: Listing.optional(),
  rev: Rev,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** checkListing(listing).score, kept for sorting. */
  score: z.number().int().min(0).max(100),
  originalScore: z.number().int().min(0).max(100).optional(),
  /** Lower-case words of the title, brand, category and shop, for prefix search (a multi-entry index). */
  words: z.array(z.string()),
  /** 1 while deleted and still undoable. A number, not a boolean: IndexedDB cannot index booleans. */
  trashed: z.union([z.literal(0), z.literal(1)]),
  deletedAt: Timestamp.optional(),
  conflicts: z.array(ConflictCopy),
});
export type DraftRow = z.infer<typeof DraftRow>;

/** The current index list (see versions.ts for each version's). */
export const DRAFTS_STORE = 'id, [trashed+updatedAt], [trashed+score], *words';
