import type { Dexie, Transaction } from 'dexie';
import { listingScore, listingWords } from './derive';
import { DRAFTS_STORE } from './drafts-table';
import { upgradeRevisionsToSessions } from './editing-sessions';
import { PHOTO_RESULTS_STORE } from './photo-results-table';
import { REVISIONS_STORE } from './revisions-table';
import { SESSIONS_STORE } from './sessions-table';
import { SETTINGS_STORE } from './settings-table';
import { SHOWCASE_ITEMS_STORE } from './showcase-items-table';
import { SHOWCASES_STORE } from './showcases-table';
import { upgradeSeamShowcaseItems } from './showcase-legacy';

/**
 * Every version of the database, oldest first. Never edit a shipped version: add the next one, with an upgrade
 * that turns rows of the previous shape into the new one, and a fixture of the old shape in tests/fixtures/db/
 * (vNN.json) so tests/unit/storage/migrations.test.ts opens a database written by it and checks nothing was lost.
 */
export interface SchemaVersion {
  version: number;
  /** What changed, for people reading this list. */
  note: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    note: 'drafts (by key, sorted by last edit), revisions, settings',
    stores: {
      drafts: 'id, updatedAt',
      revisions: 'id, [draftId+rev]',
      settings: SETTINGS_STORE,
    },
  },
  {
    version: 2,
    note:
      'drafts: score, search words and soft delete (undo) as indexes; revisions: score; ' +
      'new tables photoResults (by image hash), sessions and showcase (the curation issue)',
    stores: {
      drafts: DRAFTS_STORE,
      revisions: REVISIONS_STORE,
      settings: SETTINGS_STORE,
      photoResults: PHOTO_RESULTS_STORE,
      sessions: SESSIONS_STORE,
      // As shipped in version 2 (SHOWCASE_ITEMS_STORE has moved on since).
      showcase: 'id, updatedAt',
    },
    async upgrade(tx) {
      await tx
        .table('drafts')
        .toCollection()
        .modify((draft: Record<string, any>) => {
          draft.score = listingScore(draft.listing);
          if (draft.original) draft.originalScore = listingScore(draft.original);
          draft.words = listingWords(draft.listing);
          draft.trashed = 0;
          draft.conflicts ??= [];
        });
      await tx
        .table('revisions')
        .toCollection()
        .modify((revision: Record<string, any>) => {
          revision.score = listingScore(revision.listing);
          revision.kind ??= 'edit';
        });
    },
  },
  {
    version: 3,
    note:
      'showcases (one per café or page: the feed title and curator); showcase items get their showcase, order ' +
      'and feed item ([showcaseId+position] index); version 2 rows (id, updatedAt, draftKey, note) move into ' +
      'one showcase, their item made from their draft',
    stores: {
      drafts: DRAFTS_STORE,
      revisions: REVISIONS_STORE,
      settings: SETTINGS_STORE,
      photoResults: PHOTO_RESULTS_STORE,
      sessions: SESSIONS_STORE,
      // As shipped in version 3 (its index list is SHOWCASE_ITEMS_STORE's).
      showcase: 'id, updatedAt, [showcaseId+position]',
      showcases: SHOWCASES_STORE,
    },
    upgrade: (tx) => upgradeSeamShowcaseItems(tx),
  },
  {
    version: 4,
    note: 'the showcase table (the items) becomes showcaseItems beside showcases: every row moves, the old table goes',
    stores: {
      drafts: DRAFTS_STORE,
      revisions: REVISIONS_STORE,
      settings: SETTINGS_STORE,
      photoResults: PHOTO_RESULTS_STORE,
      sessions: SESSIONS_STORE,
      showcase: null,
      showcaseItems: SHOWCASE_ITEMS_STORE,
      showcases: SHOWCASES_STORE,
    },
    // Dexie reads a table it deletes in the same version's upgrade, then deletes it.
    async upgrade(tx) {
      await tx.table('showcaseItems').bulkPut(await tx.table('showcase').toArray());
    },
  },
  {
    version: 5,
    note:
      'revisions: one per editing session (shared/storage/editing-sessions.ts) with its editor and start ' +
      '(startedAt); a history saved one revision per pause keeps only the last revision of each run of edits',
    stores: {
      drafts: DRAFTS_STORE,
      revisions: REVISIONS_STORE,
      settings: SETTINGS_STORE,
      photoResults: PHOTO_RESULTS_STORE,
      sessions: SESSIONS_STORE,
      showcaseItems: SHOWCASE_ITEMS_STORE,
      showcases: SHOWCASES_STORE,
    },
    upgrade: (tx) => upgradeRevisionsToSessions(tx),
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares versions 1 … `upTo` on a Dexie instance (the migration test stops early to write old databases). */
export function declareVersions(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
