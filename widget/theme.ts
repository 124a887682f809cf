/**
 * Light or dark. The `theme` attribute decides when written ("auto" asks the device, as it always did); without
 * it the widget follows the host page, not the visitor's device: a café's cream page keeps a light showcase for
 * a visitor whose phone is in dark mode, and a dark page gets a dark one. The page "says" dark by painting a dark
 * background behind the widget or, with nothing painted, by a dark color-scheme on <html>.
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
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  return /dark/.test(scheme) && (!/light/.test(scheme) || darkDevice().matches);
}

/**
 * Calls `update` when the device switches light/dark: for theme="auto", and for pages whose own colours follow
 * the device. (A page that repaints itself later by script is read again when the widget reconnects.)
 */
export function watchDevice(update: () => void): () => void {
  const device = darkDevice();
  device.onchange = update;
  return () => (device.onchange = null);
}
