import { signal } from '@preact/signals';
import type { BilingualText, Lang } from '../../shared/i18n/text';
import { langFromBrowser, loadSettings, saveSettings, watchSettings } from '../storage/settings';

/**
 * A page's language: the seller's stored choice, else `fallback` (the browser's language unless the page says
 * otherwise: the welcome page speaks Bahasa Indonesia first); kept in step with other pages.
 */
export function createLangModel(options: { fallback?: Lang } = {}) {
  const fallback = options.fallback ?? langFromBrowser();
  const lang = signal<Lang>(fallback);
  void loadSettings().then((s) => {
    if (s.lang) lang.value = s.lang;
  });
  const stop = watchSettings((s) => {
    lang.value = s.lang ?? fallback;
  });
  return {
    lang,
    t: (text: BilingualText) => text[lang.value],
    async choose(next: Lang) {
      lang.value = next;
      await saveSettings({ lang: next });
    },
    stop,
  };
}

export type LangModel = ReturnType<typeof createLangModel>;
