import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { LangContext } from '../../shared/ui/text';
import type { LangModel } from './lang';

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
