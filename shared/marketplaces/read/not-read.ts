import type { BilingualText } from '../../i18n/text';
import type { NotReadCause } from './merge';
import { MANY_PRODUCTS, NO_PRODUCT_FOUND, SECURITY_CHECK } from './problems';

/**
 * Why a page at a product address shows no product. Used only once an adapter found no product evidence, to
 * tell the seller what to do; it never decides that a page is read.
 */

/** What the adapter saw of its own site on the page. */
export interface PageSigns {
  /** The site's login form or login-wall title. */
  loginWall: boolean;
  loginProblem: BilingualText;
  /** The site's product-page frame is there, with no product in it yet. */
  emptyProductFrame: boolean;
  /** Distinct products the page links to or shows as cards. */
  productCount: number;
  notRendered: BilingualText;
}

/** A home, search or category page shows a grid; a product page alone shows no more than a few related items. */
const MANY = 4;
/** Where the marketplaces' apps draw their pages (Shopee: #main, #app on mobile builds; Tokopedia: #zeus-root). */
const APP_ROOT_IDS = ['main', 'app', 'zeus-root'];

export function whyNotRead(doc: Document, signs: PageSigns): NotReadCause {
  if (signs.loginWall) return { reason: 'login-wall', problem: signs.loginProblem };
  if (hasSecurityCheck(doc)) return { reason: 'security-check', problem: SECURITY_CHECK };
  if (signs.emptyProductFrame) return { reason: 'not-rendered', problem: signs.notRendered };
  if (signs.productCount >= MANY) return { reason: 'many-products', problem: MANY_PRODUCTS };
  if (isEmptyShell(doc)) return { reason: 'not-rendered', problem: signs.notRendered };
  return { reason: 'no-product', problem: NO_PRODUCT_FOUND };
}

/**
 * A security check ("prove you are not a robot") drawn over or instead of the page: the containers seen on the
 * marketplaces (samples/dom-notes.md §3b) or a captcha frame. Looked up by exact class and id, not by selector
 * lists or substrings, which cost hundreds of milliseconds on a 1 MB page.
 */
const SECURITY_CHECK_CLASSES = ['captcha_verify_container', 'secsdk-captcha-mask'];

function hasSecurityCheck(doc: Document): boolean {
  if (SECURITY_CHECK_CLASSES.some((name) => doc.getElementsByClassName(name).length > 0)) return true;
  return Array.from(doc.getElementsByTagName('iframe')).some((frame) => /captcha/i.test(frame.getAttribute('src') ?? ''));
}

/** The app's root is there but holds no text yet, or the page shows no text at all: the app has not drawn it. */
function isEmptyShell(doc: Document): boolean {
  const roots = APP_ROOT_IDS.map((id) => doc.getElementById(id)).filter((root): root is HTMLElement => !!root);
  if (roots.length && roots.every((root) => visibleTextLength(root, 1) === 0)) return true;
  return visibleTextLength(doc.body ?? doc.documentElement, 1) === 0;
}

/** Distinct link targets among the page's links that match `productUrl` (query and fragment ignored). */
export function countProductLinks(doc: Document, productUrl: RegExp): number {
  const seen = new Set<string>();
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    const href = (a.getAttribute('href') ?? '').split(/[?#]/)[0]!;
    if (productUrl.test(href)) seen.add(href);
    if (seen.size >= MANY) break;
  }
  return seen.size;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** Visible characters (spaces collapsed) under `root`, counted up to `limit`. */
function visibleTextLength(root: Node | null | undefined, limit: number): number {
  if (!root) return 0;
  let length = 0;
  const walk = (node: Node, depth: number): void => {
    if (depth > 200) return;
    for (let child = node.firstChild; child && length < limit; child = child.nextSibling) {
      if (child.nodeType === 3) length += (child.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase())) walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return length;
}
