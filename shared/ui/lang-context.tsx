import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Signal } from '@preact/signals';
import type { BilingualText, Lang } from '../i18n/text';
import { LangContext } from './text';

/**
 * A page's language and the seller's way to change it. Each app keeps the choice its own way (the extension in
 * browser.storage, the phone page in localStorage); the components below only see this.
 */
export interface LangModel {
  lang: Signal<Lang>;
  t(text: BilingualText): string;
  choose(next: Lang): Promise<unknown>;
}

const LangModelContext = createContext<LangModel | null>(null);

/** Gives everything below it the page's language: its text (useText) and the picker's model (useLangModel). */
export function LangProvider({ lang, children }: { lang: LangModel; children: ComponentChildren }) {
  return (
    <LangModelContext.Provider value={lang}>
      <LangContext.Provider value={lang.lang}>{children}</LangContext.Provider>
    </LangModelContext.Provider>
  );
}

export function useLangModel(): LangModel {
  const lang = useContext(LangModelContext);
  if (!lang) throw new Error('LangProvider is missing: render inside <LangProvider>.');
  return lang;
}
