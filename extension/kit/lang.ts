import type { Lang } from '../../shared/i18n/text';
import { createStoredLangModel } from '../../shared/ui/lang-model';
import { loadSettings, saveSettings, watchSettings } from '../storage/settings';

/** The panel's language: the seller's stored choice, else the browser's; kept in step with other panels. */
export function createLangModel(options: { fallback?: Lang } = {}) {
  return createStoredLangModel({ load: loadSettings, save: saveSettings, watch: watchSettings }, options.fallback);
}

export type LangModel = ReturnType<typeof createLangModel>;
