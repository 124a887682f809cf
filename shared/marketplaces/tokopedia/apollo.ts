import { isRecord, parseJson } from '../read/dom';

/**
 * Tokopedia's server-rendered product page embeds its Apollo cache as `window.__cache={…}` in an inline script.
 * The content script cannot see page globals, so this reads the script's text. The cache is normalized: objects
 * refer to each other as `{type:"id", id:"<key>"}`, and entries are recognised by their `__typename`.
 */

export type ApolloCache = Record<string, Record<string, unknown>>;

const MARKER = 'window.__cache=';
const MAX_SCRIPT = 5_000_000;

/** The cache object, or undefined when absent or broken. */
export function readApolloCache(doc: Document): ApolloCache | undefined {
  try {
    return findApolloCache(doc);
  } catch {
    return undefined;
  }
}

function findApolloCache(doc: Document): ApolloCache | undefined {
  // getElementsByTagName is much cheaper than a ':not([src])' selector on a 250 KB page.
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.hasAttribute('src')) continue;
    const code = script.textContent ?? '';
    if (code.length > MAX_SCRIPT) continue;
    const at = code.indexOf(MARKER);
    if (at < 0) continue;
    const json = objectLiteralAt(code, at + MARKER.length);
    const parsed = json ? parseJson(json) : undefined;
    if (isRecord(parsed)) return parsed as ApolloCache;
  }
  return undefined;
}

/** The balanced `{…}` starting at `start` (skipping spaces), respecting strings; undefined if unbalanced. */
export function objectLiteralAt(code: string, start: number): string | undefined {
  let i = start;
  while (i < code.length && /\s/.test(code[i]!)) i++;
  if (code[i] !== '{') return undefined;
  let depth = 0;
  let inString = false;
  for (let j = i; j < code.length; j++) {
    const c = code.charCodeAt(j);
    if (inString) {
      if (c === 92 /* \ */) j++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */ && --depth === 0) return code.slice(i, j + 1);
  }
  return undefined;
}
