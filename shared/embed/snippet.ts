/**
 * The code a curator pastes into WordPress, Blogger, Google Sites or plain HTML (docs/embed.md):
 * - hosted: `<script src>` of a hosted rapi-etalase.js, with the feed hosted too or inside the tag;
 * - block: one block with the widget's script and the feed both inside it, for sites with no hosting.
 * Everything from the feed is escaped for where it lands: attribute, text, or JSON inside <script> (every "<"
 * written as \u003c, so no text in a product name can close the script element).
 */
import { formatRupiah } from '../feed/format';
import { itemLinks } from '../feed/links';
import type { ShowcaseFeed } from '../feed/schema';
import { escapeHtml, inlineScript, scriptSafeJson } from './html';

/** docs/embed.md's placeholders, used until the curator says where the files live. */
export const PLACEHOLDER_SCRIPT_URL = 'https://situs-anda.id/rapi-etalase.js';
export const PLACEHOLDER_FEED_URL = 'https://situs-anda.id/etalase.json';

/** "inline": the feed inside the tag; "hosted": the feed at `feedUrl`. The script is hosted either way. */
export type SnippetMode = 'inline' | 'hosted';

export interface SnippetOptions {
  mode: SnippetMode;
  scriptUrl?: string;
  feedUrl?: string;
  /** No-JS fallback links inside the tag, at most this many (0: none). */
  fallbackLinks?: number;
}

/**
 * An address a curator may put in the snippet: https://…, or a path on their own site ("/rapi-etalase.js",
 * "etalase.json"). Anything else (http:, javascript:, "//host") is refused so the snippet never loads a script
 * from somewhere unexpected.
 */
export function isSnippetUrl(value: string): boolean {
  const v = value.trim();
  if (!v || /[\s"'<>`\\]/.test(v) || v.startsWith('//')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) {
    try {
      return new URL(v).protocol === 'https:';
    } catch {
      return false;
    }
  }
  return /^[\w./%~-]+$/.test(v);
}

const FALLBACK_NOTE =
  '<!-- Tampil sebelum skrip jalan atau tanpa JavaScript / shown before the script runs or without JavaScript -->';

const WHERE: Record<string, string> = { shopee: 'di Shopee', tokopedia: 'di Tokopedia', whatsapp: 'via WhatsApp' };

/** Plain links, one per product, that work without JavaScript (the widget hides them once it renders). */
export function fallbackLinks(feed: ShowcaseFeed, max = 12): string[] {
  const lines: string[] = [];
  for (const item of feed.items) {
    if (lines.length >= max) break;
    // The widget's own primary link, unless that is only Instagram (not a place to buy without JavaScript).
    const link = itemLinks(item, item.price ? formatRupiah(item.price.idr) : undefined, feed.title).find((l) => l.kind !== 'instagram');
    if (!link) continue;
    const where = WHERE[link.kind];
    lines.push(`  <a href="${escapeHtml(link.href)}">${escapeHtml(where ? `${item.name} ${where}` : item.name)}</a>`);
  }
  return lines;
}

/** The feed inside the tag: indented for reading, or on one line (`compact`) for the self-contained block. */
export function inlineFeedLines(feed: ShowcaseFeed, compact = false): string[] {
  const json = compact
    ? `    ${scriptSafeJson(feed, 0)}`
    : scriptSafeJson(feed)
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
  return ['  <script type="application/json">', json, '  </script>'];
}

function withFallback(feed: ShowcaseFeed, max: number | undefined): string[] {
  const links = fallbackLinks(feed, max ?? 12);
  return links.length ? [`  ${FALLBACK_NOTE}`, ...links] : [];
}

/** The hosted form: a hosted script, and the feed hosted (`mode: 'hosted'`) or inside the tag. */
export function embedSnippet(feed: ShowcaseFeed, options: SnippetOptions): string {
  const script = options.scriptUrl && isSnippetUrl(options.scriptUrl) ? options.scriptUrl.trim() : PLACEHOLDER_SCRIPT_URL;
  const fallback = withFallback(feed, options.fallbackLinks);
  const lines = [`<script src="${escapeHtml(script)}" defer></script>`];
  if (options.mode === 'hosted') {
    const feedUrl = options.feedUrl && isSnippetUrl(options.feedUrl) ? options.feedUrl.trim() : PLACEHOLDER_FEED_URL;
    lines.push(`<rapi-etalase feed="${escapeHtml(feedUrl)}">`, ...fallback, '</rapi-etalase>');
  } else {
    lines.push('<rapi-etalase>', ...inlineFeedLines(feed), ...fallback, '</rapi-etalase>');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One block that needs no other file: the element with the feed inside, then the widget's whole script. The
 * script comes after the element so the element and its feed are already parsed when it runs. A second block on
 * the same page is harmless (the element is defined once).
 */
export function blockSnippet(feed: ShowcaseFeed, widgetJs: string, options: { lang?: 'id' | 'en'; fallbackLinks?: number } = {}): string {
  const lang = options.lang === 'en' ? ' lang="en"' : '';
  return [
    '<!-- Etalase Rapi: satu blok, tanpa file lain / Rapi showcase: one block, no other file needed -->',
    `<rapi-etalase${lang}>`,
    ...inlineFeedLines(feed, true),
    ...withFallback(feed, options.fallbackLinks),
    '</rapi-etalase>',
    inlineScript(widgetJs),
    '',
  ].join('\n');
}
