/**
 * Light or dark. The `theme` attribute decides when written ("auto" asks the device, as it always did); without
 * it the widget follows the host page, not the visitor's device: a café's cream page keeps a light showcase for
 * a visitor whose phone is in dark mode, and a dark page gets a dark one. The page "says" dark by painting a dark
 * background behind the widget or, with nothing painted, by opting into a dark color-scheme.
 */
const darkDevice = () => matchMedia('(prefers-color-scheme: dark)');

export function wantsDark(host: Element): boolean {
  const theme = host.getAttribute('theme')?.trim().toLowerCase();
  if (theme === 'dark' || theme === 'light') return theme === 'dark';
  if (theme === 'auto') return darkDevice().matches;
  for (let node: Element | null = host; node; node = node.parentElement) {
    // Browsers give rgb()/rgba() for every colour written in hex, rgb, hsl or by name.
    const colour = getComputedStyle(node).backgroundColor;
    const [r = 0, g = 0, b = 0, alpha = 1] = colour.match(/[\d.]+/g)?.map(Number) ?? [];
    // The first mostly opaque background is what the visitor sees around the widget.
    if (colour.startsWith('rgb') && alpha > 0.5) return r * 299 + g * 587 + b * 114 < 128e3;
  }
  const meta = document.querySelector<HTMLMetaElement>('meta[name=color-scheme]')?.content;
  const scheme = `${getComputedStyle(document.documentElement).colorScheme} ${meta}`;
  return /dark/.test(scheme) && (!/light/.test(scheme) || darkDevice().matches);
}

/** Calls `update` when the page may have changed its colours: a class or style on <html>/<body>, or the device. */
export function watchHostColours(update: () => void): () => void {
  const device = darkDevice();
  const observer = new MutationObserver(update);
  for (const el of [document.documentElement, document.body]) if (el) observer.observe(el, { attributes: true });
  device.onchange = update;
  return () => {
    observer.disconnect();
    device.onchange = null;
  };
}
