import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useLangModel, type LangModel } from './lang-context';

/**
 * One page's model for its components, made the same way for every Rapi tab (drafts, showcases, coaching).
 * `usePage()` gives the model with the page's language model beside it.
 */
export function createPageContext<Model>(page: string) {
  const ModelContext = createContext<Model | null>(null);
  function usePage(): { model: Model; lang: LangModel } {
    const model = useContext(ModelContext);
    if (!model) throw new Error(`The ${page} page's context is missing: render inside its PageProvider.`);
    return { model, lang: useLangModel() };
  }
  return { PageProvider: ModelContext.Provider, usePage };
}
