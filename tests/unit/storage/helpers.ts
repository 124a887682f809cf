import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '../../../shared/storage/db';
import { type DraftServiceOptions } from '../../../shared/drafts/service';
import { createExtensionDraftService } from '../../../extension/drafts/service';

/** A browser's IndexedDB, fresh for each test: nothing leaks between tests. */
export function fakeIndexedDB() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export type FakeIDB = ReturnType<typeof fakeIndexedDB>;

/** Rapi's database in a fresh fake IndexedDB (or in `idb`, to open a second connection like a second window). */
export function freshDB(idb: FakeIDB = fakeIndexedDB(), name = 'rapi'): AppDB {
  return new AppDB(name, idb);
}

/** A draft service over a fresh database, with a clock the test moves. */
export function freshService(options: Partial<DraftServiceOptions> & { idb?: FakeIDB } = {}) {
  const clock = { now: Date.UTC(2026, 4, 14, 5, 0, 0) };
  const db = freshDB(options.idb);
  const service = createExtensionDraftService(db, { now: () => clock.now, ...options });
  return { db, service, clock };
}

/** A page's localStorage, in memory (the journal and the manual draft's key live there); `map` shows what it holds. */
export function memoryStorage(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}
