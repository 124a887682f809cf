import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BilingualText } from '../../shared/i18n/text';
import type { PanelModel } from './models/panel';

export const PanelContext = createContext<PanelModel | null>(null);

export function usePanel(): PanelModel {
  const model = useContext(PanelContext);
  if (!model) throw new Error('PanelContext is missing: render components inside <PanelContext.Provider>.');
  return model;
}

/** Picks the current language's text; reading the lang signal re-renders the component on a switch. */
export function useText(): (text: BilingualText) => string {
  const { lang } = usePanel();
  const current = lang.lang.value;
  return (text) => text[current];
}
