/**
 * <rapi-etalase>: configured only by attributes (feed, lang, layout, max, category, search, theme), rendered in
 * its own shadow root so the host page's CSS cannot break it and its CSS cannot leak out. Plain links in the
 * light DOM stay visible until the script runs (no slot: the shadow root hides them once it renders).
 */
import { parseFeed, parseFeedText } from './feed-parser';
import { loadShowcase } from './load';
import { createShowcaseModel, DEFAULT_PAGE_SIZE, type Layout, type ShowcaseModel } from './model';
import css from './styles.css?inline';
import { mountShowcase } from './view/showcase';

const LAYOUTS: Layout[] = ['grid', 'carousel', 'list'];
const MAX_PAGE_SIZE = 500;

let sharedSheet: CSSStyleSheet | undefined;

/**
 * One constructed stylesheet shared by every widget on the page. Constructed sheets are not inline styles, so a
 * strict style-src CSP allows them; a <style> element is only the fallback for old browsers.
 */
function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    sharedSheet ??= new CSSStyleSheet();
    if (!sharedSheet.cssRules.length) sharedSheet.replaceSync(css);
    root.adoptedStyleSheets = [sharedSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

export class RapiEtalase extends HTMLElement {
  static observedAttributes = ['feed', 'lang', 'layout', 'max', 'category', 'search'];

  /** The state, for tests and for pages that want to read what is shown. */
  readonly model: ShowcaseModel = createShowcaseModel();
  private stopRendering?: () => void;
  private loading?: AbortController;
  private root?: ShadowRoot;

  connectedCallback(): void {
    if (!this.root) {
      this.root = this.attachShadow({ mode: 'open' });
      adoptStyles(this.root);
    }
    for (const name of RapiEtalase.observedAttributes) this.applyAttribute(name, this.getAttribute(name));
    this.stopRendering = mountShowcase(this.root, this.model);
    this.reload();
  }

  disconnectedCallback(): void {
    this.loading?.abort();
    this.stopRendering?.();
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (!this.isConnected || before === after) return;
    this.applyAttribute(name, after);
    if (name === 'feed') this.reload();
  }

  private applyAttribute(name: string, value: string | null): void {
    const model = this.model;
    switch (name) {
      case 'lang':
        model.lang.value = value?.toLowerCase().startsWith('en') ? 'en' : 'id';
        break;
      case 'layout':
        model.layout.value = LAYOUTS.find((l) => l === value?.trim().toLowerCase()) ?? 'grid';
        break;
      case 'max': {
        const n = Number.parseInt(value ?? '', 10);
        model.setPageSize(n > 0 ? Math.min(n, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE);
        break;
      }
      case 'category':
        model.setInitialCategory(value ?? '');
        break;
      case 'search':
        model.searchEnabled.value = !/^(off|false|no|0)$/i.test(value?.trim() ?? '');
        break;
    }
  }

  private reload(): void {
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    const start = () =>
      loadShowcase(this.model, {
        url: this.getAttribute('feed'),
        inline: this.querySelector(':scope > script[type="application/json"]')?.textContent,
        pageUrl: document.baseURI,
        pageOrigin: location.origin,
        signal: controller.signal,
        parser: { parseFeed, parseFeedText },
      });
    // With a plain (not deferred) script before the element, children are not parsed yet when it connects.
    if (document.readyState === 'loading' && !this.hasAttribute('feed')) {
      document.addEventListener('DOMContentLoaded', () => controller.signal.aborted || start(), { once: true });
    } else {
      void start();
    }
  }
}
