/**
 * Small DOM readers shared by every adapter. They only use standard DOM calls available in browsers and in
 * happy-dom (no `instanceof` on globals: the document may come from another realm), and never throw.
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose text is not content. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);
/** Elements that start a new line when their text is read. */
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'DT', 'DD', 'BLOCKQUOTE', 'PRE']);

/** One query that may fail on odd selectors or odd documents: undefined instead of an exception. */
export function query(root: ParentNode | null | undefined, selector: string): Element | undefined {
  if (!root) return undefined;
  try {
    return root.querySelector(selector) ?? undefined;
  } catch {
    return undefined;
  }
}

export function queryAll(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first selector of a list of alternatives that matches. */
export function firstOf(root: ParentNode | null | undefined, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = query(root, selector);
    if (found) return found;
  }
  return undefined;
}

export function byTestId(root: ParentNode | null | undefined, id: string): Element | undefined {
  return query(root, `[data-testid="${id}"]`);
}

/** Non-breaking spaces become spaces so every source of the same text compares and counts alike. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, ' ');
}

/** Text on one line: whitespace collapsed, trimmed. */
export function lineText(el: Node | null | undefined): string {
  if (!el) return '';
  return normalizeSpaces(el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Text as a reader sees its lines: `<br>` and block boundaries become line breaks, as HTML renders them.
 * Line breaks inside text nodes are only spaces (HTML collapses them), except that a block holding nothing but a
 * line break is an empty line: that is how Shopee writes a blank line in a description (`<p>\n</p>`), and Quill
 * and ProseMirror write `<p><br></p>`. At most one blank line in a row is kept; the ends are trimmed.
 * Written by hand instead of `innerText` because innerText depends on CSS layout, which happy-dom does not do.
 */
export function blockText(el: Node | null | undefined): string {
  if (!el) return '';
  let out = '';
  const newline = (): void => {
    out = out.replace(/[ \t]+$/, '');
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node, depth: number): void => {
    if (depth > 200) return; // pathological nesting in a broken page
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        out += (child as Text).data.replace(/[\r\n]+/g, ' ');
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          out += '\n';
          continue;
        }
        if (!BLOCK.has(tag)) {
          walk(child, depth + 1);
          continue;
        }
        newline();
        if (!(child as Element).firstElementChild && /^[ \t]*\n\s*$/.test(child.textContent ?? '')) out += '\n';
        else walk(child, depth + 1);
        newline();
      }
    }
  };
  walk(el, 0);
  return tidyLines(out);
}

/** Collapses spaces within lines, trims line ends, keeps at most one blank line in a row. */
export function tidyLines(text: string): string {
  return normalizeSpaces(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `<meta property=…>` or `<meta name=…>` content, trimmed; undefined when absent or empty. */
export function meta(doc: Document, key: string): string | undefined {
  const el = query(doc, `meta[property="${key}"]`) ?? query(doc, `meta[name="${key}"]`);
  const content = el?.getAttribute('content')?.trim();
  return content ? content : undefined;
}

/** Every JSON-LD object on the page (arrays and `@graph` flattened). Broken blocks are skipped. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const script of queryAll(doc, 'script[type="application/ld+json"]')) {
    const parsed = parseJson(script.textContent ?? '');
    collectObjects(parsed, found, 0);
  }
  return found;
}

function collectObjects(value: unknown, into: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || into.length > 100) return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into, depth + 1);
  } else if (isRecord(value)) {
    into.push(value);
    if (Array.isArray(value['@graph'])) collectObjects(value['@graph'], into, depth + 1);
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lower-cased, single-spaced, without a trailing "*" (required mark) or ":" — for comparing visible labels. */
export function labelKey(text: string): string {
  return normalizeSpaces(text).replace(/\s+/g, ' ').replace(/[\s*:：]+$/u, '').replace(/^[\s*]+/, '').trim().toLowerCase();
}

/**
 * Elements whose visible text is exactly one of `labels` (compared with `labelKey`): the element holding a
 * matching text node, so the innermost one. Walks text nodes rather than testing every element's textContent,
 * which would be quadratic on deeply nested pages.
 */
export function findLabels(root: ParentNode | null | undefined, labels: readonly string[]): Element[] {
  if (!root) return [];
  const wanted = new Set(labels.map(labelKey));
  const found: Element[] = [];
  const seen = new Set<Element>();
  try {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      if (data.length > 200 || !data.trim()) continue;
      const parent = node.parentElement;
      if (!parent || seen.has(parent) || SKIP.has(parent.tagName.toUpperCase())) continue;
      seen.add(parent);
      const text = parent.textContent ?? '';
      // "<div><span>*</span>Merek</div>": the parent's whole text is the label.
      if (text.length <= 80 && wanted.has(labelKey(text))) found.push(parent);
    }
  } catch {
    return found; // a document without tree walkers: no labels rather than an error
  }
  return found;
}

/** The closest ancestor (up to `levels`) of `from` for which `test` holds. */
export function climb(from: Element, levels: number, test: (el: Element) => boolean): Element | undefined {
  let el: Element | null = from;
  for (let i = 0; el && i <= levels; i++, el = el.parentElement) {
    if (test(el)) return el;
  }
  return undefined;
}

/** True when `b` comes after `a` in document order. */
export function follows(a: Node, b: Node): boolean {
  try {
    return (a.compareDocumentPosition(b) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
  } catch {
    return false;
  }
}
