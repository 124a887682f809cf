import type { BilingualText } from '../i18n/text';
import type { Listing, ListingInput, Marketplace } from '../listing/schema';
import type { ConflictCopy, DraftKey, DraftRow } from '../storage/drafts-table';
import type { RevisionRow } from '../storage/revisions-table';

export type { ConflictCopy, DraftKey } from '../storage/drafts-table';

/**
 * Where the app keeps the seller's preferences (language …): browser.storage.local in the extension, localStorage
 * on the phone. The export carries them through this store rather than a copy of it.
 */
export interface PreferencesStore {
  read(): Promise<Record<string, unknown>>;
  /** Applies preferences from a file where this device has none of its own; returns how many were applied. */
  merge(incoming: Record<string, unknown>): Promise<number>;
}

/** A stored draft: the seller's improved listing for one product, with the original read from the page. */
export type Draft = DraftRow;
export type Revision = RevisionRow;

export interface SaveInput {
  key: DraftKey;
  listing: Listing | ListingInput;
  /** The revision the editor started from (0 for a draft that does not exist yet). */
  baseRev: number;
  /** Names the window or panel that saves, so its own conflict copy is updated rather than added again. */
  editorId: string;
  /** The listing as read from the page, stored the first time it is known. */
  original?: Listing;
}

/**
 * saved: this is now the draft's current version, revision `rev` (unchanged: it already was; no new revision).
 * conflict: another window saved since `baseRev`. Nothing was overwritten: the draft keeps the other window's
 * version and this one is kept beside it as `mine` (a conflict copy) until the seller chooses.
 */
export type SaveResult =
  | { status: 'saved'; draft: Draft; rev: number; unchanged: boolean }
  | { status: 'conflict'; draft: Draft; mine: ConflictCopy };

/** What to do with a conflict copy: make it the current version, or let it go (the seller's explicit choice). */
export type ConflictChoice = 'use-copy' | 'drop-copy';

export type DraftSort = 'updated' | 'score-low' | 'score-high';

export interface ListQuery {
  /** Words matched as prefixes against the title, brand, category and shop ("kop gay" finds "Kopi Gayo"). */
  query?: string;
  sort?: DraftSort;
  limit?: number;
  offset?: number;
}

/** One line of the drafts list. */
export interface DraftSummary {
  key: DraftKey;
  title: string;
  marketplace: Marketplace;
  score: number;
  originalScore?: number;
  rev: number;
  createdAt: number;
  updatedAt: number;
  /** Other versions waiting for the seller's choice. */
  conflicts: number;
  sourceUrl?: string;
}

export interface DraftPage {
  items: DraftSummary[];
  /** More drafts after this page. */
  hasMore: boolean;
  /**
   * How many drafts match, when it came for free (a search). Counting all drafts costs Chromium a walk over
   * the whole index (about 50 ms for 10,000), so the plain list leaves it to countDrafts(), asked separately.
   */
  total?: number;
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Drafts where this device already had a newer version (kept). */
  keptNewer: number;
  /** Drafts changed on both sides: both versions kept, the seller chooses. */
  conflicts: { key: DraftKey; title: string }[];
  settings: number;
  message: BilingualText;
}

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; problem: BilingualText };
