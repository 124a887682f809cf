import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BilingualText } from '../../shared/i18n/text';
import type { EtalasePageModel } from './models/etalase-page';
import type { LangModel } from '../kit/lang';

export interface EtalaseContextValue {
  model: EtalasePageModel;
  lang: LangModel;
}

export const EtalaseContext = createContext<EtalaseContextValue | null>(null);

export function useEtalase(): EtalaseContextValue {
  const value = useContext(EtalaseContext);
  if (!value) throw new Error('EtalaseContext is missing: render inside <EtalaseContext.Provider>.');
  return value;
}

/** Picks the curator's language; reading the lang signal re-renders the component on a switch. */
export function useText(): (text: BilingualText) => string {
  const { lang } = useEtalase();
  const current = lang.lang.value;
  return (text) => text[current];
}
