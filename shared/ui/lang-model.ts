import { signal } from '@preact/signals';
import type { BilingualText, Lang } from '../i18n/text';
import { langFromBrowser, type Settings } from '../storage/preferences';
import type { LangModel } from './lang-context';

/** Where an app keeps the seller's preferences: browser.storage in the extension, localStorage on the phone. */
export interface SettingsStore {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<unknown>;
  /** Calls `onChange` when the settings change elsewhere (another page of the app); returns the stop. */
  watch(onChange: (settings: Settings) => void): () => void;
}

/**
 * A page's language: the seller's stored choice, else `fallback` (the browser's language unless the page says
 * otherwise); kept in step with the app's other pages.
 */
export function createStoredLangModel(store: SettingsStore, fallback: Lang = langFromBrowser()): LangModel & { stop(): void } {
  const lang = signal<Lang>(fallback);
  void store.load().then((s) => {
    if (s.lang) lang.value = s.lang;
  });
  const stop = store.watch((s) => {
    lang.value = s.lang ?? fallback;
  });
  return {
    lang,
    t: (text: BilingualText) => text[lang.value],
    async choose(next: Lang) {
      lang.value = next;
      await store.save({ lang: next });
    },
    stop,
  };
}
