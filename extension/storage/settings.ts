import { browser } from 'wxt/browser';
import type { Lang } from '../../shared/i18n/text';
import { langFromBrowser, parseSettings, Settings } from '../../shared/storage/preferences';

/**
 * The one place the extension's preferences are read and written (browser.storage.local, the extension's origin).
 * Their shape is shared with the phone page (shared/storage/preferences.ts).
 */
export { langFromBrowser, parseSettings, Settings } from '../../shared/storage/preferences';

const KEY = 'rapi:settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** The language to show: the seller's choice, else the browser's. */
export async function currentLang(): Promise<Lang> {
  return (await loadSettings()).lang ?? langFromBrowser();
}

/** Calls `onChange` with the new settings whenever they change (in any part of the extension). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) onChange(parseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
