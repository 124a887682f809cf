import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelModel } from './models/panel';

export { useText } from '../../shared/ui/text';

export const PanelContext = createContext<PanelModel | null>(null);

export function usePanel(): PanelModel {
  const model = useContext(PanelContext);
  if (!model) throw new Error('PanelContext is missing: render components inside <PanelContext.Provider>.');
  return model;
}
