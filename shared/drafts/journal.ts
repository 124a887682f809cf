import { z } from 'zod';
import { Listing } from '../listing/schema';

/**
 * A write-ahead note of what the seller typed and IndexedDB has not stored yet. It is written synchronously on
 * every edit (localStorage), because an IndexedDB save that starts as a page closes, or in a page that crashes,
 * may never run: the next session for the same draft replays what it finds here. One entry per draft and window;
 * cleared once the database holds the text.
 */
export const JournalEntry = z.object({
  key: z.string(),
  editorId: z.string(),
  listing: Listing,
  baseRev: z.number().int().min(0),
  savedAt: z.number(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export interface Journal {
  write(entry: JournalEntry): void;
  clear(key: string, editorId: string): void;
  /** Entries for one draft (or for all, without a key), oldest first. Unreadable entries are dropped. */
  entries(key?: string): JournalEntry[];
}

const PREFIX = 'rapi:draft-journal:';
const slot = (key: string, editorId: string) => `${PREFIX}${editorId}:${key}`;

/** The journal in a Storage (localStorage in extension pages). Never throws: a full or missing storage is skipped. */
export function storageJournal(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>): Journal {
  return {
    write(entry) {
      try {
        storage.setItem(slot(entry.key, entry.editorId), JSON.stringify(entry));
      } catch {
        // localStorage full: IndexedDB saves still run; this note is a second line of defence.
      }
    },
    clear(key, editorId) {
      try {
        storage.removeItem(slot(key, editorId));
      } catch {
        // nothing to do
      }
    },
    entries(key) {
      const found: JournalEntry[] = [];
      try {
        const names: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const name = storage.key(i);
          if (name?.startsWith(PREFIX) && (key === undefined || name.endsWith(`:${key}`))) names.push(name);
        }
        for (const name of names) {
          let parsed: ReturnType<typeof JournalEntry.safeParse> | undefined;
          try {
            parsed = JournalEntry.safeParse(JSON.parse(storage.getItem(name) ?? 'null'));
          } catch {
            parsed = undefined;
          }
          if (parsed?.success && (key === undefined || parsed.data.key === key)) found.push(parsed.data);
          else storage.removeItem(name);
        }
      } catch {
        return found;
      }
      return found.sort((a, b) => a.savedAt - b.savedAt);
    },
  };
}

/** The page's journal, or one that keeps nothing where there is no localStorage (service worker, Node). */
export function defaultJournal(): Journal {
  try {
    if (globalThis.localStorage) return storageJournal(globalThis.localStorage);
  } catch {
    // Access to localStorage can throw (storage disabled); fall through.
  }
  return { write() {}, clear() {}, entries: () => [] };
}

const LOCK_PREFIX = 'rapi-editor:';

/**
 * Marks this window's editor as alive for as long as the page lives (Web Locks are released when a page closes
 * or crashes), so another window does not replay the journal of an editor that is still typing.
 */
export function holdEditorLock(editorId: string): () => void {
  const locks = globalThis.navigator?.locks;
  if (!locks) return () => {};
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  void locks.request(`${LOCK_PREFIX}${editorId}`, () => held).catch(() => {});
  return release;
}

/** Editors alive in some window right now; empty where Web Locks do not exist. */
export async function liveEditors(): Promise<Set<string>> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return new Set();
  try {
    const state = await locks.query();
    return new Set((state.held ?? []).map((l) => l.name ?? '').filter((n) => n.startsWith(LOCK_PREFIX)).map((n) => n.slice(LOCK_PREFIX.length)));
  } catch {
    return new Set();
  }
}
