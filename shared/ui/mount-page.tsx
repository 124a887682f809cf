import { effect } from '@preact/signals';
import { render, type ComponentChildren } from 'preact';
import type { BilingualText } from '../i18n/text';
import { LangProvider, type LangModel } from './lang-context';

export interface PageMount {
  lang: LangModel;
  /** The tab's title, shown as "<title> — Rapi"; the side panel keeps the one in its HTML. */
  title?: BilingualText;
  /** Saves what is on screen now; called when the page is closed or hidden, not after an autosave pause. */
  flush?: () => unknown;
  /** Test hooks on globalThis: only code already running in this page (its own origin) can reach them. */
  expose?: Record<string, unknown>;
}

/** Shows a Rapi page in `root`: its language on <html> (screen readers pick their voice from it) and in the title. */
export function mountPage(root: HTMLElement, page: PageMount, view: ComponentChildren): void {
  const { lang, title, flush } = page;
  if (flush) {
    addEventListener('pagehide', () => void flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void flush();
    });
  }
  effect(() => {
    document.documentElement.lang = lang.lang.value;
    if (title) document.title = `${title[lang.lang.value]} — Rapi`;
  });
  if (page.expose) Object.assign(globalThis, page.expose);
  render(<LangProvider lang={lang}>{view}</LangProvider>, root);
}
