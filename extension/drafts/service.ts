import { createDraftService, type DraftService, type DraftServiceOptions } from '../../shared/drafts/service';
import type { PreferencesStore } from '../../shared/drafts/types';
import { appDB, type AppDB } from '../../shared/storage/db';
import { preferencesStore } from '../../shared/storage/preferences';
import { loadSettings, saveSettings } from '../storage/settings';

/** The panel's preferences (language …) live in browser.storage.local (extension/storage/settings.ts). */
export const browserPreferences: PreferencesStore = preferencesStore({ load: loadSettings, save: saveSettings });

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
