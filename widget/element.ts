/**
 * <rapi-etalase>: configured only by attributes (feed, lang, layout, max, category, search, theme, qr), rendered in
 * its own shadow root so the host page's CSS cannot break it and its CSS cannot leak out. Plain links in the
 * light DOM stay visible until the script runs (no slot: the shadow root hides them once it renders).
 */
import { parseFeed, parseFeedText } from './feed-parser';
import { loadShowcase } from './load';
import { createShowcaseModel, DEFAULT_PAGE_SIZE, type Layout, type ShowcaseModel } from './model';
import css from './styles.css?inline';
import { mountShowcase } from './view/showcase';
import { wantsDark, watchDevice } from './theme';

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

const isOff = (value: string | null) => /^(off|false|no|0)$/i.test(value?.trim() ?? '');

export class RapiShowcase extends HTMLElement {
  static observedAttributes = ['feed', 'lang', 'layout', 'max', 'category', 'search', 'theme', 'qr'];

  /** The state, for tests and for pages that want to read what is shown. */
  readonly model: ShowcaseModel = createShowcaseModel();
  private stopRendering?: () => void;
  private loading?: AbortController;
  private watcher?: MutationObserver;
  private root?: ShadowRoot;
  private stopWatchingColours?: () => void;

  connectedCallback(): void {
    if (!this.root) {
      this.root = this.attachShadow({ mode: 'open' });
      adoptStyles(this.root);
    }
    for (const name of RapiShowcase.observedAttributes) this.applyAttribute(name, this.getAttribute(name));
    this.stopRendering = mountShowcase(this.root, this.model);
    this.stopWatchingColours = watchDevice(() => (this.model.dark.value = wantsDark(this)));
    this.reload();
  }

  disconnectedCallback(): void {
    this.loading?.abort();
    this.watcher?.disconnect();
    this.watcher = undefined;
    this.stopWatchingColours?.();
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
        model.searchEnabled.value = !isOff(value);
        break;
      case 'qr':
        model.qr.value = value !== null && !isOff(value);
        break;
      case 'theme':
        model.dark.value = wantsDark(this);
        break;
    }
  }

  private inlineFeed(): string | null | undefined {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent;
  }

  private reload(): void {
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    this.watchInlineFeed();
    const inline = this.inlineFeed();
    // With a plain (not deferred) script above the element, its children are not parsed yet: wait for them.
    if (!this.hasAttribute('feed') && !inline?.trim() && document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => controller.signal.aborted || this.reload(), { once: true });
      return;
    }
    void loadShowcase(this.model, {
      url: this.getAttribute('feed'),
      inline,
      pageUrl: document.baseURI,
      pageOrigin: location.origin,
      signal: controller.signal,
      parser: { parseFeed, parseFeedText },
    });
  }

  /** An inline feed can arrive or change after the element connects (parser, or a script filling it in). */
  private watchInlineFeed(): void {
    if (this.watcher || this.hasAttribute('feed')) return;
    let queued = false;
    this.watcher = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (this.isConnected && !this.hasAttribute('feed')) this.reload();
      });
    });
    this.watcher.observe(this, { childList: true, subtree: true, characterData: true });
  }
}
