import { createDraftService, type DraftService, type DraftServiceOptions } from '../../shared/drafts/service';
import type { PreferencesStore } from '../../shared/drafts/types';
import { appDB, type AppDB } from '../../shared/storage/db';
import { loadSettings, parseSettings, saveSettings, type Settings } from '../storage/settings';

/** The panel's preferences (language …) live in browser.storage.local (extension/storage/settings.ts). */
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

/** The draft service of an extension page: the preferences it exports and imports are browser.storage's. */
export function createExtensionDraftService(db: AppDB, options: Partial<DraftServiceOptions> = {}): DraftService {
  return createDraftService(db, { preferences: browserPreferences, ...options });
}

let shared: DraftService | undefined;

/** The page's draft service over Rapi's database. */
export function draftService(): DraftService {
  shared ??= createExtensionDraftService(appDB());
  return shared;
}
