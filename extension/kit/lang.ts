import { signal } from '@preact/signals';
import type { BilingualText, Lang } from '../../shared/i18n/text';
import { langFromBrowser, loadSettings, saveSettings, watchSettings } from '../storage/settings';

/** The panel's language: the seller's stored choice, else the browser's; kept in step with other panels. */
export function createLangModel() {
  const lang = signal<Lang>(langFromBrowser());
  void loadSettings().then((s) => {
    if (s.lang) lang.value = s.lang;
  });
  const stop = watchSettings((s) => {
    lang.value = s.lang ?? langFromBrowser();
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
