/**
 * Calls `onChange` after the page settles: DOM mutations are gathered (debounced), with a ceiling so a page
 * that never stops changing (carousels, lazy images) is still read now and then. No polling: nothing runs
 * while the page is still. Everything stops when `signal` aborts (WXT's ctx.signal).
 */
export interface PageWatchOptions {
  root: Node;
  signal: AbortSignal;
  onChange: () => void;
  /** Quiet time before a read. */
  debounceMs?: number;
  /** Longest wait while mutations keep coming. */
  maxWaitMs?: number;
  /** Mutations inside these nodes (Rapi's own badge) never trigger a read. */
  ignore?: (node: Node) => boolean;
}

export interface PageWatch {
  /** Asks for a read soon (URL changed, API data arrived, the seller typed). */
  poke(): void;
}

export function watchPage(options: PageWatchOptions): PageWatch {
  const { root, signal, onChange, debounceMs = 250, maxWaitMs = 1500, ignore } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPokeAt: number | undefined;

  const fire = () => {
    timer = undefined;
    firstPokeAt = undefined;
    if (!signal.aborted) onChange();
  };

  const poke = () => {
    if (signal.aborted) return;
    const now = Date.now();
    firstPokeAt ??= now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPokeAt + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };

  const observer = new MutationObserver((records) => {
    if (ignore && records.every((r) => ignore(r.target))) return;
    poke();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );
  return { poke };
}

/** True for nodes inside an element whose tag is `hostTag` (a shadow host of ours), or the host itself. */
export function insideHost(hostTag: string): (node: Node) => boolean {
  const tag = hostTag.toUpperCase();
  return (node) => {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
      if (n instanceof Element && n.tagName === tag) return true;
    }
    return false;
  };
}
