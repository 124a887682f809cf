import type { DraftService } from '../../shared/drafts/service';
import { draftKeyFor, newManualKey } from '../../shared/storage/draft-keys';

/**
 * The draft service, loaded after the first screen: IndexedDB's library (Dexie) is a quarter of the page's
 * JavaScript and nothing on the first screen needs it before the seller types. Until it is here, every call waits
 * for it; after, calls go straight through (Dexie's live queries must only await Dexie's own promises). Nothing
 * is lost meanwhile: a draft is made on the first change, which waits for the storage like any save.
 */
export function lazyDraftService(load: () => Promise<DraftService>): DraftService & { loaded: Promise<DraftService> } {
  let service: DraftService | null = null;
  const loaded = load().then((s) => (service = s));
  type Method = { [K in keyof DraftService]: DraftService[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof DraftService];
  const call =
    <K extends Method>(name: K) =>
    (...args: Parameters<DraftService[K]>) =>
      service ? (service[name] as (...a: unknown[]) => unknown)(...args) : loaded.then((s) => (s[name] as (...a: unknown[]) => unknown)(...args));
  /** A watch starts once the service is here; stopping it before then means it never starts. */
  const later =
    <A extends unknown[]>(start: (s: DraftService, ...args: A) => () => void) =>
    (...args: A) => {
      if (service) return start(service, ...args);
      let stop: (() => void) | null = null;
      let stopped = false;
      void loaded.then((s) => {
        if (!stopped) stop = start(s, ...args);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    };
  const facade = {
    get db() {
      if (!service) throw new Error('The draft storage is still loading.');
      return service.db;
    },
    loaded,
    draftKeyFor,
    newManualKey: () => newManualKey(),
    findDraft: call('findDraft'),
    openDraft: call('openDraft'),
    saveDraft: call('saveDraft'),
    listDrafts: call('listDrafts'),
    countDrafts: call('countDrafts'),
    listRevisions: call('listRevisions'),
    restoreRevision: call('restoreRevision'),
    resolveConflict: call('resolveConflict'),
    deleteDraft: call('deleteDraft'),
    undoDelete: call('undoDelete'),
    purgeTrash: call('purgeTrash'),
    compactDraft: call('compactDraft'),
    exportAll: call('exportAll'),
    exportFile: call('exportFile'),
    importAll: call('importAll'),
    requestPersistence: call('requestPersistence'),
    watchDraft: later((s, key: Parameters<DraftService['watchDraft']>[0], onChange: Parameters<DraftService['watchDraft']>[1]) => s.watchDraft(key, onChange)),
    watch: later((s, ...args: Parameters<DraftService['watch']>) => s.watch(...args)),
  };
  return facade as unknown as DraftService & { loaded: Promise<DraftService> };
}
