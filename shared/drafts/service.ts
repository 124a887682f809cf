import { liveQuery } from 'dexie';
import { exportFileName } from '../export/parse';
import type { Listing } from '../listing/schema';
import type { PageInfo } from '../marketplaces/types';
import type { AppDB } from '../storage/db';
import { requestPersistentStorage, type Persistence } from '../storage/persist';
import { compactDraft, listRevisions } from './history';
import { draftKeyFor, newManualKey } from '../storage/draft-keys';
import { countDrafts, findDraft, listDrafts } from './list';
import { openDraft, resolveConflict, restoreRevision, saveDraft } from './save';
import { deleteDraft, purgeTrash, undoDelete } from './trash';
import { exportAll, importAll } from './transfer';
import type { ConflictChoice, Draft, DraftKey, ListQuery, PreferencesStore, SaveInput } from './types';

export type * from './types';
export { InvalidDraftError } from './save';
export { draftKeyFor, newManualKey, isDraftKey } from '../storage/draft-keys';

export interface DraftServiceOptions {
  now?: () => number;
  /** The app's own preferences store: the export carries them, an import fills in what is missing. */
  preferences: PreferencesStore;
}

/**
 * The one way to Rapi's drafts, for extension pages (side panel, drafts page). Content scripts never call it:
 * IndexedDB there would belong to the marketplace's page.
 *
 * Side panel, in short:
 *   const key = draftKeyFor(tabState.page) ?? newManualKey();
 *   const existing = await drafts.findDraft(key);            // offer "Lanjutkan draf" when not null
 *   const draft = await drafts.openDraft(key, { original }); // or createDraftSession(...) for autosave + status
 *   const result = await drafts.saveDraft({ key, listing, baseRev: draft.rev, editorId });
 */
export function createDraftService(db: AppDB, options: DraftServiceOptions) {
  const now = options.now ?? Date.now;
  const { preferences } = options;
  return {
    db,
    draftKeyFor: (page: PageInfo) => draftKeyFor(page),
    newManualKey: () => newManualKey(),
    /** The draft for a product, or null: the side panel offers "Lanjutkan draf" when there is one. */
    findDraft: (key: DraftKey) => findDraft(db, key),
    /** The draft for `key`, created from `init` (the page's listing as `original`) when there is none. */
    openDraft: (key: DraftKey, init: { listing?: Listing; original?: Listing } = {}) => openDraft(db, key, init, now()),
    saveDraft: (input: SaveInput) => saveDraft(db, input, now()),
    listDrafts: (query?: ListQuery) => listDrafts(db, query),
    countDrafts: (query?: string) => countDrafts(db, query),
    listRevisions: (key: DraftKey) => listRevisions(db, key),
    restoreRevision: (key: DraftKey, rev: number, editor: { baseRev: number; editorId: string }) => restoreRevision(db, key, rev, editor, now()),
    resolveConflict: (key: DraftKey, copyId: string, choice: ConflictChoice) => resolveConflict(db, key, copyId, choice, now()),
    deleteDraft: (key: DraftKey) => deleteDraft(db, key, now()),
    undoDelete: (key: DraftKey) => undoDelete(db, key),
    purgeTrash: () => purgeTrash(db, now()),
    compactDraft: (key: DraftKey) => compactDraft(db, key, now()),
    exportAll: () => exportAll(db, preferences, now()),
    /** The export as a file's name and text, ready to download. */
    async exportFile(): Promise<{ name: string; text: string }> {
      const file = await exportAll(db, preferences, now());
      return { name: exportFileName(new Date(file.exportedAt)), text: JSON.stringify(file) };
    },
    importAll: (file: string | Blob) => importAll(db, preferences, file, now()),
    requestPersistence: (): Promise<Persistence> => requestPersistentStorage(db),
    /**
     * Calls `onChange` with the stored draft whenever it changes, in this page or another (Dexie's liveQuery
     * spreads changes between extension pages). Returns the function that stops watching.
     */
    watchDraft(key: DraftKey, onChange: (draft: Draft | null) => void): () => void {
      return watch(() => findDraft(db, key), onChange);
    },
    /** Re-runs a read of this service (a list page, a draft's history) whenever the data it read changes. */
    watch,
  };
}

/** Dexie's liveQuery, reduced to a callback and an unsubscribe function. */
function watch<T>(read: () => Promise<T>, onChange: (value: T) => void, onError?: (error: unknown) => void): () => void {
  const subscription = liveQuery(read).subscribe({
    next: onChange,
    // A closed database (the extension updating, a wipe): the next read or save reopens it.
    error: (error: unknown) => onError?.(error),
  });
  return () => subscription.unsubscribe();
}

export type DraftService = ReturnType<typeof createDraftService>;
