/**
 * The default theme follows the host page, not the visitor's device: a café's cream page keeps a light showcase
 * for a visitor whose phone is in dark mode, and a dark page gets a dark one. The page "says" dark by painting a
 * dark background behind the widget, or, with nothing painted, by opting into a dark color-scheme.
 */
const DARK_DEVICE = '(prefers-color-scheme: dark)';

/** [r, g, b, alpha] (0–255, alpha 0–1) of a computed colour, or undefined for a format not read here. */
function rgba(colour: string): number[] | undefined {
  const n = colour.match(/[\d.]+/g)?.map(Number);
  if (!n || n.length < 3) return undefined;
  // Browsers give rgb()/rgba() for every page colour written in hex, rgb, hsl or a name.
  return colour.startsWith('rgb') ? [n[0]!, n[1]!, n[2]!, n[3] ?? 1] : undefined;
}

export function hostLooksDark(host: Element): boolean {
  for (let node: Element | null = host; node; node = node.parentElement) {
    const c = rgba(getComputedStyle(node).backgroundColor);
    // The first mostly opaque background is what the visitor sees around the widget.
    if (c && c[3]! > 0.5) return 0.299 * c[0]! + 0.587 * c[1]! + 0.114 * c[2]! < 128;
  }
  const scheme = `${getComputedStyle(document.documentElement).colorScheme} ${document.querySelector('meta[name="color-scheme"]')?.getAttribute('content')}`;
  return /dark/.test(scheme) && (!/light/.test(scheme) || matchMedia(DARK_DEVICE).matches);
}

/** Calls `update` when the page may have changed its colours: a class or style on <html>/<body>, the device. */
export function watchHostColours(update: () => void): () => void {
  const device = matchMedia(DARK_DEVICE);
  const observer = new MutationObserver(update);
  for (const el of [document.documentElement, document.body]) if (el) observer.observe(el, { attributes: true });
  device.addEventListener('change', update);
  return () => {
    observer.disconnect();
    device.removeEventListener('change', update);
  };
}
