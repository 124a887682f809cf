import { z } from 'zod';
import { Timestamp } from '../export/schema';

/**
 * settings: Rapi's own stored values that belong with the data (e.g. whether persistent storage was granted,
 * the drafts list's sort). The seller's preferences (language) stay with each app's own store (PreferencesStore in
 * shared/drafts/types.ts); the export reads them from there.
 */
export const SettingRow = z.object({
  key: z.string().min(1).max(200),
  value: z.json(),
  updatedAt: Timestamp,
});
export type SettingRow = z.infer<typeof SettingRow>;

export const SETTINGS_STORE = 'key';

/** Keys in use, so two features never pick the same one. */
export const SETTING_KEYS = {
  persistence: 'storage.persistence',
  draftsSort: 'drafts.sort',
} as const;

/** Facts about this browser, not the seller's data: never exported, never taken from an imported file. */
export const DEVICE_SETTINGS: ReadonlySet<string> = new Set([SETTING_KEYS.persistence]);
