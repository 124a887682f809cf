import { parseSettings, preferencesStore, Settings } from '../../shared/storage/preferences';
import type { SettingsStore } from '../../shared/ui/lang-model';

const KEY = 'rapi:settings';

function read(storage: Storage): Settings {
  try {
    return parseSettings(JSON.parse(storage.getItem(KEY) ?? 'null'));
  } catch {
    return {};
  }
}

/**
 * The phone page keeps the seller's preferences (language) in localStorage, in the same shape as the extension
 * (shared/storage/preferences.ts), so an export from one opens in the other. Other tabs of the page follow a
 * change through the storage event.
 */
export function localSettingsStore(storage: Storage = localStorage): SettingsStore {
  return {
    load: async () => read(storage),
    async save(patch) {
      const next = Settings.parse({ ...read(storage), ...patch });
      try {
        storage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage full or blocked: the choice holds for this visit.
      }
      return next;
    },
    watch(onChange) {
      const listener = (event: StorageEvent) => {
        if (event.key === KEY) onChange(read(storage));
      };
      // Outside a page (tests, a worker) there are no other tabs to follow.
      globalThis.addEventListener?.('storage', listener);
      return () => globalThis.removeEventListener?.('storage', listener);
    },
  };
}

export const webPreferences = (storage?: Storage) => preferencesStore(localSettingsStore(storage));
