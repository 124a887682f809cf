import type { ShowcaseFeed } from '../../shared/feed/schema';
import { toCardData } from '../../shared/feed/card-data';

/**
 * The embed snippet a curator pastes into WordPress, Blogger, Google Sites or plain HTML, in the two shapes of
 * docs/embed.md: the feed inside the tag (no hosting needed) or a hosted feed file. Everything from the feed is
 * escaped for where it lands: attribute, text, or JSON inside <script> (every "<" written as \u003c, so no text
 * in a product name can close the script element).
 */
export type SnippetMode = 'inline' | 'hosted';

/** docs/embed.md's placeholders, used until the curator says where the files live. */
export const PLACEHOLDER_SCRIPT_URL = 'https://situs-anda.id/rapi-etalase.js';
export const PLACEHOLDER_FEED_URL = 'https://situs-anda.id/etalase.json';

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

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON that is safe inside <script type="application/json">: JSON.parse reads \u003c back as "<". */
export function scriptSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const FALLBACK_NOTE =
  '<!-- Tampil sebelum skrip jalan atau tanpa JavaScript / shown before the script runs or without JavaScript -->';

/** Plain links, one per product, that work without JavaScript (the widget hides them once it renders). */
function fallbackLinks(feed: ShowcaseFeed, max: number): string[] {
  const lines: string[] = [];
  const origin = { base: 'https://feed.invalid/', pageOrigin: 'https://feed.invalid' };
  for (const item of feed.items) {
    if (lines.length >= max) break;
    const card = toCardData(item, feed, origin);
    const [where, href] = card.shopee
      ? ['di Shopee', card.shopee]
      : card.tokopedia
        ? ['di Tokopedia', card.tokopedia]
        : card.whatsapp
          ? ['via WhatsApp', card.whatsapp]
          : card.website
            ? ['', card.website]
            : ['', undefined];
    if (!href) continue;
    lines.push(`  <a href="${escapeHtml(href)}">${escapeHtml(where ? `${item.name} ${where}` : item.name)}</a>`);
  }
  return lines;
}

export function embedSnippet(feed: ShowcaseFeed, options: SnippetOptions): string {
  const script = options.scriptUrl && isSnippetUrl(options.scriptUrl) ? options.scriptUrl.trim() : PLACEHOLDER_SCRIPT_URL;
  const links = fallbackLinks(feed, options.fallbackLinks ?? 12);
  const fallback = links.length ? [`  ${FALLBACK_NOTE}`, ...links] : [];
  const lines = [`<script src="${escapeHtml(script)}" defer></script>`];
  if (options.mode === 'hosted') {
    const feedUrl = options.feedUrl && isSnippetUrl(options.feedUrl) ? options.feedUrl.trim() : PLACEHOLDER_FEED_URL;
    lines.push(`<rapi-etalase feed="${escapeHtml(feedUrl)}">`, ...fallback, '</rapi-etalase>');
  } else {
    const json = scriptSafeJson(feed)
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
    lines.push('<rapi-etalase>', '  <script type="application/json">', json, '  </script>', ...fallback, '</rapi-etalase>');
  }
  return `${lines.join('\n')}\n`;
}
