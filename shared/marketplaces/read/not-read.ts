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
  /** Product cards the adapter counted itself (Tokopedia's card test ids). */
  productCards?: number;
  /** Links to products, counted here by their distinct targets (Shopee's "-i.<shop>.<item>" addresses). */
  productLink?: RegExp;
  notRendered: BilingualText;
}

/** A home, search or category page shows a grid; a product page alone shows no more than a few related items. */
const MANY = 4;
/** Where the marketplaces' apps draw their pages (Shopee: #main, #app on mobile builds; Tokopedia: #zeus-root). */
const APP_ROOT_IDS = ['main', 'app', 'zeus-root'];
/** Security-check ("prove you are not a robot") containers seen on the marketplaces (docs/marketplace-pages.md#tokopedia-seller-forms). */
const SECURITY_CHECK_CLASS = /(?:^|\s)(?:captcha_verify_container|secsdk-captcha-mask)(?:\s|$)/;

export function whyNotRead(doc: Document, signs: PageSigns): NotReadCause {
  if (signs.loginWall) return { reason: 'login-wall', problem: signs.loginProblem };
  const page = scan(doc, signs.productLink);
  if (page.securityCheck) return { reason: 'security-check', problem: SECURITY_CHECK };
  if (signs.emptyProductFrame) return { reason: 'not-rendered', problem: signs.notRendered };
  if ((signs.productCards ?? 0) >= MANY || page.productLinks >= MANY) return { reason: 'many-products', problem: MANY_PRODUCTS };
  if (isEmptyShell(doc)) return { reason: 'not-rendered', problem: signs.notRendered };
  return { reason: 'no-product', problem: NO_PRODUCT_FOUND };
}

/**
 * One walk over the elements: a security-check container or captcha frame, and the distinct product links.
 * By attributes, not selectors: happy-dom (the CLI) spends hundreds of milliseconds on a class selector over a
 * 1 MB page, a walk about twenty.
 */
function scan(doc: Document, productLink: RegExp | undefined): { securityCheck: boolean; productLinks: number } {
  const links = new Set<string>();
  let securityCheck = false;
  try {
    const walker = doc.createTreeWalker(doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node && !securityCheck; node = walker.nextNode()) {
      const el = node as Element;
      if (SECURITY_CHECK_CLASS.test(el.getAttribute('class') ?? '')) securityCheck = true;
      const tag = el.tagName.toUpperCase();
      if (tag === 'IFRAME' && /captcha/i.test(el.getAttribute('src') ?? '')) securityCheck = true;
      if (productLink && tag === 'A' && links.size < MANY) {
        const href = (el.getAttribute('href') ?? '').split(/[?#]/)[0]!;
        if (productLink.test(href)) links.add(href);
      }
    }
  } catch {
    // a document without tree walkers: no signs rather than an error
  }
  return { securityCheck, productLinks: links.size };
}

/** The app's root is there but holds no text yet, or the page shows no text at all: the app has not drawn it. */
function isEmptyShell(doc: Document): boolean {
  const roots = APP_ROOT_IDS.map((id) => doc.getElementById(id)).filter((root): root is HTMLElement => !!root);
  if (roots.length && roots.every((root) => !hasVisibleText(root))) return true;
  return !hasVisibleText(doc.body ?? doc.documentElement);
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** Whether any text a reader would see is under `root` (stops at the first). */
function hasVisibleText(root: Node | null | undefined): boolean {
  const walk = (node: Node, depth: number): boolean => {
    if (depth > 200) return false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && (child.textContent ?? '').trim()) return true;
      if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase()) && walk(child, depth + 1)) return true;
    }
    return false;
  };
  return !!root && walk(root, 0);
}
