import type { ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BilingualText, Lang } from '../i18n/text';

/**
 * The language a Rapi screen shows, for every component below it. Pages (the extension's side panel and tabs,
 * a phone web page) provide it once at their root; a printed report can provide Bahasa Indonesia for its part.
 */
export const LangContext = createContext<ReadonlySignal<Lang> | null>(null);

export function useLang(): Lang {
  const lang = useContext(LangContext);
  if (!lang) throw new Error('LangContext is missing: render inside <LangContext.Provider>.');
  return lang.value;
}

/** Picks the current language's text; reading the language re-renders the component on a switch. */
export function useText(): (text: BilingualText) => string {
  const lang = useLang();
  return (text) => text[lang];
}
