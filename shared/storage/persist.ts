import type { AppDB } from './db';
import { SETTING_KEYS } from './settings-table';

export type Persistence = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser to keep Rapi's data even when the disk runs low (otherwise it may evict it without asking).
 * Remembers the answer in the settings table so the drafts page can say whether drafts are protected.
 */
export async function requestPersistentStorage(db: AppDB, storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  let result: Persistence = 'unsupported';
  try {
    if (storage?.persisted && (await storage.persisted())) result = 'granted';
    else if (storage?.persist) result = (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    result = 'unsupported';
  }
  try {
    const known = await db.settings.get(SETTING_KEYS.persistence);
    if (known?.value !== result) await db.settings.put({ key: SETTING_KEYS.persistence, value: result, updatedAt: Date.now() });
  } catch {
    // Remembering the answer is a nicety; the answer itself is what matters.
  }
  return result;
}
