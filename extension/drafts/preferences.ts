import { loadSettings, parseSettings, saveSettings, type Settings } from '../storage/settings';

/**
 * The panel's preferences (language …) live in browser.storage.local, owned by extension/settings. The export
 * carries them through that service rather than a copy of it.
 */
export interface PreferencesStore {
  read(): Promise<Record<string, unknown>>;
  /** Applies preferences from a file where this browser has none of its own; returns how many were applied. */
  merge(incoming: Record<string, unknown>): Promise<number>;
}

export const browserPreferences: PreferencesStore = {
  async read() {
    return { ...(await loadSettings()) };
  },
  async merge(incoming) {
    const theirs = parseSettings(incoming);
    const ours = await loadSettings();
    const patch: Partial<Settings> = {};
    for (const key of Object.keys(theirs) as (keyof Settings)[]) {
      if (ours[key] === undefined && theirs[key] !== undefined) Object.assign(patch, { [key]: theirs[key] });
    }
    if (!Object.keys(patch).length) return 0;
    await saveSettings(patch);
    return Object.keys(patch).length;
  },
};
