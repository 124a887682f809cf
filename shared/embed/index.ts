/**
 * The one builder of the three ways to put a showcase on a site (docs/embed.md), used by the extension's
 * "Etalase saya" and by `rapi etalase`:
 * - page:   a standalone etalase.html, widget and feed inside, works offline;
 * - block:  one snippet with the widget's script and the feed inline, for Blogger or WordPress;
 * - hosted: a snippet that loads a hosted rapi-etalase.js, with the feed hosted or inline.
 */
import type { ShowcaseFeed } from '../feed/schema';
import { standalonePage, type EmbedScripts, type PageLang, type PageOptions } from './page';
import { blockSnippet, embedSnippet, type SnippetOptions } from './snippet';

export type EmbedForm = 'page' | 'block' | 'hosted';

export type EmbedRequest =
  | ({ form: 'page'; scripts: EmbedScripts } & PageOptions)
  | { form: 'block'; scripts: Pick<EmbedScripts, 'widget'>; lang?: PageLang }
  | ({ form: 'hosted' } & SnippetOptions);

/** Names the files get when downloaded or written. */
export const EMBED_FILES = { page: 'etalase.html', feed: 'etalase.json', widget: 'rapi-etalase.js' } as const;

/** HTML text of the requested form. Throws EmbedError only if our own built script could not be inlined. */
export function buildEmbed(feed: ShowcaseFeed, request: EmbedRequest): string {
  if (request.form === 'page') return standalonePage(feed, request.scripts, request);
  if (request.form === 'block') return blockSnippet(feed, request.scripts.widget, { lang: request.lang });
  return embedSnippet(feed, request);
}

export { EmbedError, escapeHtml, scriptSafeJson } from './html';
export type { EmbedScripts, PageLang, PageOptions } from './page';
export { isSnippetUrl, PLACEHOLDER_FEED_URL, PLACEHOLDER_SCRIPT_URL, type SnippetMode, type SnippetOptions } from './snippet';
