import { z } from 'zod';
import { browser } from 'wxt/browser';
import { Lang } from '../../shared/i18n/schema';

/**
 * The one place Rapi's preferences are read and written (browser.storage.local, the extension's origin).
 * Anything stored is validated on the way out: a corrupt or old value falls back to the defaults.
 */
export const Settings = z.object({
  /** Unset until the seller picks a language; until then the browser's language decides. */
  lang: z.optional(Lang),
});
export type Settings = z.infer<typeof Settings>;

const KEY = 'rapi:settings';

/** Bahasa Indonesia when the browser prefers it, English otherwise. */
export function langFromBrowser(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const first = languages[0]?.toLowerCase() ?? '';
  return first === 'id' || first.startsWith('id-') || first === 'in' ? 'id' : 'en';
}

export function parseSettings(raw: unknown): Settings {
  const parsed = Settings.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

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
