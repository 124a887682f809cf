import type { Lang } from '../../shared/i18n/text';
import { createStoredLangModel } from '../../shared/ui/lang-model';
import { loadSettings, saveSettings, watchSettings } from '../storage/settings';

/**
 * A page's language: the seller's stored choice, else `fallback` (the browser's language unless the page says
 * otherwise: the welcome page speaks Bahasa Indonesia first); kept in step with other pages.
 */
export function createLangModel(options: { fallback?: Lang } = {}) {
  return createStoredLangModel({ load: loadSettings, save: saveSettings, watch: watchSettings }, options.fallback);
}

export type LangModel = ReturnType<typeof createLangModel>;
