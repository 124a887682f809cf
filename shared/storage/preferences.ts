import { z } from 'zod';
import { Lang } from '../i18n/schema';
import type { PreferencesStore } from '../drafts/types';

/**
 * The seller's preferences, the same in every Rapi app: each app keeps them in its own store (the extension in
 * browser.storage.local, the phone page in localStorage) and the export carries them as `preferences`.
 * Anything stored is validated on the way out: a corrupt or old value falls back to the defaults.
 */
export const Settings = z.object({
  /** Unset until the seller picks a language; until then the browser's language decides. */
  lang: z.optional(Lang),
});
export type Settings = z.infer<typeof Settings>;

export function parseSettings(raw: unknown): Settings {
  const parsed = Settings.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** Bahasa Indonesia when the browser prefers it, English otherwise. */
export function langFromBrowser(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const first = languages[0]?.toLowerCase() ?? '';
  return first === 'id' || first.startsWith('id-') || first === 'in' ? 'id' : 'en';
}

/**
 * The export's view of an app's preferences: read them all; on import, take a file's value only where this device
 * has none of its own (the seller's choice here wins).
 */
export function preferencesStore(store: { load(): Promise<Settings>; save(patch: Partial<Settings>): Promise<unknown> }): PreferencesStore {
  return {
    async read() {
      return { ...(await store.load()) };
    },
    async merge(incoming) {
      const theirs = parseSettings(incoming);
      const ours = await store.load();
      const patch: Partial<Settings> = {};
      for (const key of Object.keys(theirs) as (keyof Settings)[]) {
        if (ours[key] === undefined && theirs[key] !== undefined) Object.assign(patch, { [key]: theirs[key] });
      }
      if (!Object.keys(patch).length) return 0;
      await store.save(patch);
      return Object.keys(patch).length;
    },
  };
}
