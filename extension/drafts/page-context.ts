import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BilingualText } from '../../shared/i18n/text';
import type { DraftsPageModel } from './models/drafts-page';
import type { LangModel } from '../kit/lang';

export interface PageContextValue {
  model: DraftsPageModel;
  lang: LangModel;
}

export const PageContext = createContext<PageContextValue | null>(null);

export function usePage(): PageContextValue {
  const value = useContext(PageContext);
  if (!value) throw new Error('PageContext missing');
  return value;
}

/** Picks the seller's language; reading `lang.value` subscribes the component to language changes. */
export function useText(): (text: BilingualText) => string {
  const { lang } = usePage();
  const current = lang.lang.value;
  return (text) => text[current];
}
